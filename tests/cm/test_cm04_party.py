"""CM04: the company as a party to a relation is not the organization acting without a role.

Seen on a construction company's staff policy handbook (cmhold3, held out: 3 of 46 findings right). An employment
policy properly says what the employer owes its staff: "The Company will give the Employee 1 months' notice",
"the Company will pay the Employee for the time taken to travel", "The Company is committed to ...". There the
company is one side of a contract with the employee, a customer, a supplier or the reader ("you"): it pays, gives
notice, provides, allows, consults, or states a commitment. No role is missing from such a sentence. Neither is one
missing where the company only sets a condition for someone else's duty ("An employee must, if asked to do so by
the Company, take leave ..."). The organization's own duties in running its system still count, with or without a
person named in the sentence.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"STAFF\n\n{sentence}\n\nThe Payroll Officer files each change in the register within 2 days.\n"


A_PARTY = [
    # the employer owes the employee something: notice, money, a benefit, leave, a say
    "The Company will give the Employee four weeks' notice before a shutdown.",
    "The Company will pay the Employee for travel time beyond the first hour.",
    "The employer will reimburse reasonable relocation costs.",
    "The Company will meet the cost of the medical examination.",
    "The Company will not, as a rule, pay below the minimum wage.",
    "The Company will arrange and pay the site accommodation.",
    "The Company will cover all fair and reasonable travel expenses of the move.",
    # what is given names the other side: leave, notice, wages
    "At a minimum, the Company will provide two days of paid leave per year.",
    "The Company provides eligible employees with a health insurance subsidy.",
    "The Company will allow employees to carry over five days of leave.",
    "The Company will make every reasonable effort to contact the employee before ending the agreement.",
    "The company will consult with the employee about paying out the notice period.",
    "If both sides agree, the organisation will fund part of the diploma.",
    # towards a customer or the reader
    "The Company will refund customers who return goods within 30 days.",
    "We must give you a written notice before your locker is cleared.",
    # a commitment the policy states
    "The Company is committed to fair pay and safe work for all staff.",
    "The Company commits to honouring each employee's contracted hours.",
    # the company in a condition of someone else's duty
    "An employee must, if asked to do so by the Company, take leave during the shutdown.",
    "When a change of hours is agreed to by the Company, pay will be adjusted pro rata.",
    "Where the Company provides a vehicle, the driver must keep a logbook.",
    # paid for by the company
    "Temporary accommodation will be paid for by the Company for the length of the project.",
]


@pytest.mark.parametrize("sentence", A_PARTY)
def test_cm04_is_silent_where_the_company_is_a_party(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR = [
    "The organization shall determine the competence of persons doing work under its control.",
    "Management shall review the system at planned intervals.",
    # 'provide' with no other party: the resources are the system's, who provides them is the question
    "The organization shall provide the resources needed for the management system.",
    # a person in the sentence, but the company does the work itself, unnamed
    "The Company will conduct random drug and alcohol tests on employees.",
    "The organization shall ensure that employees are aware of the policy.",
    "The organization shall communicate the policy to employees.",
    "The organization shall consult workers on the hazards of their work.",
    # 'pay' as a noun is not the company paying
    "Management shall review pay rates every year.",
    # a passive duty of its own, with a condition elsewhere
    "If a supplier fails an audit, corrective actions must be approved by management.",
    "Changes to salaries must be approved by management before payroll runs.",
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR)
def test_cm04_still_fires_where_the_organization_acts_in_its_system(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence


@pytest.mark.parametrize("sentence", [
    # a condition first, then the organization's own duty in the main clause
    "When a nonconformity is found, the organization ensures that it is corrected.",
    "Where applicable, the organization shall retain records of calibration.",
    "When a nonconformity occurs, corrective action is approved by management and must be recorded.",
])
def test_cm04_still_fires_on_the_duty_after_a_condition(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
