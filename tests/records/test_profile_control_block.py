"""A log that opens with its document control block (Field | Value: version, date, organisation, regulator,
status) and then holds its entries. A held-out HIPAA programme's decision logs had eight control rows above
four decisions: the control block became the log's main table, so PS03 read 'hhs office' (the regulator's
name) as the work the log is about. A two-column block of labels is the page's header, not its entries."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.records import profile

LOG = """# Change Log — Phase 2

| Field | Value |
|---|---|
| Version | 1.0 |
| Date | 2026-03-01 |
| Organisation | Harbour Clinic |
| Regulator | State Health Board |
| Phase | 2 — Network |
| Author | IT team |
| Status | Approved |
| Classification | Internal |

| ID | Date | Change | Approved by |
|---|---|---|---|
| CH-1 | 2026-02-02 | Firewall rule for the lab VLAN | Lee |
| CH-2 | 2026-02-09 | New backup target for the EHR | Lee |
| CH-3 | 2026-02-16 | MFA on the VPN | Ortiz |
"""

TWO_COLUMN_LOG = """# Fridge temperatures

| Date | Reading |
|---|---|
| 2026-02-02 | 4.1 C |
| 2026-02-03 | 4.3 C |
| 2026-02-04 | 3.9 C |
| 2026-02-05 | 4.0 C |
| 2026-02-06 | 4.2 C |

| Checked by | Role | Signature |
|---|---|---|
| Lee | Nurse | signed |
"""


def _profile(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, name)
    assert doc.ok
    return profile(doc)


def test_the_entries_not_the_control_block_are_the_log(tmp_path):
    prof = _profile(tmp_path, "change-log.md", LOG)
    # before: the profile's columns were Field and Value, its rows the eight control lines
    assert [c.name for c in prof.columns] == ["ID", "Date", "Change", "Approved by"]
    assert prof.row_count == 3


def test_a_two_column_log_of_dates_stays_the_log(tmp_path):
    prof = _profile(tmp_path, "fridge-temperatures.md", TWO_COLUMN_LOG)
    assert [c.name for c in prof.columns] == ["Date", "Reading"]


def test_a_signature_line_under_the_block_is_not_the_log(tmp_path):
    text = LOG.split("| ID |")[0] + "| Signed by | Role | Date |\n|---|---|---|\n| Lee | Nurse | 2026-03-01 |\n"
    prof = _profile(tmp_path, "change-log.md", text)
    assert [c.name for c in prof.columns] == ["Field", "Value"]
