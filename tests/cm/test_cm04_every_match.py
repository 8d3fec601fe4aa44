"""CM04 judges every place the organization stands in a sentence, and a subject after a comma.

Left by cm04party (docs/SCORING.md): a sentence was judged by its first organization match only, so a condition
("Where management plans a change, ...") hid the organization's own duty in the main clause; and an organization
right after a comma ("When a nonconformity occurs, management ensures ...") was read as not the subject. The text
below is written for these tests.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"STAFF\n\n{sentence}\n\nThe Payroll Officer files each change in the register within 2 days.\n"


@pytest.mark.parametrize("sentence, actor", [
    # the subject of the main clause, after a comma
    ("When a nonconformity occurs, management ensures that it is corrected and recorded.", "management ensures"),
    ("If a supplier fails an audit, management shall decide on the next steps.", "management shall"),
    ("After each audit, top management will review the findings.", "top management will"),
    # a condition first, then the organization's own duty: the second match counts
    ("Where management plans a change, the organization shall carry out the change in a planned way.",
     "organization shall"),
    ("If the company determines that a supplier is unfit, the company must record the reasons.", "company must"),
])
def test_cm04_fires_on_the_organization_in_the_main_clause(make, sentence, actor):
    found = run(CM04, make("policy.md", _text(sentence)))
    assert len(found) == 1, sentence
    assert found[0].metrics["actor"].lower() == actor


@pytest.mark.parametrize("sentence", [
    # both places are the employer's as a party: a condition, then paying the employee
    "Where the Company provides transport, the Company will pay the Employee for the travel time.",
    # a later match that is one of a pair after "between", not the subject
    "Where the rent is paid by the Company, an agreement between the tenant and the Company will be signed by both.",
    # a qualifier, not a comma, before it: a function's name, still not read as the subject
    "Requests are logged, and IT management shall close them.",
])
def test_cm04_stays_silent_where_no_place_is_the_subject(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence
