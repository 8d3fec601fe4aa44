"""Who did a step is the column of who acted or signed, never the column of whom the step was about.

The shape of an offboarding log seen on a public set (session 9): 'Employee Name' (the leaver) and 'Role Ended'
(the leaver's job) beside 'Signed Off By'. DR05 read the leavers as the people who revoke access.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR05

from .conftest import days

D = dt.date

PROC = "# Offboarding\n\nThe IT Manager completes the offboarding log for every leaver on their last day.\n"
LEAVERS = ["Ann Lee", "Bob Price", "Cy Dunn", "Di Moss", "Ed Hart", "Flo Kerr", "Gus Lamb"]
JOBS = ["Developer", "Sales Manager", "Developer", "Office Manager", "Designer", "Developer", "Support Engineer"]


def _log(scan, header, row):
    scan.write("procedures/Offboarding.md", PROC)
    scan.csv("records/Offboarding log.csv", header,
             [row(d, n, j) for d, n, j in zip(days(D(2025, 1, 10), [30] * 6), LEAVERS, JOBS)])
    return scan


def _role_checks(scan):
    _, result = scan.run()
    return [c for c in result.claims["procedures/Offboarding.md"] if c.kind == "role"]


def test_the_leavers_name_is_not_who_revoked_their_access(scan):
    _log(scan, ["Date", "Employee Name", "Access Revoked"], lambda d, n, j: [d, n, "Yes"])
    assert scan.findings(DR05) == []
    checks = _role_checks(scan)
    assert checks and all(c.status is ClaimStatus.NOT_CHECKABLE for c in checks)
    assert all("Employee Name" not in (c.detail or "") for c in checks)


def test_the_leavers_job_is_not_the_role_that_acted(scan):
    _log(scan, ["Date", "Leaver", "Role", "Access Revoked"], lambda d, n, j: [d, n, j, "Yes"])
    assert scan.findings(DR05) == []
    checks = _role_checks(scan)
    assert checks and all(c.status is ClaimStatus.NOT_CHECKABLE for c in checks)


def test_the_column_of_who_revoked_is_still_read(scan):
    _log(scan, ["Date", "Employee", "Role", "Access Revoked", "Completed By"],
         lambda d, n, j: [d, n, j, "Yes", "HR Officer"])
    (f,) = scan.findings(DR05)
    assert f.metrics["column"] == "Completed By"
    assert f.metrics["roles_seen"] == ["HR Officer (7)"]
