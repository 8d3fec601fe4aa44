"""_table_fill's shortcuts for long registers give the counts the plain reading gives.

A register's rows past the first ones are only counted, and whether its tick boxes are one to a row is asked only
where a False cell in its first rows needs the answer: these tests hold the answers on small generated tables.
"""
from __future__ import annotations

import random

from gapscan.classify import DETAIL_ROWS, _axis, _table_fill
from gapscan.model import Location, Table


def _table(header, rows) -> Table:
    return Table(header=tuple(header), rows=tuple(tuple(r) for r in rows),
                 row_numbers=tuple(range(2, len(rows) + 2)), location=Location(sheet="Log"))


def _plain_axis(entries) -> bool:
    """The axis test written out plainly: the filled cells read 1, 2, 3 ... in order, none a bool."""
    filled = [v for v in entries if v is not None]
    return all(not isinstance(v, bool) and (v == n if isinstance(v, (int, float)) else str(v).strip() == str(n))
               for n, v in enumerate(filled, start=1))


def test_axis_is_read_from_the_first_filled_cell_whether_or_not_it_is_the_first_cell() -> None:
    assert _axis((1, 2, 3))
    assert _axis((None, 1, None, "2", 3.0))
    assert not _axis((None, 2, 3, 4))
    assert not _axis((None, True, 2, 3))
    assert not _axis((True, 2, 3))
    rng = random.Random(11)
    pool = [None, None, 1, 2, 3, "1", " 2", "3", True, False, 0, 1.0, "x"]
    for _ in range(3000):
        row = tuple(rng.choice(pool) for _ in range(rng.randint(3, 7)))
        if any(v is not None for v in row):
            assert _axis(row) == _plain_axis(row), row


def test_unticked_boxes_one_to_a_row_in_a_registers_first_rows_are_not_its_data() -> None:
    """One tick box to a row, in one column, each unticked: the rows are items left unticked, not entries.
    Read without counting boxes (a long register), the one-box question must still be asked."""
    rows = [(f"Check the valve {i}", False) for i in range(5)]
    fill = _table_fill([_table(["Item", "Done"], rows)], count_boxes=False)
    assert fill.filled_rows == 5 and fill.data_rows == 0
    # two boxes to a row are a choice, not one item each: an unticked one is a value entered
    rows = [(f"Check the valve {i}", False, True) for i in range(5)]
    fill = _table_fill([_table(["Item", "Yes", "No"], rows)], count_boxes=False)
    assert fill.data_rows == 5


def test_a_register_whose_first_rows_hold_no_false_cell_counts_as_before() -> None:
    """Counts and flags of 0 and 1 are no tick boxes; a False past the first rows is not read for data."""
    rows = [(f"2024-01-{1 + i % 28:02d}", "Open", i % 2, 0) for i in range(DETAIL_ROWS + 50)]
    rows[DETAIL_ROWS + 10] = ("2024-02-01", "Open", False, False)
    fill = _table_fill([_table(["Date", "Status", "Late", "Count"], rows)], count_boxes=False)
    assert fill.filled_rows == DETAIL_ROWS + 50 and fill.data_rows == DETAIL_ROWS + 50
