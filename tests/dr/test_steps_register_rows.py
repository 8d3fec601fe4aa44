"""DR06 compares a procedure's steps with a record only when the record's rows are runs of the procedure.

A risk register (one row per risk: likelihood, impact, level, owner, status) is no checklist: its number columns
are the risk's attributes, not items ticked off on each run, so its columns are not the steps done. Held out on
onchainlabs1/llm-agent-mcp (aims): 'steps and AI_Risk_Register.csv diverge: 4 step(s) never recorded' was wrong.
A score sheet whose rows are dated runs (a 5S audit each Monday) is still read as before.
"""
from __future__ import annotations

import datetime as dt

from gapscan.drift import ClaimStatus
from gapscan.rules.dr import DR06

from .conftest import days

RISK_PROC = ("# Risk management procedure\n\n## Process\n\n"
             "1. Risk identification: identify all potential risks of the service\n"
             "2. Risk analysis: analyze likelihood and impact of identified risks\n"
             "3. Risk evaluation: evaluate risk levels and prioritize risks\n"
             "4. Risk treatment: develop and implement treatment of each risk\n"
             "5. Risk monitoring: monitor risk levels and the treatment's effect\n"
             "6. Risk review: review and update the risk assessments\n\n"
             "Risks are kept in the risk register.\n")
REGISTER_HEADER = ["Risk ID", "Risk Description", "Likelihood (1-5)", "Impact (1-5)", "Risk Level (L×I)",
                   "Responsible Owner", "Status", "Target Date"]
RISKS = [["R001", "Biased answers to clients", 3, 4, 12, "J Park", "Implemented", "19/01/2025"],
         ["R002", "Model invents order data", 4, 4, 16, "J Park", "Implemented", "19/01/2025"],
         ["R003", "Prompt injection exposes data", 2, 5, 10, "D Thompson", "Open", "28/02/2025"],
         ["R004", "Protocol failures stop tools", 3, 4, 12, "J Park", "Implemented", "28/12/2024"],
         ["R005", "Personal data kept too long", 2, 3, 6, "M Reyes", "Open", "31/03/2025"]]


def _register(scan):
    scan.write("procedures/Risk management procedure.md", RISK_PROC)
    scan.csv("records/Risk register.csv", REGISTER_HEADER, RISKS)
    return scan


def test_dr06_does_not_read_a_risk_registers_columns_as_steps_done(scan):
    assert _register(scan).findings(DR06) == []


def test_dr06_calls_the_steps_not_checkable_against_a_register_of_items(scan):
    _, result = _register(scan).run()
    (check,) = result.checks_for("DR06")
    assert check.status is ClaimStatus.NOT_CHECKABLE


def test_dr06_still_reads_a_dated_score_sheet_by_its_columns(scan):
    # the same columns on a sheet whose rows are dated runs (a weekly assessment) are read as before
    scan.write("procedures/Risk management procedure.md", RISK_PROC)
    scan.csv("records/Risk register.csv", ["Assessment date", "Likelihood (1-5)", "Impact (1-5)", "Risk Level (L×I)",
                                            "Assessor"],
             [[d, 3, 4, 12, "JP"] for d in days(dt.date(2025, 3, 3), [7] * 8)])
    (f,) = scan.findings(DR06)
    assert "step(s) never recorded" in f.message
