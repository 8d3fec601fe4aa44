"""A required field the record keeps under a name of its own, shown by the values the procedure itself writes under
the field's label, is no missing field.

Seen in session 19 on drhold26's nerccip set (in sample now): the mitigation plan register chapter says the register
captures each plan's root cause, and lists each plan with "Root cause: Recovery plan not updated to reflect the new
Energy Management System ..."; the workbook keeps those causes in a 'Weakness' column ("Recovery plan not updated
for new EMS"), and DR04 said it had no column for 'root cause' (judged arguable). 'Weakness' is no synonym of 'root
cause' (in a plan of actions and milestones it is the deficiency found); here the documents show it holds the root
causes the chapter wrote, so it is read as that field. A 'Weakness' column holding other texts is still no root cause.
The texts are written for the test.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR04

CAUSES = ["Recovery plan not updated to reflect the new control system at the north site",
          "Remote session logging through the jump host was incomplete for some sessions",
          "Incident response test evidence was not retained per the evidence plan",
          "Backup restoration test at the east site was overdue"]
SHORT = ["Recovery plan not updated for new control system", "Remote session logging incomplete",
         "Incident response test evidence not retained", "Backup restoration test overdue"]


def _chapter() -> str:
    entries = "\n".join(f"## MIT-0{i + 1}\n\n- Root cause: {c}.\n- Remediation: fix item {i + 1}.\n"
                        for i, c in enumerate(CAUSES))
    return ("# Mitigation plan register\n\nThe register is kept in `records/mitigation-plans.csv`.\n\nFor each plan "
            "the register captures the source finding, the root cause, the remediation action, the accountable owner "
            "and the completion date.\n\n" + entries)


def _run(scan, weakness):
    scan.write("procedures/mitigation-plans.md", _chapter())
    scan.csv("records/mitigation-plans.csv", ["MIT ID", "Source Finding", "Weakness", "Remediation", "Owner", "Date"],
             [[f"MIT-0{i + 1}", f"PNC-0{i + 1}", w, f"Fix item {i + 1}", "Bell", dt.date(2027, 1, 10 + i)]
              for i, w in enumerate(weakness)])
    _, result = scan.run()
    return {c.subject: c for c in result.checks_for("DR04")}


def test_a_column_holding_the_values_written_under_the_label_is_the_field(scan):
    checks = _run(scan, SHORT)
    assert checks["root cause"].status is ClaimStatus.HOLDS, checks["root cause"].detail
    assert "'Weakness' filled in 100% of rows, holding what the procedure writes under 'root cause'" \
        in checks["root cause"].detail
    assert not [f for f in DR04.check(scan.run()[0]) if "root cause" in f.message]


def test_a_column_of_other_texts_is_still_no_root_cause(scan):
    checks = _run(scan, ["Firewall rule review", "Badge reader replaced", "Vendor contract renewed",
                         "Patch window moved"])
    assert checks["root cause"].status is ClaimStatus.DRIFTED, checks["root cause"].detail
    assert "has no column for 'root cause'" in checks["root cause"].detail
