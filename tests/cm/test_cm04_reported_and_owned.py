"""CM04: the organization named inside a question to answer or as an owner is not the actor of an obligation.

Seen on a construction company's public policy handbook (cmhold3, held out): a template's instructions "Explain
how the Company will achieve the desired Broader Outcomes" and "Describe how the Company will report on the
delivery" (the sentence tells the writer what to explain; the Company's "will" sits in the question), and the
Company as owner or issuer in a passive ("logos owned by the Company", "information owned or controlled by the
Company", "policies issued by the Company from time to time") were each reported as "the organization is the
actor". An obligation the Company itself is given still counts, in a passive too.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"RECORDS\n\n{sentence}\n\nThe Records Clerk files each request in the register within 2 days.\n"


@pytest.mark.parametrize("sentence", [
    "Explain how the Company will achieve the desired outcomes for the contract.",
    "Describe how the Company will report on the delivery of the outcomes.",
    "Confidential information owned or controlled by the Company must not be posted on social media.",
    "Reproducing emblems or logos owned by the Company must be approved first.",
    "The Employee shall comply with all internet policies issued by the Company from time to time.",
])
def test_cm04_is_silent_where_the_organization_is_asked_about_or_owns(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


@pytest.mark.parametrize("sentence", [
    "The Company will report on the delivery of the outcomes every quarter.",
    "These policies must be approved by the Company before use.",
    "Access must be reviewed by the organization at planned intervals.",
])
def test_cm04_still_fires_on_the_organizations_own_obligation(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
