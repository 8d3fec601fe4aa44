"""CM04: the company acting on the reader ("management will back you up"), and an obligation inside quotation
marks ("... The employer should take into account all relevant information ..." [L74, para 54]), are not the
organization acting without a role.

Seen on an AdBlue maker's health and safety pack (cmhold7, held out, SureShotUK/REACH hseea): of six CM04 findings
one was right. A staff guide to violence at work tells its reader "Management will not expect you to simply carry
on" and "management will back you up": the company speaking to the reader about what it owes them, one side of a
relation, as "We must give you a written notice" already was (test_cm04_party). A first-aid needs assessment quotes
HSE guidance in quotation marks, "The employer should take into account all relevant information to make a valid
judgement." [L74, para 54]: the guidance's words, retold, not a duty the assessment gives. The organization's own
duties, and a quoted name inside one ("the \"Visitor Log\""), still count.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"STAFF\n\n{sentence}\n\nThe Payroll Officer files each change in the register within 2 days.\n"


TOWARDS_THE_READER = [
    "Management will not expect you to simply carry on after an incident.",
    "If you refuse an unsafe delivery, management will back you up.",
    "The Company will support you through any investigation that follows.",
    "We must tell you the outcome of the review.",
]


@pytest.mark.parametrize("sentence", TOWARDS_THE_READER)
def test_cm04_is_silent_where_the_company_acts_on_the_reader(make, sentence):
    assert run(CM04, make("guide.md", _text(sentence))) == [], sentence


QUOTED = [
    # the quotation opens in the sentence before: the sentence holds only its closing mark
    "\"The numbers in Appendix 3 are suggestions only. The employer should take into account all relevant "
    "information to make a valid judgement.\" [L74, para 54]",
    # opened and closed in the sentence
    "As L74 puts it, \"the employer should review the assessment after any significant change\".",
    # curly quotation marks
    "As L74 puts it, \u201cthe employer should review the assessment after any significant change\u201d.",
]


@pytest.mark.parametrize("sentence", QUOTED)
def test_cm04_is_silent_on_an_obligation_inside_quotation_marks(make, sentence):
    assert run(CM04, make("assessment.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR = [
    # the reader in the sentence, but not the one the company acts on
    "Management will review your request before the next rota is published.",
    # "ensure you ...": the company's duty in its system, said to the reader
    "Management will ensure you have a current licence before you drive the forklift.",
    # quotation marks around a name, not around the sentence
    "The organization shall keep the \"Visitor Log\" at reception.",
    "\"Visitor Log\" entries are checked; the organization shall keep them for a year.",
    # the obligation stands outside the quotation
    "The organization shall review the policy when \"significant change\" occurs.",
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR)
def test_cm04_still_fires_where_the_organization_acts_in_its_system(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
