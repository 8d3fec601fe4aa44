"""SH02 and SH01 on CSV files written to disk and read through ingest and records.profile."""
import csv
import datetime as dt
import random
from dataclasses import replace

from gapscan.ingest import parse_file
from gapscan.model import Kind
from gapscan.records import profile
from gapscan.rules.base import Context
from gapscan.rules.sh import SH01, SH02


def _write_log(path, dates, rng):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Ref", "Date", "Area", "What happened", "Reported by"])
        for i, d in enumerate(dates):
            w.writerow([f"NM-{i + 1:03d}", d.strftime("%d/%m/%Y"), rng.choice(["Cell A", "Stores", "Yard"]),
                        rng.choice(["coolant on floor", "pallet leaning", "cable across walkway"]),
                        rng.choice(["Ann Lee", "Bo Chan", "Cy Park"])])


def _load(tmp_path, name, dates, seed):
    path = tmp_path / name
    _write_log(path, dates, random.Random(seed))
    doc = replace(parse_file(path, name), kind=Kind.RECORD)
    prof = profile(doc)
    assert prof is not None and prof.entry_column == "Date"
    return doc, prof


def test_real_csv_logs_stopped_and_steady(tmp_path):
    start = dt.date(2025, 1, 6)
    stopped = [start + dt.timedelta(days=5 * i) for i in range(40)]  # to mid-July 2025
    steady = [start + dt.timedelta(days=4 * i) for i in range(90)]  # to late December 2025
    a = _load(tmp_path, "near miss log.csv", stopped, 1)
    b = _load(tmp_path, "incident log.csv", steady, 2)
    ctx = Context(documents=(a[0], b[0]), records={a[1].path: a[1], b[1].path: b[1]})
    [f] = SH02.check(ctx)
    assert f.path == "near miss log.csv"
    assert f.metrics["status"] == "stopped"
    assert f.metrics["last_entry"] == stopped[-1].isoformat()
    assert f.metrics["days_silent"] == (steady[-1] - stopped[-1]).days
    assert f.location.row == 41  # the CSV line of the last entry (header on line 1)


def test_real_csv_audit_spike(tmp_path):
    rng = random.Random(3)
    audit = dt.date(2025, 9, 10)
    dates = [dt.date(2025, 1, 6) + dt.timedelta(days=10 * i) for i in range(35)]
    dates += [audit - dt.timedelta(days=rng.randint(0, 20)) for _ in range(25)]
    doc, prof = _load(tmp_path, "fire door checks.csv", sorted(dates), 4)
    [f] = SH01.check(Context(documents=(doc,), records={prof.path: prof}, audit_dates=(audit,)))
    assert f.metrics["entries_in_window"] >= 25
    assert f.metrics["lift"] > 4
    assert f.metrics["audit_dates_inferred"] is False
