"""The words of a role's own title do not make a record about what the role is responsible for.

Seen held out (drhold27, session 20): a consultant's stakeholder list says "The Vendor Risk team is responsible
for:" over a list of duties (vendor inventory, due diligence evidence); elsewhere it names the risk register. DR05
took the enterprise risk register as the record of that claim because "risk", a word of the team's name, is a word
of the register's name, and reported the register's 'Risk Owner' column (a different owner per risk, by design) as
drift from the Vendor Risk team. The claim says nothing a risk register shows; what ties a record to a role claim
must come from the rest of the sentence.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR05

D = dt.date

OWNERS = ["Infrastructure Manager", "GRC Manager", "Security Operations Manager", "Vendor Risk Manager",
          "Cloud Security Manager", "GRC Manager", "Infrastructure Manager", "IAM Manager"]


def _register(scan):
    scan.csv("records/enterprise-risk-register.csv", ["Risk ID", "Risk Statement", "Rating", "Risk Owner", "Status"],
             [[f"R-{i:03d}", f"Risk statement {i}", "High", who, "Open"] for i, who in enumerate(OWNERS)])


def _role_statuses(result, path):
    return [(c.status, c.detail) for c in result.claims[path] if c.kind == "role"]


def test_the_team_named_vendor_risk_is_not_checked_against_the_risk_registers_owners(scan):
    scan.write("procedures/Stakeholder list.md",
               "# Stakeholder list\n\n## GRC Team\n\nThe GRC team maintains the risk register.\n\n"
               "## Vendor Risk Team\n\nThe Vendor Risk team is responsible for:\n\n"
               "- Providing vendor inventory\n- Providing vendor due diligence evidence\n"
               "- Coordinating vendor access reviews\n")
    _register(scan)
    ctx, result = scan.run()
    assert list(DR05.check(ctx)) == []
    statuses = _role_statuses(result, "procedures/Stakeholder list.md")
    vendor = [(s, d) for s, d in statuses if s is not ClaimStatus.HOLDS]
    assert vendor and all(s is ClaimStatus.NOT_CHECKABLE for s, _ in vendor), statuses


def test_a_claim_about_the_register_itself_is_still_checked_against_its_owners(scan):
    # the rest of the sentence names what the register records: the register is where that is kept
    scan.write("procedures/Risk management.md",
               "# Risk management\n\nThe GRC Manager is responsible for each risk in the enterprise risk register.\n")
    _register(scan)
    ctx, _ = scan.run()
    (f,) = list(DR05.check(ctx))
    assert "Infrastructure Manager (2 of 8)" in f.message


def test_a_word_of_the_role_also_said_outside_it_still_ties_the_record(scan):
    # 'calibration' is a word of the role and of the work: the work's word still ties the claim to the log
    scan.write("procedures/Calibration.md",
               "# Calibration\n\nThe Calibration Technician performs each calibration and signs the calibration "
               "log.\n")
    scan.csv("records/calibration-log.csv", ["Date", "Instrument", "Result", "Performed By"],
             [[D(2026, 1, 5) + dt.timedelta(days=7 * i), f"GA-{i}", "Pass",
               "Lab Assistant" if i % 4 else "Calibration Technician"] for i in range(8)])
    ctx, _ = scan.run()
    (f,) = list(DR05.check(ctx))
    assert "Lab Assistant (6 of 8)" in f.message


def test_who_maintains_the_register_is_not_shown_by_whom_each_risk_is_assigned_to(scan):
    # the owner column answers "answerable for this entry", never "kept the register"
    scan.write("procedures/Risk management.md",
               "# Risk management\n\nThe GRC Manager maintains the enterprise risk register.\n")
    _register(scan)
    ctx, result = scan.run()
    assert list(DR05.check(ctx)) == []
    (status, detail), = _role_statuses(result, "procedures/Risk management.md")
    assert status is ClaimStatus.NOT_CHECKABLE and "'Risk Owner' names who owns each entry" in detail
