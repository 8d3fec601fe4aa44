"""A yes/no column answered 'No' is a field the procedure requires that the row does not have.

The shape of a held-out ITGC set (drhold30, itgc): 'Production changes should have documented approval and evidence
of testing', and evidence/change_management.csv whose 'Approval' and 'Testing_Evidence' columns hold 'Yes' or 'No'.
Before, a 'No' counted as the column filled: 'Approval' filled in 100% of rows, however many changes went in
unapproved.
"""
from __future__ import annotations

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR04

PROCEDURE = ("# Change control\n\nEvery change to production is logged.\n\n"
             "Record the approval and test evidence in `records/change-log.csv`.\n")
HEADER = ["Change", "System", "Approval", "Test evidence"]


def _log(scan, answers):
    scan.write("procedures/change-control.md", PROCEDURE)
    rows = [[f"CHG-{i:03d}", "portal", approval, "Yes"] for i, approval in enumerate(answers, 1)]
    scan.csv("records/change-log.csv", HEADER, rows)


def test_approvals_answered_no_are_approvals_missing(scan):
    _log(scan, ["Yes", "No", "Yes", "No", "Yes"])
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["approval"].status is ClaimStatus.DRIFTED, checks["approval"].detail
    assert "'Approval' answered 'No' in 40% of 5 rows" in checks["approval"].detail
    assert checks["test evidence"].status is ClaimStatus.HOLDS
    [finding] = scan.findings(DR04)
    assert finding.metrics["answered_no"] == 2
    assert [ev.text for ev in finding.evidence] == ["'Approval': No", "'Approval': No"]


def test_approvals_all_given_hold(scan):
    _log(scan, ["Yes", "Yes", "Yes", "Yes", "Yes"])
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["approval"].status is ClaimStatus.HOLDS
    assert checks["approval"].detail.startswith("'Approval' filled in 100% of rows")


def test_one_no_in_many_is_under_the_limit_and_said(scan):
    _log(scan, ["Yes"] * 9 + ["No"])
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["approval"].status is ClaimStatus.HOLDS
    assert "'Approval' filled in 90% of rows (answered 'No' in 1 of 10)" in checks["approval"].detail


def test_a_result_answered_no_is_a_result_recorded(scan):
    # a checklist's 'OK' column left unticked on a failed check (harrow-vale's QF-22: laser marking, hand stamped)
    # records the result; it is no result missing
    scan.write("procedures/final-inspection.md", "# Final inspection\n\nEach check is done in turn.\n\n"
                                                 "Record the result and initials in `records/checks.csv`.\n")
    rows = [[str(i), "check", "☑" if i != 3 else "☐", "HW"] for i in range(1, 6)]
    scan.csv("records/checks.csv", ["No", "Check", "Result", "Initials"], rows)
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["result"].status is ClaimStatus.HOLDS
    assert checks["result"].detail == "'Result' filled in 100% of rows"
