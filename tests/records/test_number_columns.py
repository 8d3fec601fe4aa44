"""A column holding only ints and floats is typed without the text tests (records._column_type's shortcut);
these hold the reasons that shortcut gives the types the text tests gave."""
from __future__ import annotations

import datetime as dt

from gapscan.model import Location, Table
from gapscan.records import BOOLEAN_VALUES, _cell_text, _column_type, _profile_column


NUMBERS = [0, 1, -1, 7, 10**20, 0.0, -0.0, 1.0, 2.5, -0.25, 1e-7, 1e22, 3.0e16, float("inf"), float("-inf"),
           float("nan")]


def test_no_number_reads_as_a_tick_word():
    # the shortcut says "not boolean" for any column of numbers: if a tick word ever looked like a number
    # ("1", "0"), this fails and the shortcut must go
    assert not [v for v in NUMBERS if _cell_text(v).lower() in BOOLEAN_VALUES]


def test_numbers_are_numbers_and_distinct_ids_identifiers():
    readings = [20.5, 21.0, 19.75, 20.5, 22, 18] * 5
    assert _column_type("Reading", readings, 0.0) == "number"
    assert _column_type("Asset ID", list(range(100, 130)), 0.0) == "identifier"
    # 1 and 1.0 read as one text ("1"), so this identifier column repeats a value in a third of its rows
    assert _column_type("Asset ID", [1, 1.0, 2, 2.0, 3, 3.0] * 2 + list(range(10, 20)), 0.0) == "number"
    assert _column_type("Asset ID", [5] * 30, 0.0) == "number"


def test_a_tick_among_numbers_is_not_taken_for_a_number_column():
    # True is not an int here: the column goes through the text tests, as before
    ticks = [True, False] * 10 + [1]
    assert _column_type("Guard OK", ticks, 0.0) == "boolean"


def test_float_values_are_counted_under_their_cell_text():
    rows = tuple((v,) for v in [2.0, 2, 2.5, 2.5, 1e22, float("inf"), 0.1 + 0.2, None, dt.date(2026, 3, 1)])
    table = Table(header=("Value",), rows=rows, row_numbers=tuple(range(2, 2 + len(rows))), location=Location())
    col = _profile_column("log.xlsx", table, 0, None, len(rows), 1)
    assert dict(col.top_values) == {"2": 2, "2.5": 2, "10000000000000000000000": 1, "inf": 1,
                                    "0.30000000000000004": 1, "2026-03-01": 1}
