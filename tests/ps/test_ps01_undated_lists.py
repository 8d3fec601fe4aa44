"""PS01 says nothing of a record that dates none of its entries and has nothing else of a log: no column saying when
(a date, a day, a time of day, a start or an end), none saying who made or owns an entry, none saying what became of
it (status, progress, done), and no name calling it a log or a tracker. Such a table is a parts list, an inventory, a
chart of settings or a sheet of figures; it is no evidence that work is tracked outside the documented system. Held
out, 7 of the 16 PS01 leads were such tables, none worth a consultant's look (a design tool's parts list, four
chemical inventories, a settings trial, a sheet of programme metrics). An undated record that has any of these is
still a lead (its dates may not be readable), and so is a record dated below the log threshold."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ps_scan import rule_findings, write_csv

TOML = """
[kinds]
"procedures/*" = "procedure"
"records/*" = "record"
"""

PROC = ("# Kiln firing\n\n"
        "1. Load the kiln as the firing schedule says and fire it.\n"
        "2. Write each firing in the kiln firing log with the date, the peak temperature and your initials.\n")


def _set(root: Path) -> None:
    (root / "procedures").mkdir(parents=True, exist_ok=True)
    (root / "procedures" / "kiln firing.md").write_text(PROC, encoding="utf-8")
    start = dt.date(2026, 1, 5)
    write_csv(root / "records" / "kiln firing log.csv", ["Date", "Peak C", "Initials"],
              [[(start + dt.timedelta(days=3 * i)).isoformat(), 1220 + i, ["RT", "MO"][i % 2]] for i in range(30)])


def _paths(root: Path) -> dict:
    return {f.path: f for f in rule_findings(root, "PS01", TOML)}


def test_an_undated_parts_list_or_inventory_gives_no_ps01(tmp_path: Path):
    _set(tmp_path)
    write_csv(tmp_path / "records" / "controller parts.csv", ["Label", "Part Type", "Properties"],
              [[f"U{i}", ["Relay", "Header 4", "Buzzer"][i % 3], f"package DIP{8 + 2 * i}"] for i in range(7)])
    write_csv(tmp_path / "records" / "solvent cabinet.csv", ["Chemical", "CAS", "Bottles", "Shelf", "Health hazard"],
              [[f"Solvent {i}", f"{64 + i}-17-5", 1 + i % 3, f"S{i % 4}", i % 4] for i in range(12)])
    # a number under a heading with a unit is a duration, not when the entry was made
    write_csv(tmp_path / "records" / "glaze trials.csv", ["Soak time (min)", "Glaze", "Cone", "Crazing"],
              [[20 + 5 * (i % 3), f"G{i % 4}", 6 + i % 2, i % 2] for i in range(10)])
    found = _paths(tmp_path)
    # before: each a lead, "none of its N entries carries a date that could be read"
    assert "records/controller parts.csv" not in found
    assert "records/solvent cabinet.csv" not in found
    assert "records/glaze trials.csv" not in found


def test_an_undated_record_with_a_column_of_times_stays_a_lead(tmp_path: Path):
    _set(tmp_path)
    write_csv(tmp_path / "records" / "nutrient checks.csv", ["Test", "Time", "Ammonia", "Nitrate"],
              [[i + 1, f"{9 + i}:15", 0.01 * i, 12 + i] for i in range(6)])
    f = _paths(tmp_path)["records/nutrient checks.csv"]
    assert f.metrics["strength"] == "lead"
    assert "dated on 0 days" in f.metrics["lead_reason"]


def test_an_undated_record_naming_who_made_each_entry_stays_a_lead(tmp_path: Path):
    _set(tmp_path)
    write_csv(tmp_path / "records" / "shelf counts.csv", ["Shelf", "Count", "Checked by"],
              [[f"S{i}", 10 + i, ["RT", "MO", "JB"][i % 3]] for i in range(8)])
    assert _paths(tmp_path)["records/shelf counts.csv"].metrics["strength"] == "lead"


def test_an_undated_record_with_a_status_or_unread_dates_stays_a_lead(tmp_path: Path):
    _set(tmp_path)
    write_csv(tmp_path / "records" / "fixes.csv", ["Ref", "Fault", "Status"],
              [[f"F-{i}", f"fault {i}", ["open", "closed"][i % 2]] for i in range(6)])
    # dates gapscan cannot read ("week 3") under a heading that says when
    write_csv(tmp_path / "records" / "bench jobs.csv", ["Job", "Bench", "Started"],
              [[f"job {i}", f"B{i % 2}", f"week {i + 1}"] for i in range(6)])
    found = _paths(tmp_path)
    assert found["records/fixes.csv"].metrics["strength"] == "lead"
    assert found["records/bench jobs.csv"].metrics["strength"] == "lead"


def test_an_undated_record_its_name_calls_a_log_stays_a_lead(tmp_path: Path):
    _set(tmp_path)
    write_csv(tmp_path / "records" / "glaze mixing log.csv", ["Glaze", "Batch kg", "Water L", "Notes"],
              [[f"G{i % 4}", 5 + i, 2 + i % 3, ["sieved twice", "lumpy, remixed", "thin"][i % 3]] for i in range(9)])
    assert _paths(tmp_path)["records/glaze mixing log.csv"].metrics["strength"] == "lead"


def test_a_record_dated_below_the_log_threshold_stays_a_lead(tmp_path: Path):
    _set(tmp_path)
    # parts, no column of who or what, but each row dated: three days over a week
    write_csv(tmp_path / "records" / "clay deliveries.csv", ["Delivered", "Clay", "Bags"],
              [[["2026-02-02", "2026-02-05", "2026-02-09"][i % 3], f"clay {i}", 4 + i] for i in range(6)])
    f = _paths(tmp_path)["records/clay deliveries.csv"]
    assert f.metrics["strength"] == "lead"
    assert "6 of its 6 entries are dated, on 3 days" in f.metrics["lead_reason"]
