"""Anchors that are not the organisation's own (session 23, round 2, cue24).

Seen on real documents: a nursery's pages (eegg/school-policies-and-procedures, held out by cmhold13) give the
setting's address, "Colchester, Essex, CO3 3HN", whose postcode was read as a form's code; an AI-agent control
catalogue (corpus h263) maps its controls to SOC 2 criteria, "TSC mapping: C1.1 (Confidentiality)", "CC5.2 (System
Operations)", read as a form and a team; a health-screening procedure (h139) names "flu, COVID-19", read as a form's
code; server and log-review procedures (s026, s103) open list items with a verb before "system" ("Enable system
auditing", "Review system security logs"), read as a named system. The sentences below are written for these tests.
"""
from __future__ import annotations

import pytest

from cm_helpers import anchors


@pytest.mark.parametrize("text", [
    "Your normal place of work is the nursery, Five Oxford Road, Colchester, Essex, CO3 3HN.",
    "Send the letter to 12 High Street, Leeds LS1 4DY.",
    "The office moved to SW1A 1AA last year.",
])
def test_a_uk_postcode_is_no_forms_code(text):
    found = anchors(text)
    assert not [t for t, kind in found if kind == "form"], found


@pytest.mark.parametrize("text", [
    "TSC mapping: C1.1 (Confidentiality)",
    "SOC 2 criteria: C1.2 and PI1.3 apply to this control.",
    "Trust Services Criteria A1.2 (Availability) are met by the backup plan.",
])
def test_a_soc2_criterion_is_no_forms_code(text):
    found = anchors(text)
    assert not [t for t, kind in found if kind == "form"], found


def test_a_criterions_title_in_brackets_is_no_team():
    found = anchors("TSC mapping: CC5.2 (System Operations)")
    assert not [t for t, kind in found if kind == "team"], found


def test_a_disease_named_by_a_code_is_no_form():
    found = anchors("Exclusion applies after contact with people with flu, COVID-19, etc.")
    assert not [t for t, kind in found if kind == "form"], found


@pytest.mark.parametrize("text", [
    "Enable system auditing and logging",
    "Track system performance trends and capacity planning",
    "Review system security logs",
])
def test_a_verb_opening_an_instruction_before_system_is_no_system(text):
    found = anchors(text)
    assert not [t for t, kind in found if kind == "system"], found


# controls: what must stay an anchor
@pytest.mark.parametrize("text, expected", [
    ("Fill in form QF-12 and send F3 to the Quality Lead.", ("F3", "form")),
    ("Record the result on C1.1 before release.", ("C1.1", "form")),
    ("Use checklist CL-3 3 times a day.", ("checklist CL-3", "form")),
    ("The calibration of gauge G7 is recorded weekly.", ("G7", "form")),
    ("Escalate to Operations (Customer Support) within a day.", ("Customer Support", "team")),
    ("Coupa system is used for all purchase orders.", ("Coupa system", "system")),
    ("Orders are entered in the Sage system by the buyer.", ("Sage system", "system")),
    ("Log calls in the Helpdesk system every day.", ("Helpdesk system", "system")),
    ("Drainage system evaluation", ("Drainage system", "system")),
    ("Cooling system verification: check the flow weekly.", ("Cooling system", "system")),
])
def test_the_organisations_own_anchors_stay(text, expected):
    assert expected in anchors(text), anchors(text)
