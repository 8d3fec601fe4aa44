"""A body named as another organisation's ("the Board of Governors of the Federal Reserve System", a regulator's
board) is no team of the organisation's own, and "Reserve System" in that name is no system it runs (cmleft: both
were counted as the bank's own details in pynthia's policies, e.g. enterprise-risk-management/references/Model Risk
Management Program.docx.md). The organisation's own board stays one ("the Board of Directors of the Bank")."""
from __future__ import annotations

import pytest

from cm_helpers import anchors


@pytest.mark.parametrize("text", [
    "The Bank reports its capital ratios to the Board of Governors of the Federal Reserve System every quarter.",
    "The Chief Risk Officer sends the inventory to the Board of Directors of the Federal Deposit Insurance "
    "Corporation each year.",
])
def test_another_organisation_s_body_and_name_are_no_anchors(text):
    found = anchors(text)
    assert not [a for a in found if a[1] in ("team", "system")], found
    assert any(label == "duration" for _, label in found), found  # the sentence's own details stay


@pytest.mark.parametrize("text,body", [
    ("The Board of Directors of the Bank approves the policy every year.", "Board of Directors"),
    ("The Board of Governors approves the budget each March.", "Board of Governors"),
    ("The Risk Committee of the Board reviews the register monthly.", "Risk Committee"),
])
def test_the_organisation_s_own_body_stays_an_anchor(text, body):
    assert (body, "team") in anchors(text), anchors(text)
