"""A team's work signed by one of its roles is the team's: "The GRC team ..." is kept where the entries name the GRC
Manager or a GRC Analyst. Not the other way round: a procedure that names the GRC Manager asks for that role, and
entries signed "GRC team" do not show it. Seen on drhold27's GRCStephenWinfield/grc-enterprise-risk-and-control-
assessment: "The GRC team is responsible for ... maintaining the risk register" beside plans whose owner column names
the GRC Manager; 'GRC team' never matched 'GRC Manager', so had a log linked it, every entry would have been drift."""
from __future__ import annotations

import datetime as dt

from gapscan.drift import role_matches
from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR05

from .conftest import days

D = dt.date
LEAVERS = ["Ann Lee", "Bob Price", "Cy Dunn", "Di Moss", "Ed Hart", "Flo Kerr", "Gus Lamb"]


def _log(scan, role: str, signed: list[str]):
    scan.write("procedures/Offboarding.md",
               f"# Offboarding\n\nThe {role} completes the offboarding log for every leaver on their last day.\n")
    scan.csv("records/Offboarding log.csv", ["Date", "Employee", "Access Revoked", "Completed By"],
             [[d, n, "Yes", s] for d, n, s in zip(days(D(2025, 1, 10), [30] * 6), LEAVERS, signed)])


def _checks(scan):
    _, result = scan.run()
    return [c for c in result.claims["procedures/Offboarding.md"] if c.kind == "role"]


def test_a_teams_work_signed_by_its_roles_is_kept(scan):
    _log(scan, "GRC team", ["GRC Manager"] * 4 + ["GRC Analyst"] * 3)
    # before: "records show GRC Manager (4 of 7), GRC Analyst (3 of 7) in 'Completed By'; GRC team in 0 of 7"
    assert scan.findings(DR05) == []
    (check,) = _checks(scan)
    assert check.status is ClaimStatus.HOLDS, check.detail


def test_another_teams_roles_are_still_drift(scan):
    _log(scan, "GRC team", ["IT Manager"] * 7)
    (f,) = scan.findings(DR05)
    assert "IT Manager (7 of 7)" in f.message


def test_a_named_role_is_not_kept_by_its_team(scan):
    _log(scan, "GRC Manager", ["GRC team"] * 7)
    (f,) = scan.findings(DR05)
    assert "GRC team (7 of 7)" in f.message


def test_role_matches_a_member_of_the_team_only():
    assert role_matches("GRC team", "GRC Manager") and role_matches("Quality team", "Quality Assurance Lead")
    assert role_matches("IT department", "IT Support Technician")
    assert not role_matches("GRC Manager", "GRC team")
    assert not role_matches("GRC team", "Ann Lee") and not role_matches("IT team", "Finance Manager")
    # a committee decides together: one member's signature is not the committee's
    assert not role_matches("Safety Committee", "Safety Manager")
