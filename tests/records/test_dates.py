"""Date parsing and per-column order inference."""
from __future__ import annotations

import datetime as dt

import pytest

from gapscan.dates import decide_order, order_for, parse_date, read_column, working_days_between

D = dt.date


@pytest.mark.parametrize("value,expected", [
    ("2026-03-04", D(2026, 3, 4)),
    ("2026-03-04T08:30:00", D(2026, 3, 4)),
    ("2026/03/04", D(2026, 3, 4)),
    ("3 Mar 2026", D(2026, 3, 3)),
    ("03-Mar-26", D(2026, 3, 3)),
    ("March 3, 2026", D(2026, 3, 3)),
    ("Tue 3rd March 2026", D(2026, 3, 3)),
    ("Sept 9 2025", D(2025, 9, 9)),
    (dt.datetime(2026, 3, 4, 10, 0), D(2026, 3, 4)),
    (D(2026, 3, 4), D(2026, 3, 4)),
    ("not a date", None),
    ("31/02/2026", None),
    (True, None),
    (None, None),
])
def test_parse_date_formats(value, expected):
    assert parse_date(value) == expected


def test_ambiguous_column_defaults_to_day_first_and_says_so():
    col = read_column(["01/02/2026", "03/04/2026", "05/06/2026"], header="Date")
    assert col.order == "dmy"
    assert col.dates[0] == D(2026, 2, 1)
    assert "ambiguous" in col.note and "date_orders" in col.note


def test_one_day_over_twelve_decides_the_whole_column():
    col = read_column(["01/02/2026", "03/04/2026", "25/04/2026"])
    assert col.order == "dmy"
    assert col.dates[1] == D(2026, 4, 3)
    assert "25/04/2026" in col.note


def test_month_first_column_is_read_month_first():
    col = read_column(["01/02/2026", "04/25/2026"])
    assert col.order == "mdy"
    assert col.dates == (D(2026, 1, 2), D(2026, 4, 25))


def test_mixed_column_reads_each_unambiguous_value_its_only_way():
    col = read_column(["13/01/2026", "01/14/2026", "02/03/2026"])
    assert col.order == "mixed"
    assert col.dates[:2] == (D(2026, 1, 13), D(2026, 1, 14))
    assert col.dates[2] == D(2026, 3, 2)  # ties stay day-first
    assert decide_order(["13/01/2026", "01/14/2026"])[0] == "mixed"


def test_excel_serials_under_a_date_header():
    col = read_column([45658, 45659.5, "45660", None], header="Date checked")
    assert col.order == "serial"
    assert col.dates[:3] == (D(2025, 1, 1), D(2025, 1, 2), D(2025, 1, 3))
    assert col.dates[3] is None and col.filled == 3


def test_a_tick_in_a_date_column_is_not_the_serial_day_it_equals():
    # True == 1 in Python: counting values must not fold a tick into the number 1 (or 45658 into True)
    col = read_column([True, 45658, 1, 45658.0, "  ", False, None, ""], header="Date")
    assert col.dates == (None, D(2025, 1, 1), None, D(2025, 1, 1), None, None, None, None)
    assert (col.parsed, col.filled, col.order) == (2, 6, "serial")


def test_numbers_without_a_date_header_are_not_dates():
    col = read_column([45658, 45659], header="Qty")
    assert col.parsed == 0 and col.order is None


def test_month_name_column():
    col = read_column(["3 Mar 2026", "March 10, 2026", "12-Apr-2026"])
    assert col.dates == (D(2026, 3, 3), D(2026, 3, 10), D(2026, 4, 12))


def test_configured_order_overrides_inference():
    orders = {"logs/a.csv:Date": "mdy", "logs/b.csv": "ymd"}
    assert order_for(orders, "logs/a.csv", "Date") == "mdy"
    assert order_for(orders, "logs/a.csv", "Other") is None
    assert order_for(orders, "logs/b.csv", "Any") == "ymd"
    col = read_column(["01/02/2026", "25/02/2026"], order="mdy")
    assert col.dates[0] == D(2026, 1, 2) and col.dates[1] is None


def test_working_days():
    monday, next_monday = D(2026, 3, 2), D(2026, 3, 9)
    assert working_days_between(monday, next_monday) == 5
    assert working_days_between(D(2026, 3, 6), D(2026, 3, 9)) == 1  # Friday -> Monday
    assert working_days_between(next_monday, monday) == -5
