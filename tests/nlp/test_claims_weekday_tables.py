"""Cadences read from a table whose columns are the days of the week. A lab's water-quality schedule is a row of
five cells under "| Monday | Tuesday | Wednesday | Thursday | Friday |", each listing that day's measurements
("light, pH, salinity, temperature, NH4"): gapscan read no claim from it (cells are short lists, and no column
says how often), so the daily readings its logs hold were never checked against the schedule. Each thing done is
now a cadence: on every day of the table, every working day (Monday to Friday) or every day (all seven); on some
of them, so many times a week. A table of people on call by day is not a schedule of tasks unless a task column
says what is done."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.nlp.claims import extract_claims


def _freqs(tmp_path: Path, text: str):
    path = tmp_path / "schedule.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, "schedule.md")
    return sorted((c.activity.lower(), c.interval_days) for c in extract_claims(doc) if c.kind == "frequency")


WEEK = """# Tank room schedule

## daily measurements
| Monday | Tuesday | Wednesday | Thursday | Friday |
| --- | --- | --- | --- | --- |
| light, pH, salinity, NH4 | light, pH, salinity, hardness (KH) | light, pH, salinity, NH4 | light, pH, salinity | light, pH, salinity |
"""


def test_a_weekday_column_table_gives_each_task_its_cadence(tmp_path):
    assert _freqs(tmp_path, WEEK) == [("hardness (kh)", 7.0), ("light", 1), ("nh4", 3.5), ("ph", 1),
                                      ("salinity", 1)]


TICKS = """# Cleaning rota

| Task | Mon | Tue | Wed | Thu | Fri | Sat | Sun |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Sweep the floor | x | x | x | x | x | x | x |
| Empty the bins | x | | | x | | | |
| Defrost the freezer | | | | | x | | |
"""


def test_ticks_under_the_days_give_the_row_s_task_its_cadence(tmp_path):
    assert _freqs(tmp_path, TICKS) == [("defrost the freezer", 7.0), ("empty the bins", 3.5),
                                       ("sweep the floor", 1)]


ON_CALL = """# Contacts

| Mon | Tue | Wed | Thu | Fri |
| --- | --- | --- | --- | --- |
| Jo Bloggs | Sam Smith | Jo Bloggs | Ann Lee | Sam Smith |
"""


def test_a_table_of_who_is_in_on_each_day_is_no_schedule_of_tasks(tmp_path):
    assert _freqs(tmp_path, ON_CALL) == []


def test_a_table_with_one_weekday_column_is_no_week(tmp_path):
    text = "# Deliveries\n\n| Supplier | Monday | Notes |\n| --- | --- | --- |\n| Acme | yes | early |\n"
    assert _freqs(tmp_path, text) == []
