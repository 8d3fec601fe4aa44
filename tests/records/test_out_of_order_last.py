"""A log's last entry and one mistyped date. An evaporator's run log is kept in date order; one row among
March's reads 07/18/2025 (a month typed 07 for 03) while the log's real last rows are early July. Read as the
newest entry, that one date moved the log's last entry and the 90-day window every recent count is taken
in. A lone date that breaks the rows' order and stands further past the rest than any gap in the log is no
evidence of the last entry: it is set aside, and the profile says which row and why."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.records import profile


def _log(tmp_path: Path, days: list[str]) -> object:
    path = tmp_path / "run-log.csv"
    lines = ["Date,Operator,Material,Thickness"]
    lines += [f"{d},Op {i % 4},Au,{10 + i}" for i, d in enumerate(days)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return profile(doc)


def _days(start: dt.date, n: int, step: int = 2) -> list[str]:
    return [(start + dt.timedelta(days=step * i)).strftime("%m/%d/%Y") for i in range(n)]


def test_a_lone_date_out_of_order_is_not_the_last_entry(tmp_path):
    days = _days(dt.date(2025, 3, 1), 30)  # 1 March .. 28 April, every second day
    days.insert(10, "07/18/2025")  # mistyped among March's rows
    prof = _log(tmp_path, days)
    # before: last_entry 2025-07-18
    assert prof.last_entry == dt.date(2025, 4, 28)
    assert prof.set_aside == (10,)
    assert any("07/18/2025" in n or "2025-07-18" in n for n in prof.notes)


def test_two_mistyped_dates_are_both_set_aside(tmp_path):
    days = _days(dt.date(2025, 3, 1), 60)  # to 27 June
    days.insert(10, "07/18/2025")
    days.insert(30, "07/10/2025")
    prof = _log(tmp_path, days)
    assert prof.last_entry == dt.date(2025, 6, 27) and prof.set_aside == (10, 30)


def test_many_dates_past_the_end_are_not_set_aside(tmp_path):
    days = _days(dt.date(2025, 3, 1), 30)
    for k in (3, 9, 15, 21):
        days.insert(k, "07/18/2025")
    prof = _log(tmp_path, days)
    assert prof.last_entry == dt.date(2025, 7, 18) and prof.set_aside == ()


def test_a_last_date_at_the_end_of_the_log_is_kept(tmp_path):
    days = _days(dt.date(2025, 3, 1), 30) + ["07/18/2025"]  # a long pause, then one more run: in order
    prof = _log(tmp_path, days)
    assert prof.last_entry == dt.date(2025, 7, 18) and prof.set_aside == ()


def test_a_date_near_the_rest_is_kept_even_out_of_order(tmp_path):
    days = _days(dt.date(2025, 3, 1), 30)
    days.insert(10, "04/29/2025")  # out of order, but one day past the log's last row: within its spacing
    prof = _log(tmp_path, days)
    assert prof.last_entry == dt.date(2025, 4, 29) and prof.set_aside == ()


def test_an_unordered_log_keeps_its_newest_date(tmp_path):
    import random

    days = _days(dt.date(2025, 3, 1), 30)
    random.Random(4).shuffle(days)
    days.insert(10, "07/18/2025")
    prof = _log(tmp_path, days)
    assert prof.last_entry == dt.date(2025, 7, 18)


def test_a_newest_first_log_sets_aside_its_mistyped_date_too(tmp_path):
    days = list(reversed(_days(dt.date(2025, 3, 1), 30)))
    days.insert(20, "07/18/2025")
    prof = _log(tmp_path, days)
    assert prof.last_entry == dt.date(2025, 4, 28) and prof.set_aside == (20,)


def test_ps01_says_what_it_set_aside_and_counts_from_the_kept_last_entry(tmp_path):
    from types import SimpleNamespace

    from gapscan.rules.base import Context
    from gapscan.rules.ps import PS01, latest_row

    days = _days(dt.date(2025, 3, 1), 30)
    days.insert(10, "07/18/2025")
    path = tmp_path / "run-log.csv"
    path.write_text("Date,Operator,Material,Thickness\n"
                    + "".join(f"{d},Op {i % 4},Au,{10 + i}\n" for i, d in enumerate(days)), encoding="utf-8")
    doc = parse_file(path, path.name)
    proc = tmp_path / "cleaning.md"
    proc.write_text("# Cleaning procedure\n\nWipe the bench after each use.\n", encoding="utf-8")
    pdoc = parse_file(proc, proc.name)
    from dataclasses import replace

    from gapscan.model import Kind
    pdoc = replace(pdoc, kind=Kind.PROCEDURE)
    doc = replace(doc, kind=Kind.RECORD)
    prof = profile(doc)
    assert latest_row(prof)[0] != 10
    ctx = Context(documents=(pdoc, doc), records={doc.path: prof}, drift=SimpleNamespace(links={}))
    (f,) = PS01.check(ctx)
    # before: 6 entries "in the last 90 days" (of 2025-07-18), and row 12 (07/18) shown as the newest
    assert f.metrics["last_entry"] == "2025-04-28" and f.metrics["newest_in_set"] == "2025-04-28"
    assert f.metrics["recent_entries"] == 30 and "A12 (2025-07-18)" in f.message
