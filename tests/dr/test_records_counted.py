"""DR01's "among N records" counts the record files searched, as the report's head counts them: a page of two
logs is one record file (hipaa said 'among 120 records' beside a head of 119)."""
from __future__ import annotations

import datetime as dt

from gapscan.rules.dr import DR01

from .conftest import days


def _md_table(header, rows) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows]) + "\n"


def test_dr01_counts_a_page_of_two_logs_once(scan):
    scan.write("procedures/SOP-50 Glass control.md",
               "# SOP-50 Glass control\n\nThe Hygiene Lead audits every glass item each month and records it on "
               "the glass audit form.\n")
    scan.write("templates/Glass audit form.md",
               "# Glass audit form\n\nDate: ______  Auditor: ______\n\n"
               "| Item no. | Location | Condition OK (Y/N) | Action |\n|---|---|---|---|\n| | | | |\n| | | | |\n")
    first = days(dt.date(2025, 1, 6), [30, 30, 30])
    scan.write("records/Logs.md", "# Logs\n\n## Chiller checks\n\n"
               + _md_table(["Date", "Chiller", "Temperature"], [[d.isoformat(), "CH-1", "3.2"] for d in first])
               + "\n## Pest visits\n\n"
               + _md_table(["Visit date", "Contractor", "Findings"], [[d.isoformat(), "Pestco", "none"] for d in first]))
    scan.csv("records/Dock log.csv", ["Date", "Dock", "Checked by"], [[d, "D1", "Ann"] for d in first])
    found = {f.metrics["form"]: f for f in scan.findings(DR01)}
    audit = found["glass audit form"]
    assert audit.metrics["records_scanned"] == 2
    assert "among 2 records" in audit.message
