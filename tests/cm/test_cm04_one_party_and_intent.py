"""CM04: the employer dealing with the one person a case is about, a best-efforts intent, and a judgement the company
makes inside a relative clause are no duty left without a role.

Seen held out (cmhold9, session 19) on a web agency's company policies (teamdeeson/codex) and a software firm's
policy set (Axelisys/policies): of twelve CM04 findings none was right. A disciplinary procedure says what the
employer does in one employee's case: it explains the complaint against the employee, issues a written statement to
the employee, makes reasonable arrangements so that the employee can attend, makes it clear to the employee that the
appeal decision is final. There the company is one side of the relation with that person, as where it gives the
employee notice or pays the employee (test_cm04_party.py); the verbs are telling and arranging rather than paying.
An equality policy's "The Company shall endeavour to include diverse opinions ..." and "will make every effort to
..." state an intent, as "is committed to" does (test_cm04_party.py). "Any other adjustments that the Company
considers reasonable" names adjustments the company judges fit: the organization stands in a relative clause that
qualifies a noun, and nothing obliges it there.

The workforce as a whole ("employees", "each employee") is who the system's own duties reach: "The organization
shall communicate the policy to employees" still counts, as does any duty that only mentions a person. The sentences
below are written for these tests.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"STAFF\n\n{sentence}\n\nThe HR Officer files each signed letter in the personnel file within 2 days.\n"


ONE_PARTY_OR_INTENT = [
    # telling or arranging, towards the one person the case is about
    "At the hearing the company will explain the allegations against the employee and the evidence for them.",
    "If the warning stands, the company will issue a written summary to the employee within a week.",
    "Suitable arrangements will be made by the company to ensure that the employee and a companion can attend.",
    "The employee will be told of the appeal outcome in writing and the company will make it clear that it is final.",
    "The company will notify the applicant of the decision by e-mail.",
    "The Company will invite the employee to a return-to-work meeting.",
    # a best-efforts intent, as "is committed to"
    "The Company shall endeavour to reflect a wide range of views when it designs its services.",
    "The company will make every effort to hold the meeting at a time that suits everyone.",
    "The company will strive to cut the energy its office uses each year.",
    # the company judging inside a relative clause that qualifies a noun
    "Any further adjustments that the Company considers reasonable will be discussed with the person concerned.",
    "Staff may take any other step which the company considers appropriate to protect client data.",
]


@pytest.mark.parametrize("sentence", ONE_PARTY_OR_INTENT)
def test_cm04_is_silent_on_one_party_intent_and_judgement(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR = [
    # the workforce, not one person: the system's own duty
    "The organization shall communicate the policy to employees.",
    "The company will inform employees of changes to the safety rules.",
    "The Company will issue each employee with the updated handbook.",
    # one person named, but the company's own work in its system, not telling or arranging
    "The company will decide whether disciplinary action is needed.",
    "The organization shall ensure that the employee is competent before working at height.",
    "Management will review the employee's training record every year.",
    # an intent word that is no best-efforts phrase
    "The organization shall make the policy available to interested parties.",
    "Management shall take actions to address the risks.",
    # the organization's own judgement as a duty, not inside a relative clause
    "The organization considers the needs of interested parties when it plans the system.",
    "The organization shall determine the controls that are necessary.",
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR)
def test_cm04_still_fires_where_the_organization_acts_in_its_system(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
