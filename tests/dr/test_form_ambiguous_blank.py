"""A form named by a generic title ("the inspection checklist") that several different blank forms of the set
answer equally is not linked to one of them: naming the first in file order (the floor inspection form for a
final-inspection procedure, drhold5) is a wrong finding. Two copies of one form (FORM-I-101 and its V2) are still
one form."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01


def _forms(scan, names):
    for name in names:
        scan.write(f"forms/{name}.md", f"# {name} Inspection Checklist\n\nModule no: ________\n\n"
                   "| Check | Pass | Fail |\n|---|---|---|\n| Item one | | |\n| Item two | | |\n| Item three | | |\n")
    scan.csv("records/Incident log.csv", ["Date", "Module", "Reported by"],
             [[dt.date(2025, 3, d), "M-1", "AB"] for d in (3, 4, 5)])
    return scan


def test_a_generic_title_several_forms_answer_is_not_linked_to_one(scan):
    _forms(scan, ["FORM-I-101 Floor", "FORM-I-201 Wall", "FORM-I-108 Final"])
    scan.write("procedures/SOP-108 Final inspection.md",
               "# SOP-108 Final inspection\n\nThe inspector records every defect on the inspection checklist.\n")
    _, result = scan.run()
    (check,) = result.checks_for("DR01")
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert "3 blank forms" in check.detail
    assert scan.findings(DR01) == []


def test_two_copies_of_one_form_are_still_its_blank(scan):
    _forms(scan, ["FORM-I-101 Floor", "FORM-I101 Floor V2"])
    scan.write("procedures/SOP-101 Floor.md",
               "# SOP-101 Floor\n\nThe inspector records the checks on the floor inspection checklist.\n")
    (f,) = scan.findings(DR01)
    assert len(f.metrics["blank_forms"]) == 2
