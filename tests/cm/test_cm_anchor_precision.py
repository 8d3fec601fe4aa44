"""Anchors that generic policy boilerplate does not own (issue 8): names of policies, laws' jurisdictions,
ciphers, versions, statuses and instructions are not the organisation's teams, tools or forms, and the
organisation's own names next to them still are."""
from __future__ import annotations

import pytest


from cm_helpers import anchors


@pytest.mark.parametrize("text, false_anchor", [
    ("Enforce a Clear Desk and Clear Screen Policy.", "Clear Desk"),
    ("Staff keep a clean desk at all times.", "clean desk"),
    ("Assign team members to the project.", "Assign team"),
    ("The entire team attends the briefing.", "entire team"),
    ("Manage system access through approved requests.", "Manage system"),
    ("Legacy systems are retired when unsupported.", "Legacy systems"),
    ("The Secure Software Development Policy applies.", "Secure Software"),
    ("Provide developer access only when approved.", "Provide developer"),
    ("Relevant laws and regulations in Canada, the U.S. and the EU apply.", "Canada"),
    ("Opinions are described in Quality System Procedure - Personnel.", "Quality"),
    ("Information Security in Supplier Relationships is covered.", "Supplier"),
    ("Any information listed in Sections 7.8.2 - 7.8.7 is optional.", "Sections"),
    ("Status: Open / In Progress / Closed.", "Progress"),
    ("Teams shall be responsible for their own assets.", "Teams"),
    ("IT Security Teams: monitor alerts and respond to incidents.", "Teams"),
    ("Data at rest is encrypted with AES-256.", "AES-256"),
    ("Files are checked with an MD5 or SHA-256 hash.", "SHA-256"),
    ("Text is stored as UTF-8.", "UTF-8"),
    ("Sector rules such as NIS2 and DORA apply.", "NIS2"),
    ("SOC 2 Trust Services Criteria: CC6.1 - Logical Access Security.", "CC6.1"),
    ("Document history: V1.0 first issue, V1.1 review.", "V1.0"),
    ("Use template V2.0 for all new policies.", "template V2.0"),
    ("The manual follows AS9100 Rev D and ISO27001.", "AS9100"),
])
def test_boilerplate_is_not_an_anchor(text, false_anchor):
    assert false_anchor not in [t for t, _ in anchors(text)], anchors(text)


@pytest.mark.parametrize("text, expected", [
    ("The Goods-in Inspector checks the delivery.", ("Inspector", "role")),
    ("Receipts are booked in Epicor by stores.", ("Epicor", "system")),
    ("Expenses are entered into Xero using the app.", ("Xero", "system")),
    ("Report the spill within 4 hours.", ("4 hours", "duration")),
    ("Record the result on form QF-21.", ("form QF-21", "form")),
    ("See record F-8.5-01 for details.", ("F-8.5-01", "form")),
    ("Record it in the Risk Register.", ("Risk Register", "form")),
    ("The despatch team loads the van.", ("despatch team", "team")),
    ("The security department reviews access.", ("security department", "team")),
    ("Chat in Microsoft Teams during the shift.", ("Teams", "system")),
    ("Post the rota on the Teams channel.", ("Teams", "system")),
    ("The Plant Engineer logs faults in the Maintenance Database.", ("Maintenance Database", "system")),
])
def test_the_organisations_own_names_are_still_anchors(text, expected):
    assert expected in anchors(text)
