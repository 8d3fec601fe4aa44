"""A blank form that is plainly the form a procedure names outweighs a record that only shares a word with the
form's name. The change procedure says to use the change request form; the set holds the blank change request
form (its columns) and a change log that shares 'change' with the name but none of the form's columns. gapscan
reported the log as a "possible match (weak link)" and never looked at the blank form. The form's columns say
what a filled copy looks like: a record without them is not one, so the check goes on to the blank form. A
record that does keep the form's columns is its filled copy, whatever its name."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01

FORM_COLUMNS = ["Request No", "Requested by", "System affected", "Reason for change", "Rollback plan",
                "Approved by"]
PROC = ("# CH-01 Change control\n\nEvery change to a production system is raised on the change request form "
        "before work starts.\n")


def _set(scan, log_header, log_rows):
    scan.write("procedures/CH-01 Change control.md", PROC)
    scan.xlsx("forms/Change request form.xlsx", FORM_COLUMNS, [])
    scan.csv("records/Change log 2026.csv", log_header, log_rows)
    return scan


def _form_check(scan):
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.rule == "DR01" and "change request" in (c.claim.form_title or "")]
    return check


def test_a_record_sharing_a_word_but_no_columns_does_not_hide_the_blank_form(scan):
    days = [dt.date(2026, 2, d) for d in (2, 9, 16, 23)]
    _set(scan, ["Date", "Change", "Host", "Done by"], [[d, f"patch {i}", "web-1", "AB"] for i, d in enumerate(days)])
    check = _form_check(scan)
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert "only the blank form forms/Change request form.xlsx exists" in check.detail, check.detail
    assert "records/Change log 2026.csv" in check.detail and "columns" in check.detail, check.detail
    (f,) = scan.findings(DR01)
    assert f.metrics["blank_forms"] == ["forms/Change request form.xlsx"]


def test_a_record_sharing_a_word_and_the_forms_columns_is_its_filled_copy(scan):
    rows = [[f"CR-{i}", "AB", "web-1", "patch", "restore snapshot", "CD"] for i in range(4)]
    _set(scan, FORM_COLUMNS, rows)
    check = _form_check(scan)
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert "records/Change log 2026.csv" in check.detail


def test_a_weak_match_with_no_blank_form_is_still_not_proof_either_way(scan):
    scan.write("procedures/CH-01 Change control.md", PROC)
    scan.csv("records/Change log 2026.csv", ["Date", "Change", "Host"], [[dt.date(2026, 2, 2), "patch", "web-1"]])
    check = _form_check(scan)
    assert check.status is ClaimStatus.NOT_CHECKABLE and "weak link" in check.detail, check.detail
