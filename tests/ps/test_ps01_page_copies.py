"""PS01 and a register kept as a data file and shown on a page of its own. A held-out GRC portfolio
(binette87/cybersecurity-portfolio grc/, drhold31) keeps audits/audit-schedule.csv and a hand-kept
audits/audit-schedule.html that shows the same audits (AUD-001 ...) with fewer columns: PS01 gave the csv a lead
and the page a finding of its own, though the page is the register shown, not a second system (PS02 already pairs
the two and names where they differ). One register under one name in two formats, sharing its entries, is judged
once, on its data file; a page of the same name about other entries is judged on its own."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ps_scan import rule_findings, write_csv

TOML = '[kinds]\n"procedures/*" = "procedure"\n"records/*" = "record"\n"audits/*" = "record"\n'

PROC = ("# Tank water checks\n\n"
        "1. Every morning the technician reads temperature, salinity and pH of each tank.\n"
        "2. Write each reading in the tank water log with the date and your initials.\n")


def _day(i: int) -> str:
    return (dt.date(2026, 1, 5) + dt.timedelta(days=14 * i)).isoformat()


def _set(root: Path, page_ids: str) -> list:
    (root / "procedures").mkdir(parents=True)
    (root / "procedures" / "tank water checks.md").write_text(PROC, encoding="utf-8")
    write_csv(root / "records" / "tank water log.csv", ["Date", "Tank", "Temperature", "Initials"],
              [[_day(i), f"T{i % 4 + 1}", 25 + i % 3, ["AK", "BL"][i % 2]] for i in range(12)])
    names = ["Access review", "Firewall review", "Backup restore test", "Log audit", "Vendor review",
             "Tabletop exercise", "Config baseline", "Pentest", "SOC 2 readiness", "Policy review"]
    write_csv(root / "audits" / "audit-schedule.csv", ["Audit_ID", "Audit_Name", "Completed_Date", "Auditor", "Status",
                                                       "Findings_Count", "Notes"],
              [[f"AUD-{i + 1:03d}", names[i], _day(i), "Dana Kerr", "Completed", i % 4, "closed out"]
               for i in range(10)])
    prefix = "AUD" if page_ids == "same" else "EVT"
    rows = "".join(f"<tr><td>{prefix}-{i + 1:03d}</td><td>{names[i]}</td><td>{_day(i)}</td><td>Closed</td>"
                   f"<td>{i % 4}</td></tr>\n" for i in range(10))
    (root / "audits" / "audit-schedule.html").write_text(
        "<html><head><title>Audit schedule</title></head><body><h1>Audit schedule</h1>\n<table>\n"
        "<tr><th>Audit ID</th><th>Audit Name</th><th>Date</th><th>Status</th><th>Findings</th></tr>\n"
        f"{rows}</table></body></html>\n", encoding="utf-8")
    return rule_findings(root, "PS01", TOML)


def test_a_page_showing_the_registers_entries_is_judged_with_its_data_file(tmp_path):
    found = {f.path: f for f in _set(tmp_path, "same")}
    # before: a PS01 on audits/audit-schedule.html as well as on audits/audit-schedule.csv
    assert set(found) == {"audits/audit-schedule.csv"}
    assert "audit-schedule.html" in found["audits/audit-schedule.csv"].message


def test_a_page_of_the_same_name_about_other_entries_is_judged_on_its_own(tmp_path):
    found = {f.path for f in _set(tmp_path, "other")}
    assert found == {"audits/audit-schedule.csv", "audits/audit-schedule.html"}
