"""CM04: the organization after a present participle is that participle's object ("each employee joining the
company shall meet requirements"): the subject of the obligation stands before it, and it is no organization.

Held out (session 24, cmhold14, an ISO 9001 consultant kit's training procedure): "It shall be reviewed on an ongoing
bases and each employee joining the company shall meet requirements." was reported as "'company shall': the
organization is the actor". The organization at the head of its own clause still counts.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"TRAINING\n\n{sentence}\n\nThe Training Coordinator files each record in the register within 2 days.\n"


@pytest.mark.parametrize("sentence", [
    "It shall be reviewed on an ongoing basis and each employee joining the company shall meet requirements.",
    "Any contractor representing the organization must carry an identity card.",
    "Staff leaving the company will return their laptops to the IT desk.",
])
def test_cm04_is_silent_where_the_organization_is_a_participles_object(make, sentence):
    assert run(CM04, make("training.md", _text(sentence))) == [], sentence


@pytest.mark.parametrize("sentence", [
    "Following the review, the company shall update the training plan.",
    "Everything the company shall provide is listed in the plan.",
    "The company shall determine the competence needed for each job.",
])
def test_cm04_still_fires_where_the_organization_is_the_subject(make, sentence):
    assert len(run(CM04, make("training.md", _text(sentence)))) == 1, sentence
