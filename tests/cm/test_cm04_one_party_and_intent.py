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


# Seen held out (cmhold9) on a packaging maker's BRCGS procedures (Ox-in-Chair/ohisee-configuration-project,
# docs/kangopak-procedures): of ten CM04 findings none was right; seven were its vehicle policy and process-control
# procedure stating the employer's legal position ("shall be indemnified", "will be compelled to" by a statute, "shall
# have the right to", "will not accept any ... liability"), money between employer and employee ("payable by the
# employer", "shall deduct the damages") and an employment action on the one employee ("be transferred by the
# employer to a suitable alternative position"), as its liability and pay already were (test_cm04_stance.py,
# test_cm04_party.py).
LEGAL_POSITION_MONEY_OR_ACTION = [
    "The employer shall be indemnified against any claim that follows a driver's failure to comply.",
    "If a fine is issued for a private trip, the company will be compelled to name the driver to the authority.",
    "The employer shall have the right to inspect the logbook of any company vehicle.",
    "The Company will not accept any legal liability for goods stored at the owner's risk.",
    "The company shall deduct the cost of the damage from the final salary payment.",
    "Any excess payable by the employer will be recovered from the driver where the damage was wilful.",
    "Should the employee lose the licence, the employee may be transferred by the employer to another post.",
]


@pytest.mark.parametrize("sentence", LEGAL_POSITION_MONEY_OR_ACTION)
def test_cm04_is_silent_on_legal_position_money_or_action_on_the_employee(make, sentence):
    assert run(CM04, make("policy.md", _text(sentence))) == [], sentence


STILL_THE_ACTOR_TOO = [
    # "the right" as an adjective, "rights" of others, resources: the system's duties
    "Management shall ensure the right resources are available for the audit programme.",
    "The organization shall respect the rights of workers to refuse unsafe work.",
    # a legal requirement the organization must meet is still its duty
    "The organization shall determine how it will meet its legal requirements.",
    # a transfer of material, not of a person
    "The Company will transfer the records to the archive after five years.",
]


@pytest.mark.parametrize("sentence", STILL_THE_ACTOR_TOO)
def test_cm04_still_fires_on_the_systems_own_duties(make, sentence):
    assert len(run(CM04, make("policy.md", _text(sentence)))) == 1, sentence
