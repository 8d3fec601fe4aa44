"""PS01 speaks as a finding only where the evidence would hold: a record that is a log of work (most entries dated,
on several days over weeks) in a set whose procedures can be seen to govern some of its records. A list, chart or
roster with no dated entries, a handful of entries over a few days, or a set whose procedures name none of its
records gives a lead (info, said so in the message and the metrics), not a finding. Held out, 3 of 21 PS01 were
right, all dated logs kept for weeks; the wrong ones were undated lists and charts and five readings of two weeks."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan.model import Severity

from ps_scan import rule_findings, write_csv

TOML = """
[kinds]
"procedures/*" = "procedure"
"records/*" = "record"
"""

PROC = ("# Tank water checks\n\n"
        "1. Every morning the technician reads temperature, salinity and pH of each tank.\n"
        "2. Write each reading in the tank water log with the date and your initials.\n"
        "3. Report a reading outside the limits to the lab manager the same day.\n")


def _day(i: int) -> str:
    return (dt.date(2026, 3, 2) + dt.timedelta(days=i)).isoformat()


def _governed_log(root: Path) -> None:
    (root / "procedures").mkdir(parents=True, exist_ok=True)
    (root / "procedures" / "tank water checks.md").write_text(PROC, encoding="utf-8")
    write_csv(root / "records" / "tank water log.csv", ["Date", "Tank", "Temperature", "Salinity", "pH", "Initials"],
              [[_day(i), f"T{i % 4 + 1}", 25 + i % 3, 35, 8.1, ["AK", "BL"][i % 2]] for i in range(60)])


def _by_path(findings):
    return {f.path: f for f in findings}


def test_a_dated_log_kept_for_weeks_that_no_procedure_names_is_a_finding(tmp_path: Path):
    _governed_log(tmp_path)
    # eleven doses on eleven days over seven weeks, by three people
    write_csv(tmp_path / "records" / "dosing tracking.csv", ["Date", "Reagent", "Volume mL", "Initials"],
              [[_day(5 * i), ["KH buffer", "Calcium"][i % 2], 20 + i, ["AK", "BL", "CM"][i % 3]] for i in range(11)])
    found = _by_path(rule_findings(tmp_path, "PS01", TOML))
    f = found["records/dosing tracking.csv"]
    assert f.metrics["strength"] == "finding"
    assert f.severity is Severity.WARNING
    assert not f.message.startswith("Lead")


def test_an_undated_list_is_a_lead_not_a_finding(tmp_path: Path):
    _governed_log(tmp_path)
    # who checked each shelf, but no date: a list that may be a log whose dates were not written or not read (a list
    # with nothing of a log gives no PS01 at all: test_ps01_undated_lists.py)
    write_csv(tmp_path / "records" / "solvent cabinet.csv", ["Chemical", "CAS", "Bottles", "Shelf", "Checked by"],
              [[f"Chemical {i}", f"{64 + i}-17-5", 1 + i % 3, f"S{i % 4}", ["AK", "BL"][i % 2]] for i in range(12)])
    found = _by_path(rule_findings(tmp_path, "PS01", TOML))
    f = found["records/solvent cabinet.csv"]
    # before: a warning "kept outside the documented system" like any working log
    assert f.metrics["strength"] == "lead"
    assert f.severity is Severity.INFO
    assert f.message.startswith("Lead, not a finding:")
    assert "dated on 0 days" in f.metrics["lead_reason"]


def test_a_few_readings_over_two_weeks_are_a_lead(tmp_path: Path):
    _governed_log(tmp_path)
    write_csv(tmp_path / "records" / "method compare.csv", ["Date", "Sample", "Method A", "Method B"],
              [[_day(3 * i), f"S{i}", 2200 + i, 2210 + i] for i in range(5)])
    f = _by_path(rule_findings(tmp_path, "PS01", TOML))["records/method compare.csv"]
    assert f.metrics["strength"] == "lead"
    assert "over 12 days" in f.metrics["lead_reason"]


def test_in_a_set_whose_procedures_name_none_of_its_records_a_log_is_a_lead(tmp_path: Path):
    (tmp_path / "procedures").mkdir(parents=True)
    (tmp_path / "procedures" / "tank water checks.md").write_text(PROC, encoding="utf-8")
    # the only record: a dated log no procedure names; the procedure names no record of the set either
    write_csv(tmp_path / "records" / "evaporator runs.csv", ["Date", "Material", "Thickness nm", "User"],
              [[_day(i), ["Au", "Cr", "Ti"][i % 3], 50 + i, ["AK", "BL"][i % 2]] for i in range(40)])
    f = _by_path(rule_findings(tmp_path, "PS01", TOML))["records/evaporator runs.csv"]
    assert f.metrics["strength"] == "lead"
    assert "name, describe or lay out none of its records" in f.metrics["lead_reason"]


def test_a_log_dated_by_day_and_month_without_the_year_is_a_finding(tmp_path: Path):
    _governed_log(tmp_path)
    # a night-temperature log of seven weeks: "02/03" .. "19/04", three readings a night, initials
    start = dt.date(2026, 3, 2)
    rows = [[(start + dt.timedelta(days=i // 3)).strftime("%d/%m"), ["22:00", "02:00", "05:00"][i % 3], 2.5,
             ["Ade", "Lou", "Mick"][i % 3]] for i in range(150)]
    write_csv(tmp_path / "records" / "night temps.csv", ["Date", "Time", "Chill 1", "Who"], rows)
    f = _by_path(rule_findings(tmp_path, "PS01", TOML))["records/night temps.csv"]
    # without the year no entry date is read, yet its 50 nights over seven weeks show a log of work
    assert f.metrics["strength"] == "finding"
