"""A spreadsheet's rows past the first DETAIL_ROWS are only counted (classify._tail_fill); counted, they must
be what reading each row gives: banner rows left out, blank rows, rows less than half filled."""
from __future__ import annotations

import datetime as dt

from gapscan.classify import DETAIL_ROWS, _table_fill
from gapscan.model import Location, Table


def _table(rows, header=("Ref", "Date", "Status", "By"), title=None) -> Table:
    return Table(header=header, rows=tuple(rows), row_numbers=tuple(range(2, len(rows) + 2)), location=Location(),
                 title=title)


def _log(tail, status="Closed"):
    head = [(f"R{i}", dt.date(2026, 1, 1) + dt.timedelta(days=i), status, "AK") for i in range(DETAIL_ROWS)]
    return head + tail


TAIL = [
    ("R900", dt.date(2026, 9, 1), "Closed", "AK"),   # filled
    ("R901", None, None, "AK"),                      # one of three: less than half
    ("R902", None, "Open", "AK"),                    # two of three: filled
    ("R903", None, None, None),                      # blank
    (None, "Week 40", "Week 40", "Week 40"),         # banner: one value across the row
    ("x", "Week 41", " Week 41", "Week 41"),         # banner: the same text once stripped
    ("R904", "A", "B", "A"),                         # ends alike, middle not: no banner
    ("R905",),                                       # a short row: blank
    ("R906", float("nan"), "x", float("nan")),       # nan is no value equal to itself: filled
]


def test_rows_past_the_detail_rows_are_counted_as_each_row_reads():
    fill = _table_fill([_table(_log(TAIL))], count_boxes=False)
    assert fill.filled_rows == DETAIL_ROWS + 4
    assert fill.data_rows == DETAIL_ROWS + 4
    assert fill.blank_rows == 2
    assert fill.example_rows == 0


def test_a_table_of_example_entries_counts_its_long_tail_as_examples():
    fill = _table_fill([_table(_log(TAIL), title="Example entries (delete before use)")], count_boxes=False)
    assert (fill.filled_rows, fill.data_rows) == (0, 0)
    assert fill.example_rows == DETAIL_ROWS + 5
    assert fill.blank_rows == 2


def test_a_planned_schedule_has_filled_rows_and_no_data():
    fill = _table_fill([_table(_log(TAIL, status="Planned"))], count_boxes=False)
    assert (fill.filled_rows, fill.data_rows) == (DETAIL_ROWS + 4, 0)
