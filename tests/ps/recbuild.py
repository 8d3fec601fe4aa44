"""Build Documents and RecordProfiles for PS/SH tests straight from rows.

records.profile() is written by another engineer; these tests need profiles whose
column types are known exactly, so they are built here from a Table, the same way
profile() fills the documented RecordProfile fields.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Sequence

from gapscan.model import Block, BlockType, Document, Kind, Location, Table
from gapscan.records import ColumnProfile, RecordProfile


def table(header: Sequence[str], rows: Sequence[Sequence], sheet: str = "Sheet1") -> Table:
    return Table(header=tuple(header), rows=tuple(tuple(r) for r in rows),
                 row_numbers=tuple(range(2, 2 + len(rows))), location=Location(sheet=sheet), header_row=1)


def record_doc(path: str, tbl: Table, title: str | None = None, kind: Kind = Kind.RECORD) -> Document:
    return Document(path=path, source="/nonexistent/" + path, format=path.rsplit(".", 1)[-1], title=title,
                    kind=kind, blocks=(Block(type=BlockType.TABLE, text="", location=tbl.location, table=tbl),))


def text_doc(path: str, paragraphs: Sequence[str], kind: Kind = Kind.PROCEDURE, title: str | None = None,
             headings: Sequence[str] = ()) -> Document:
    blocks = [Block(type=BlockType.HEADING, text=h, location=Location(line=i + 1), level=1)
              for i, h in enumerate(headings)]
    blocks += [Block(type=BlockType.PARAGRAPH, text=p, location=Location(line=len(headings) + i + 1))
               for i, p in enumerate(paragraphs)]
    return Document(path=path, source="/nonexistent/" + path, format=path.rsplit(".", 1)[-1], title=title,
                    kind=kind, blocks=tuple(blocks))


def profile(path: str, tbl: Table, types: dict[str, str], entry: str | None = None) -> RecordProfile:
    cols = []
    n = len(tbl.rows)
    people: Counter = Counter()
    for i, name in enumerate(tbl.header):
        values = tbl.column(i)
        filled = [v for v in values if v not in (None, "")]
        kind = types.get(name, "text")
        dates = tuple(v if isinstance(v, dt.date) else None for v in values) if kind == "date" else ()
        top = () if kind == "date" else tuple((str(v), c) for v, c in Counter(map(str, filled)).most_common(5))
        if kind == "person":
            people.update(map(str, filled))
        cols.append(ColumnProfile(name=name, index=i, type=kind, fill_rate=len(filled) / n if n else 0.0,
                                  distinct=len(set(map(str, filled))), dates=dates, top_values=top,
                                  date_order="ymd" if kind == "date" else None))
    entry_dates: tuple = ()
    if entry is not None:
        entry_dates = next(c.dates for c in cols if c.name == entry)
    real = [d for d in entry_dates if d is not None]
    return RecordProfile(path=path, table=tbl, columns=tuple(cols), row_count=n, entry_column=entry,
                         entry_dates=entry_dates, first_entry=min(real) if real else None,
                         last_entry=max(real) if real else None,
                         people=tuple(p for p, _ in people.most_common()))


def daily_dates(start: dt.date, end: dt.date, every: int = 1) -> list[dt.date]:
    out, d = [], start
    while d <= end:
        out.append(d)
        d += dt.timedelta(days=every)
    return out


def csv_record(tmp_path, name: str, lines: Sequence[str]) -> tuple[Document, RecordProfile]:
    """A csv written to tmp_path, parsed and profiled by gapscan's own ingest and records (not built by hand)."""
    from dataclasses import replace

    from gapscan import ingest, records

    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = replace(ingest.parse_file(path, name), kind=Kind.RECORD)
    return doc, records.profile(doc)
