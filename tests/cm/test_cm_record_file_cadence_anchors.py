"""More of the organisation's own anchors (issue 8, round 13): a record type it names by an acronym it defines
("an Investigation (INV)", "the Supplier Audit Questionnaire (SAQ)") or numbers ("CAPA-017"); the files and
branches it works in ("`deploy.yml`", "config/settings.yaml", "the main branch"); a cadence written as an idiom
("each quarter", "on a monthly basis", "twice a year"); a category of software named as where the work is done
("the forum software"). Not anchors: an acronym of a standard, a role or a management system ("Information Security
Management System (ISMS)", "Chief Executive Officer (CEO)"); a file type in prose ("a YAML file"); a branch office
of nobody ("a branch of the law"); a vague cadence ("on a regular basis"). A yearly idiom ("on an annual basis",
"once a year") is the template's cadence, like "annually": counted only beside something of the organisation's
own."""
from __future__ import annotations

import pytest


from cm_helpers import anchors, own


@pytest.mark.parametrize("text, expected", [
    ("Open an Investigation (INV) when a complaint names a device fault.", ("Investigation (INV)", "form")),
    ("Suppliers fill in the Supplier Audit Questionnaire (SAQ) before onboarding.",
     ("Supplier Audit Questionnaire (SAQ)", "form")),
    ("Each Engineering Change Order (ECO) lists the affected drawings.", ("Engineering Change Order (ECO)", "form")),
    ("Results go into Test Protocols (TPs) signed by the tester.", ("Test Protocols (TPs)", "form")),
    ("The fix is tracked as CAPA-017 until it is verified.", ("CAPA-017", "form")),
    ("Deployments run from `deploy.yml` after review.", ("deploy.yml", "system")),
    ("Retention periods are set in config/settings.yaml and nowhere else.", ("config/settings.yaml", "system")),
    ("Merge to the main branch only after two approvals.", ("main branch", "system")),
    ("Contractors push to the contractors branch.", ("contractors branch", "system")),
    ("Access rights are reviewed each quarter by the owners.", ("each quarter", "duration")),
    ("Backups are restored on a monthly basis to test them.", ("on a monthly basis", "duration")),
    ("The fire drill is held twice a year.", ("twice a year", "duration")),
    ("Filters are changed semi-annually.", ("semi-annually", "duration")),
    ("Members discuss it in the forum software before the meeting.", ("forum software", "system")),
])
def test_record_types_files_branches_and_cadences_are_anchors(text, expected):
    assert expected in own(text), anchors(text)


@pytest.mark.parametrize("text, false_anchor", [
    ("The Information Security Management System (ISMS) covers all sites.",
     "Information Security Management System (ISMS)"),
    ("The Chief Executive Officer (CEO) approves the budget.", "Chief Executive Officer (CEO)"),
    ("The Acceptable Use Policy (AUP) applies to staff.", "Acceptable Use Policy (AUP)"),
    ("Settings may be kept in a YAML file.", "YAML file"),
    ("Logs are reviewed on a regular basis.", "on a regular basis"),
    ("Staff are trained on an ongoing basis.", "on an ongoing basis"),
    ("This is a branch of the law.", "branch"),
    ("The tool is built on open source software.", "source software"),
    ("Our ISO-9001 certificate hangs in reception.", "ISO-9001"),
])
def test_standards_roles_file_types_and_vague_cadences_are_not(text, false_anchor):
    assert false_anchor not in [t for t, _ in anchors(text)], anchors(text)


@pytest.mark.parametrize("idiom", ["on an annual basis", "once a year", "every year", "once per year"])
def test_a_yearly_idiom_is_the_templates_cadence(idiom):
    alone = f"This policy shall be reviewed {idiom}."
    assert idiom not in [t for t, _ in own(alone)], own(alone)
    beside = f"Access in Okta is reviewed {idiom}."
    assert (idiom, "duration") in own(beside), own(beside)
