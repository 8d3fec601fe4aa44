"""PS01 and a log whose entries are about the equipment a procedure lists by its codes.

A small manufacturer's cooling-system maintenance procedure lists each line's valves by code (V-15, V-16, V-17)
and says how their calibration is checked; beside it, the line's maintenance log records work orders on those
valves, one row per job ('2023-07-10 | WO-3112 | V-17 | Calibration check | S. Kim'). No sentence of the procedure
names the log, so PS01 called it a record kept outside the documented system (ricordoyan/manufacturing-copilot,
Maintenance-Log-Line3.md, December 2026); but its entries are the procedure's equipment, item by item. A log whose
entries name one of a procedure's codes, or whose codes are each row's own number or name documents, is not
tied to the procedure by them."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings, write_csv

SOP = """# Cooling valve maintenance

## Valves

| Line | Valves |
|------|--------|
| Line 1 | V-11, V-12 |
| Line 3 | V-15, V-16, V-17 |

## Schedule

Maintenance technicians check the flow rate calibration of every valve every 30 days and replace worn seals.
Record the measured flow at each position and compare it with the baseline.
"""

TOML = '[kinds]\n"sop/*.md" = "procedure"\n"logs/*.csv" = "record"\n'


def _log(root: Path, name: str, header, rows) -> None:
    write_csv(root / "logs" / name, header, rows)


def _jobs(components):
    return [(f"2023-{m:02d}-{d:02d}", f"WO-{3000 + 10 * m + d}", comp, "Calibration check", "S. Kim", "within spec")
            for m in range(1, 7) for d, comp in zip((5, 6, 7), components)]


HEADER = ("Date", "Work Order", "Component", "Action", "Technician", "Notes")


def test_a_log_of_jobs_on_the_procedure_s_valves_is_no_shadow_record(tmp_path):
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "valves.md").write_text(SOP, encoding="utf-8")
    _log(tmp_path, "line3-jobs.csv", HEADER, _jobs(("V-15", "V-16", "V-17")))
    assert [f.path for f in rule_findings(tmp_path, "PS01", TOML)] == []


def test_logs_the_codes_do_not_tie_to_the_procedure_are_still_shadow_records(tmp_path):
    (tmp_path / "sop").mkdir()
    (tmp_path / "sop" / "valves.md").write_text(SOP, encoding="utf-8")
    # one of the procedure's valves, the rest another line's
    _log(tmp_path, "line9-jobs.csv", HEADER, _jobs(("V-15", "V-91", "V-92")))
    # the procedure's codes, but each row's own number: a list of the valves, not entries about them
    _log(tmp_path, "purchases.csv", ("Valve", "Supplier", "Bought"),
         [("V-11", "Acme", "2020-01-04"), ("V-12", "Acme", "2020-01-04"), ("V-15", "Flo", "2021-03-02"),
          ("V-16", "Flo", "2021-03-02"), ("V-17", "Flo", "2021-03-02")])
    # the codes repeat, but in a column that names no equipment (the documents people were trained on)
    _log(tmp_path, "training.csv", ("Date", "Trainee", "Document", "Trainer"),
         [(f"2023-0{m}-1{d}", f"P{d}", ("V-15", "V-16")[d % 2], "Ann Lee") for m in range(1, 5) for d in range(3)])
    found = sorted(f.path for f in rule_findings(tmp_path, "PS01", TOML))
    assert found == ["logs/line9-jobs.csv", "logs/purchases.csv", "logs/training.csv"]
