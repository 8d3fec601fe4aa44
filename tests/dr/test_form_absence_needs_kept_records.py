"""A form with no filled copy is drift only where the set shows records of work being kept: a dated entry or a
ticked checklist. A documentation pack whose only 'records' are indexes, requirement matrices and lists (no date
anywhere in their rows) hands over no working record, so the absence says nothing (drhold5, a modular-home
builder's QMS pack: 22 DR01 'required but has no filled instance' among 6 such 'records')."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01

PROC = ("# SOP-10 Floor inspection\n\nThe QA inspector records the floor inspection on FORM-I-10 before the module"
        " moves on.\n")
FORM = ("# FORM-I-10 Floor inspection checklist\n\nModule no: ________\n\nDate: ________\n\n"
        "| Check | Pass | Fail | Initials |\n|---|---|---|---|\n| Joist spacing | | | |\n| Deck glue | | | |\n"
        "| Fasteners | | | |\n")
# a requirements matrix: its Yes/No column says which training needs a certificate, it ticks nothing done
MATRIX = ("# Training matrix\n\n| Training | Delivery | Duration | Retraining | Certification |\n|---|---|---|---|---|\n"
          "| Orientation | Classroom | 4 hrs | Annual | Yes |\n| Forklift | OJT | 8 hrs | 3 years | Yes |\n"
          "| First aid | External | 8 hrs | 3 years | Yes |\n| Quality policy | Classroom | 1 hr | Annual | No |\n"
          "| Hand tools | OJT | 2 hrs | As needed | No |\n")


def _pack(scan):
    scan.write("procedures/SOP-10 Floor inspection.md", PROC)
    scan.write("forms/FORM-I-10 Floor inspection.md", FORM)
    scan.write("records/Training matrix.md", MATRIX)
    scan.csv("records/Tool list.csv", ["Category", "Item", "Qty"], [["Hand", "Tape measure", 4]] * 6)
    return scan


def test_no_dated_record_in_the_set_makes_a_missing_form_not_checkable(scan):
    _, result = _pack(scan).run()
    (check,) = result.checks_for("DR01")
    assert check.status is ClaimStatus.NOT_CHECKABLE
    assert "no record in the set" in check.detail
    assert scan.findings(DR01) == []


def test_one_dated_log_in_the_set_makes_the_missing_form_drift(scan):
    _pack(scan).csv("records/Incident log.csv", ["Date", "Module", "Reported by"],
                    [[dt.date(2025, 3, d), "M-1", "AB"] for d in (3, 4, 5)])
    (f,) = scan.findings(DR01)
    assert f.metrics["blank_forms"] == ["forms/FORM-I-10 Floor inspection.md"]
    assert f.metrics["filled_instances"] == 0


def test_a_ticked_checklist_is_a_kept_record_too(scan):
    _pack(scan).write("records/Daily checks.md",
                      "# Daily checks\n\n- [x] Extinguishers in place\n- [x] Exits clear\n- [x] First aid kit full\n"
                      "- [x] Guards fitted\n")
    (f,) = scan.findings(DR01)
    assert f.metrics["filled_instances"] == 0
