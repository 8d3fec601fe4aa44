"""CM04: the company's stance said in the passive, "will not discriminate", and a question about the company's steps.

Held out (session 25, cmhold15: a security firm's equality and modern-slavery policies, malikali001/ssg-website):
"Where an employee experiences sexual harassment this will be viewed as a form of sex discrimination which shall not be
condoned or tolerated by the company" is the stance test_cm04_stance.py already leaves alone ("The Company will not
tolerate ..."), said in the passive; "The company will not unlawfully discriminate on grounds of ..." is the employer's
legal position under the equality law, nobody's task. In a list of what the awareness training covers, "What steps
the company should take if suppliers do not ..." asks a question the training answers; it gives no duty. None asks
anyone to do anything, so "name the role that does it" has nothing to fix. The sentences below are written for these
tests, in the shape of the held-out ones.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"STAFF\n\n{sentence}\n\nThe Office Manager files each signed form in the register within 2 days.\n"


NO_DUTY = [
    # the stance in the passive
    "Bullying at work is a form of misconduct which shall not be condoned or tolerated by the company.",
    "Racist remarks will not be tolerated by the Company under any circumstances.",
    "Unsafe driving of pool cars will not be condoned by the company.",
    # the employer's position under the equality law
    "The company will not unlawfully discriminate against applicants on grounds of age, sex or disability.",
    "The Company shall not discriminate against any worker who raises a concern.",
    # a question the text answers (a training syllabus, a template's prompt)
    "The training covers what steps the company should take if a supplier refuses an audit.",
    "Staff are told what records the Company must keep when an agency worker starts.",
]


@pytest.mark.parametrize("sentence", NO_DUTY)
def test_cm04_is_silent_on_a_passive_stance_a_legal_position_or_a_question(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR = [
    "Breaches of this policy shall be investigated by the company within 5 days.",
    "The company will review its supply chains each year.",
    "The organization shall determine what needs to be monitored and measured.",
    "The organization shall not accept changes that have not been reviewed.",
    "The company will take appropriate steps to meet the needs of workers' religions.",
    "In which case the company must notify the regulator within 24 hours.",
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR)
def test_cm04_still_fires_on_the_companys_own_duty(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
