"""A procedure that links its own filled register on the line that names the form is pointing at the filled copy.

The shape (drfix16's leftover, drift._check_form): the change procedure says to raise each change on the change
request form and links, on that line, the register the changes are kept in (a file named by its year, its columns
its own); the set also holds the blank form. The blank form was taken as "the form", the register's name and
columns matched neither, and the result was DR01 "only the blank form exists; no filled change request form": the
form never used, beside the very register the line links to. A link on the claim's line to a record of the set is
the record kept; a link to a file the set does not hold changes nothing.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

FORM_COLUMNS = ["Request No", "Requested by", "System affected", "Reason for change", "Rollback plan",
                "Approved by"]


def _set(scan, target):
    scan.write("procedures/Change control.md",
               "# Change control\n\nEvery change to a live system is raised on the change request form "
               f"([register]({target})) before work starts.\n")
    scan.xlsx("forms/Change request form.xlsx", FORM_COLUMNS, [])
    days = [dt.date(2026, 3, d) for d in (3, 10, 17, 24)]
    scan.csv("records/2026 changes.csv", ["Date", "Change", "Host", "Done by"],
             [[d, f"patch {i}", "db-2", "KM"] for i, d in enumerate(days)])


def _form_check(scan):
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.rule == "DR01" and "change request" in (c.claim.form_title or "")]
    return check


def test_the_register_linked_on_the_line_is_the_filled_form(scan):
    _set(scan, "../records/2026%20changes.csv")
    check = _form_check(scan)
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert check.record == "records/2026 changes.csv"
    assert "links" in check.detail, check.detail


def test_a_link_to_a_file_the_set_does_not_hold_changes_nothing(scan):
    _set(scan, "../records/2025%20changes.csv")
    check = _form_check(scan)
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert "only the blank form forms/Change request form.xlsx exists" in check.detail


def test_a_line_naming_two_forms_does_not_give_its_link_to_either(scan):
    scan.write("procedures/Change control.md",
               "# Change control\n\nEvery change is raised on the change request form and noted in the release "
               "log ([register](../records/2026%20changes.csv)) before work starts.\n")
    scan.xlsx("forms/Change request form.xlsx", FORM_COLUMNS, [])
    scan.csv("records/2026 changes.csv", ["Date", "Change", "Host", "Done by"],
             [[dt.date(2026, 3, d), "patch", "db-2", "KM"] for d in (3, 10, 17)])
    check = _form_check(scan)
    assert check.status is not ClaimStatus.HOLDS, check.detail


LOGS_PAGE = """# Evidence logs

## 1. Key Issue Log

| Date | Key | Issued to |
|---|---|---|
| 2026-03-03 | K-4 | RT |
| 2026-03-10 | K-7 | KM |
| 2026-03-17 | K-4 | AL |

## 2. Visitor Sign-in Log

| Date | Visitor | Host |
|---|---|---|
| 2026-03-02 | J. Moss | KM |
| 2026-03-09 | A. Lind | KM |
| 2026-03-16 | P. Hale | RT |
"""


def _page_set(scan, target):
    scan.write("procedures/Site access.md",
               "# Site access\n\nEvery guest signs the reception visitor form "
               f"([log]({target})) on arrival.\n")
    scan.xlsx("forms/Reception visitor form.xlsx", ["Guest name", "Company", "Badge no", "Time in", "Time out"], [])
    scan.write("records/logs.md", LOGS_PAGE)


def _visitor_check(scan):
    _, result = scan.run()
    (check,) = [c for c in result.checks if c.rule == "DR01" and "visitor" in (c.claim.form_title or "")]
    return check


def test_of_a_page_of_logs_the_anchor_names_the_one_kept(scan):
    _page_set(scan, "../records/logs.md#2-visitor-sign-in-log")
    check = _visitor_check(scan)
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert check.record.startswith("records/logs.md") and "Visitor" in check.record, check.record


def test_a_page_of_logs_linked_without_an_anchor_names_none_of_them(scan):
    _page_set(scan, "../records/logs.md")
    check = _visitor_check(scan)
    assert not (check.status is ClaimStatus.HOLDS and "links the filled record" in check.detail), check.detail
