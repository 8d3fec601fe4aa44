"""A record no procedure names whose only dates are plans ('Scheduled_Date', 'Next_Audit_Date') is a lead, and says
so: its dates were read; none of them says when an entry was made. It used to say "none with a date that could be
read", which sends the reader to look for a broken date format (held-out binette87 GRC set's audit schedule,
drhold31, session 24)."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings

PROCEDURE = """# Incident Response Procedure

The on-call engineer records every incident in the incident log with its date, severity and the fix, and the
Security Lead reviews the incident log every month.
"""


def _write(root: Path) -> None:
    (root / "incident-procedure.md").write_text(PROCEDURE, encoding="utf-8")
    incidents = ["INC-%03d,2026-%02d-%02d,High,Phishing email reported,Closed" % (i, 1 + i // 4, 1 + 7 * (i % 4))
                 for i in range(1, 13)]
    (root / "incident-log.csv").write_text("Incident_ID,Date,Severity,What_Happened,Status\n"
                                           + "\n".join(incidents) + "\n", encoding="utf-8")
    audits = ["AUD-%03d,Review number %d,2026-%02d-15,Completed,Dana Moss,2027-%02d-15" % (i, i, i, i)
              for i in range(1, 11)]
    (root / "audit-schedule.csv").write_text("Audit_ID,Audit_Name,Scheduled_Date,Status,Auditor,Next_Audit_Date\n"
                                             + "\n".join(audits) + "\n", encoding="utf-8")


def test_a_record_dated_only_by_plans_says_its_dates_are_plans(tmp_path: Path):
    _write(tmp_path)
    found = rule_findings(tmp_path, "PS01", '[kinds]\n"incident-procedure.md" = "procedure"\n'
                                            '"incident-log.csv" = "record"\n"audit-schedule.csv" = "record"\n')
    [lead] = [f for f in found if f.path == "audit-schedule.csv"]
    assert lead.metrics.get("strength") == "lead"
    assert "could be read" not in lead.message
    assert "'Scheduled_Date'" in lead.message and "planned or due" in lead.message
