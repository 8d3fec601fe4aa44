"""A register's identifier column (drift.register_columns_of) read only as far as the share of identifiers can still
be reached: the same columns as reading every cell, and a column of descriptions given up early (issue 11)."""
from __future__ import annotations

import datetime as dt
import random

from gapscan import drift
from gapscan.model import Block, BlockType, Document, Kind, Location, Table
from gapscan.records import profile


def _by_hand(rows, index):
    # what register_columns_of read before: every filled cell's text, then the identifiers among them
    values = [str(v).strip() for v in (r[index] if index < len(r) else None for r in rows)
              if v is not None and str(v).strip()]
    ids = [v for v in values if drift._ID_CELL.fullmatch(v)]
    if not ids or len(ids) < drift.ID_SHARE * len(values):
        return None
    return ids


def test_identifiers_are_those_of_every_cell_read():
    rnd = random.Random(11)
    cells = ["NC-001", " CR-12 ", "R 7", "ADR-0003", "Label missing on batch 4", "", "   ", None, 0, 12, 3.5,
             dt.date(2025, 1, 2), "IR-2026-001", "x", "done", "RISK-004a"]
    for _ in range(4000):
        n = rnd.randint(0, 30)
        rows = []
        for _ in range(n):
            width = rnd.randint(0, 3)  # short rows: the column's cell is None, as Table.column gives it
            rows.append(tuple(rnd.choice(cells) for _ in range(width)))
        for index in range(3):
            assert drift._identifiers(rows, index) == _by_hand(rows, index), (rows, index)


def test_shares_at_and_around_the_threshold():
    for ids in range(0, 11):
        for texts in range(0, 11):
            for blanks in (0, 1, 5):
                rows = [(f"NC-{i:03d}",) for i in range(ids)] + [("a note",)] * texts + [(None,)] * blanks
                for order in (rows, rows[::-1]):
                    assert drift._identifiers(order, 0) == _by_hand(order, 0), (ids, texts, blanks)


class _Counted(str):
    """A cell text that counts how often it is read."""
    reads = 0

    def strip(self, *args):
        type(self).reads += 1
        return str.strip(self, *args)

    def __str__(self):
        return self


def test_a_column_of_descriptions_is_given_up_after_a_fifth_of_it():
    rows = [(_Counted(f"The operator checks line {i} before the shift"),) for i in range(1000)]
    _Counted.reads = 0
    assert drift._identifiers(rows, 0) is None
    # read every cell (twice) before: 2,000 reads; given up once 201 of the 1,000 are not identifiers
    assert _Counted.reads <= 210


def _record(rows: list[tuple]) -> Document:
    header = ("Ref", "Description", "Raised")
    table = Table(header=header, rows=tuple(rows), row_numbers=tuple(range(2, len(rows) + 2)),
                  location=Location(sheet="Log", row=1))
    return Document(path="log.xlsx", source="/tmp/log.xlsx", format="xlsx", kind=Kind.RECORD,
                    blocks=(Block(type=BlockType.TABLE, text="", table=table, location=Location(sheet="Log")),))


def test_register_columns_found_as_before():
    day = dt.date(2025, 1, 1)
    rows = [(f"NC-{i:03d}", f"Label missing on batch {1000 + i}", day + dt.timedelta(days=i)) for i in range(60)]
    doc = _record(rows)
    prof = profile(doc)
    found = drift.register_columns_of(doc.path, prof)
    assert [(p, j) for p, j, _ in found] == [("log.xlsx", 0)]
    assert found[0][2] == {("NC", 0): 60}
    # one identifier in five a note: still the share; one more and it is not
    mixed = [((f"NC-{i:03d}" if i % 5 else "see note"),) + r[1:] for i, r in enumerate(rows)]
    assert _by_hand(mixed, 0) is not None
    assert [j for _, j, _ in drift.register_columns_of("log.xlsx", profile(_record(mixed)))] == [0]
    fewer = mixed[:1] + [("see note",) + mixed[1][1:]] + mixed[2:]
    assert _by_hand(fewer, 0) is None
    assert drift.register_columns_of("log.xlsx", profile(_record(fewer))) == ()
