"""DR rules on the record layouts real sites use: sheets per month, sign-off columns that
name the role, Role columns, result values, docx and csv checklists, blank templates.
Each plant is found with its numbers; each clean counterpart in the same layout stays quiet."""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR01, DR02, DR04, DR05, DR06

from .conftest import days

D = dt.date

# ---- DR05: sign-off columns that name the role

RELEASE = ("# QP-09 Batch release\n\nEach batch is checked against the batch release record (QF-40). "
           "Every batch release is approved by the {role} before dispatch.\n")


def _release(scan, role: str):
    rows = [[d, f"B{100 + i}", "KT" if i % 3 else "AS", "JB"] for i, d in enumerate(days(D(2025, 3, 3), [1] * 24))]
    scan.write("procedures/QP-09 Batch release.md", RELEASE.format(role=role))
    scan.xlsx("records/QF-40 Batch release record.xlsx",
              ["Date", "Batch", "Verified (QA Lead)", "Approved by (Plant Manager)"], rows,
              title="QF-40 Batch release record 2025")
    return scan


def test_dr05_reads_the_role_from_the_sign_off_header(scan):
    # initials under 'Approved by (Plant Manager)' are the Plant Manager's approvals: checked, and kept
    _, result = _release(scan, "Plant Manager").run()
    (check,) = result.checks_for("DR05")
    assert check.status is ClaimStatus.HOLDS
    assert check.detail == "Plant Manager in 100% of entries (roles from header 'Approved by (Plant Manager)')"


def test_dr05_fires_when_the_sign_off_column_names_another_role(scan):
    (f,) = _release(scan, "Technical Manager").findings(DR05)
    m = f.metrics
    assert m["column"] == "Approved by (Plant Manager)"
    assert m["roles_from"] == "header 'Approved by (Plant Manager)'"
    assert m["roles_seen"] == ["Plant Manager (25)"] and m["share_expected"] == 0.0
    assert m["link_confidence"] >= 0.5
    assert f.evidence[0].location.cell == "D4" and "JB" in f.evidence[0].text


HYGIENE = ("# SOP-21 Hygiene inspection\n\nThe Hygiene Lead inspects each production area every day and "
           "records the inspection in the hygiene inspection log (QF-21).\n")


def _hygiene(scan, others: int):
    names = {"Hygiene Lead": "P. Okoro", "Shift Supervisor": "D. Lane", "Line Leader": "R. Mistry"}
    rows = []
    for i, d in enumerate(days(D(2025, 6, 2), [1] * 29)):
        role = ("Shift Supervisor" if i % 2 else "Line Leader") if i < others else "Hygiene Lead"
        rows.append([d, "Filling hall", names[role], role, "Pass"])
    scan.write("procedures/SOP-21 Hygiene inspection.md", HYGIENE)
    scan.csv("records/QF-21 Hygiene inspection log.csv", ["Date", "Area", "Inspected by", "Role", "Result"], rows)
    return scan


def test_dr05_fires_when_the_role_column_shows_others_doing_most(scan):
    (f,) = _hygiene(scan, others=24).findings(DR05)
    m = f.metrics
    assert m["roles_from"] == "column 'Role'"
    assert m["share_expected"] == round(6 / 30, 2)
    assert m["roles_seen"][:2] == ["Line Leader (12)", "Shift Supervisor (12)"]
    assert "Hygiene Lead in 6 of 30" in f.message
    assert f.evidence and f.evidence[0].location.row == 2


def test_dr05_quiet_when_the_role_column_shows_the_named_role(scan):
    assert _hygiene(scan, others=4).findings(DR05) == []
