"""dates.read_column reads a column of calendar dates and blanks without parsing each value, and skips a text
too long to be a date; these hold what parsing each value gave."""
from __future__ import annotations

import datetime as dt

from gapscan.dates import parse_date, read_column


def _each(values, order="dmy", serials=False):
    return tuple(None if v is None or v == "" else parse_date(v, order, serials=serials) for v in values)


def test_a_column_of_dates_and_blanks_reads_each_date_as_itself():
    days = [dt.date(2026, 3, d) for d in (1, 2, 2, 5)] + [None, dt.date(2025, 12, 31), None]
    col = read_column(days, header="Date closed")
    assert col.dates == _each(days)
    assert (col.parsed, col.filled, col.order, col.share) == (5, 5, "ymd", 1.0)
    empty = read_column([None, None], header="Date")
    assert (empty.dates, empty.parsed, empty.filled, empty.order) == ((None, None), 0, 0, None)


def test_serials_beside_dates_are_still_read():
    # half the cells real dates: the numbers among them are Excel serials (a column not all dates)
    values = [dt.date(2026, 1, 5), dt.date(2026, 1, 6), 46030, None]
    col = read_column(values, header="Closed")
    assert col.dates == (dt.date(2026, 1, 5), dt.date(2026, 1, 6), dt.date(2026, 1, 8), None)


def test_datetimes_keep_their_day():
    values = [dt.datetime(2026, 2, 3, 14, 30), dt.date(2026, 2, 4)]
    assert read_column(values).dates == (dt.date(2026, 2, 3), dt.date(2026, 2, 4))


def test_long_texts_are_not_dates_in_either_order():
    long_time = "03/04/2026 10:00:00.000000000000000000000000001"  # the numeric pattern takes it, parse_date not
    values = ["14/03/2026", "03/25/2026", long_time, "  " + "x" * 45 + "  ", "05/06/2026"]
    col = read_column(values, header="Date")
    assert col.order == "mixed"
    assert col.dates == (dt.date(2026, 3, 14), dt.date(2026, 3, 25), None, None, dt.date(2026, 6, 5))
    plain = read_column(["14/03/2026", long_time, "x" * 41])
    assert plain.dates == (dt.date(2026, 3, 14), None, None)
    # 40 characters once stripped is still read
    padded = " " * 30 + "14 March 2026" + " " * 30
    assert read_column([padded, "15/03/2026"]).dates == (dt.date(2026, 3, 14), dt.date(2026, 3, 15))
