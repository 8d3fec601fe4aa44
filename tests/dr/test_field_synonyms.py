"""A required field the record holds under another name for the same thing is no missing field.

The shape of a wrong DR04 on a held-out ISMS (docs/SCORING.md, December 2026): "Record RPO/RTO and findings
in `BACKUP_RESTORE_LOG.md`", whose log keeps them in 'RPO (minutes)', 'RTO (minutes)' and 'Issues Found'.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR04

D = dt.date
RUNBOOK = ("# Disaster recovery runbook\n\nRun a restore drill into staging every quarter.\n\n"
           "Record RPO/RTO and findings in `records/restore-log.csv`.\n")


def _log(scan, problems_header):
    header = ["Date", "Environment", "RPO (minutes)", "RTO (minutes)", problems_header, "Actions"]
    rows = [[D(2025, 3, 4), "staging", 120, 6, "proxy needed for private IP", "documented"],
            [D(2025, 6, 10), "staging", 90, 5, "none", "-"]]
    scan.write("procedures/dr-runbook.md", RUNBOOK)
    scan.csv("records/restore-log.csv", header, rows)


def test_findings_kept_as_issues_found_hold(scan):
    _log(scan, "Issues Found")
    _, result = scan.run()
    checks = {c.subject: c for c in result.checks_for("DR04")}
    assert checks["findings"].status is ClaimStatus.HOLDS
    assert "'Issues Found' filled in 100% of rows" in checks["findings"].detail
    assert list(DR04.check(scan.run()[0])) == []


def test_a_log_with_no_column_for_problems_still_lacks_the_findings(scan):
    _log(scan, "Operator")
    [finding] = scan.findings(DR04)
    assert finding.metrics["field"] == "findings"
    assert "has no column for 'findings'" in finding.message
    assert finding.location.line == 5
