"""CM04: "by the organization's CISO" names a role; the organization's possessive is not the agent of the duty.

Held out, session 20 (a GRC portfolio's docx policy pack): "The security risk assessment process will be managed by
the organization's CISO or their designee" and "The following key tasks and SLAs must be considered during a
disaster recovery event by the organization’s objectives, agreements, and legal obligations" were reported as
"the organization is the actor, no role, team or system is named". In the first a role is named; in the second
the organization's objectives are what the tasks are measured by. A passive duty the organization itself is given
still counts.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"VENDORS\n\n{sentence}\n\nThe Records Clerk files each request in the register within 2 days.\n"


@pytest.mark.parametrize("sentence", [
    "The security risk assessment process will be managed by the organization's CISO or their designee.",
    "The following key tasks must be considered during a disaster recovery event by the organization’s objectives "
    "and agreements.",
    "Supplier contracts shall be signed by the Company's Finance Director.",
])
def test_cm04_is_silent_where_the_organizations_role_or_thing_is_the_agent(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


@pytest.mark.parametrize("sentence", [
    "Access must be reviewed by the organization at planned intervals.",
    "These policies must be approved by the Company before use.",
])
def test_cm04_still_fires_when_the_organization_is_the_agent(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
