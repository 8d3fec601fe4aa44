"""Dates written as eight digits, year first ("20220117"), are dates when the column is headed as one.

A held-out coral lab's daily tank log (Date, Tank_ID, Temperature_C, ...: 20220117 ... 20220729), its older
water-table log and its notebook register (Start Date 20170813) were all "none with a date that could be
read (how recent is unknown)": the eight digits came in as a number and only Excel's five-digit day counts
were tried. A number like that in a column not headed as a date (a batch or lot number) stays a number."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan.dates import parse_date, read_column
from gapscan.ingest import parse_file
from gapscan.records import profile


def test_eight_digit_year_first_values_under_a_date_header_are_dates():
    col = read_column(["20220117", 20220118, "20220119"], header="Date")
    assert col.dates == (dt.date(2022, 1, 17), dt.date(2022, 1, 18), dt.date(2022, 1, 19))
    assert col.order == "ymd"


def test_eight_digits_that_are_no_calendar_day_are_not_dates():
    col = read_column([20221345, "20229901", 12345678], header="Date")
    assert col.parsed == 0


def test_eight_digits_without_a_date_header_stay_numbers():
    assert parse_date("20220117") is None
    assert parse_date(20220117) is None
    assert read_column([20220117, 20220118], header="Batch").parsed == 0


def _log(tmp_path: Path, header: str, rows: list[str]):
    path = tmp_path / "daily-tank-log.csv"
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return profile(doc)


def test_a_daily_log_dated_year_first_without_separators_is_dated(tmp_path):
    days = [dt.date(2022, 6, 1) + dt.timedelta(days=i) for i in range(30)]
    rows = [f"{d:%Y%m%d},tank{t},{25 + t / 10:.2f},{34.1 + t / 10:.2f}" for d in days for t in (1, 2)]
    prof = _log(tmp_path, "Date,Tank_ID,Temperature_C,Salinity_psu", rows)
    assert prof.column("Date").type == "date"
    assert min(prof.dated_entries) == dt.date(2022, 6, 1)
    assert max(prof.dated_entries) == dt.date(2022, 6, 30)


def test_a_lot_number_column_of_eight_digits_is_not_read_as_dates(tmp_path):
    rows = [f"2022-06-{d:02d},{20220100 + d},{d * 3}" for d in range(1, 21)]
    prof = _log(tmp_path, "Date,Lot,Quantity", rows)
    assert prof.column("Lot").type != "date"
    assert prof.column("Date").type == "date"


def test_a_date_header_joined_by_underscores_still_names_a_date():
    # "Date_Received", "tris.date": the header words are apart even when no space parts them
    assert read_column([20231002, 20231003], header="Date_Received").parsed == 2
    assert read_column(["20231109"], header="tris.date").parsed == 1
