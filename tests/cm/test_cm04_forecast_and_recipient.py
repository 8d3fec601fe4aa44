"""CM04: the company as the one who gains from something, or as the one a thing is handed to, is not the actor of a duty.

Seen on real sets in session 17: a bank's model risk programme (stdrun's pyn) says "The Company will benefit from
advances in ... knowledge management systems": a forecast of what the company gains, with no task in it. A web
agency's car-insurance page (cmhold4's leaf, weareleaf/handbook) says proof of insurance "must be produced for
scrutiny by the Organisation": the duty is the driver's (produce it); the company only receives it, and "by" belongs
to the noun "scrutiny", not to the passive "must be produced". Neither asks a role to be named. The organization's own
duties, and a passive whose participle it is the agent of ("must be approved by the Company"), still count. The
sentences below are written for these tests.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"STAFF\n\n{sentence}\n\nThe Office Manager files each signed form in the register within 2 days.\n"


NOT_A_DUTY = [
    # a forecast: what the company gains or suffers
    "The Company will benefit from faster access to the model records once they are scanned.",
    "The organisation will gain from a wider spread of funding sources.",
    "The Company will suffer if its key supplier fails.",
    # the company receives what someone else must hand over
    "Your driving licence and MOT certificate must be produced for scrutiny by the Organisation on renewal.",
    "Receipts must be kept for inspection by the Company at any time.",
]


@pytest.mark.parametrize("sentence", NOT_A_DUTY)
def test_cm04_is_silent_where_the_company_gains_or_receives(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR = [
    "The organization shall determine the risks that need to be addressed.",
    "Every change must be approved by the Company before it is released.",
    "Records shall be reviewed by the organization at planned intervals.",
    "The Company will benefit the community by funding two apprenticeships.",  # 'benefit' with an object: it acts
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR)
def test_cm04_still_fires_on_the_organizations_own_duty(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
