"""CM04: the company stating its legal position or its stance towards staff is no duty left without a role.

Seen held out on a web agency's staff handbook (cmhold4, weareleaf/handbook, its e-mail and internet policy):
"The company will be liable for infringing copyright ..." says what the law holds the employer to when staff misuse
e-mail; "The company will not tolerate the use of the Internet ... for unofficial purposes" states the employer's
stance over the staff's own duties. Neither asks anyone to do anything, so "name the role that does it" has nothing to
fix: the company is one side of the employment relation, as where it pays or gives notice (test_cm04_party.py). The
organization's own duties in its system still count. The sentences below are written for these tests.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"STAFF\n\n{sentence}\n\nThe Office Manager files each signed form in the register within 2 days.\n"


A_STANCE = [
    # a legal position: what the company answers for, not a task
    "The Company will be liable for any unlicensed software staff install on its laptops.",
    "The employer may be held liable for offensive messages sent from a work account.",
    "The Company shall not be liable for personal items left in the lockers.",
    # a stance over the staff's duties
    "The Company will not tolerate bullying or harassment of any kind.",
    "The company does not condone the use of work phones for private calls.",
    "The Company expects employees to dress appropriately when meeting clients.",
    "The Company reserves the right to monitor e-mail sent from its systems.",
]


@pytest.mark.parametrize("sentence", A_STANCE)
def test_cm04_is_silent_on_the_companys_stance_or_liability(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR = [
    "The organization shall determine the risks that need to be addressed.",
    "The organization shall not accept changes that have not been reviewed.",
    "Top management shall be responsible for the effectiveness of the management system.",
    "The organization shall retain documented information as evidence of the results.",
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR)
def test_cm04_still_fires_on_the_organizations_own_duty(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
