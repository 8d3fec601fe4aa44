"""CM04: a sentence that names the role or body acting beside "management" has named who does it.

Seen held out on US bank policies (cmhold6, pynthia): "The Chief Risk Officer and Executive Management will oversee
the programme", "The board and senior management are responsible for understanding the risk", "Through the ALCO,
management will actively monitor ...". Each names the officer, the board or the committee that acts, together with
management or as the body management acts through; "name the role that does it" is already done in the sentence.
Management alone, or beside the staff it directs, is still the unnamed actor. The sentences are written for these
tests.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"FUNDING\n\n{sentence}\n\nThe Treasury Analyst files each weekly report in the register within 2 days.\n"


ROLE_NAMED = [
    # a role or a body beside management as joint subject
    "The Finance Director and senior management will review the funding plan each quarter.",
    "The board and executive management are responsible for setting the risk appetite.",
    "The Risk Committee or management shall approve any limit exception.",
    "The CFO and management will test the contingency funding plan every year.",
    # the body management acts through
    "Through the ALCO, management will monitor the liquidity ratios monthly.",
    "Via the Credit Committee, management shall review every large exposure.",
]


@pytest.mark.parametrize("sentence", ROLE_NAMED)
def test_cm04_is_silent_when_the_sentence_names_the_role_or_body(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR = [
    "Management will monitor the liquidity ratios monthly.",
    "Staff and management must report every breach of a limit.",
    "Staff report each breach to the desk, and management must approve the recovery plan.",
    "The organization shall determine the risks that need to be addressed.",
    "Through regular reviews, management will monitor the liquidity ratios.",
    "In the monthly meeting, top management shall review the objectives.",
    # the role acts in a clause of its own; management's duty is its own
    "Records are kept by the Treasury Officer and management will review them monthly.",
    "Each request is logged by the Duty Officer and senior management shall approve it.",
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR)
def test_cm04_still_fires_on_management_alone(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
