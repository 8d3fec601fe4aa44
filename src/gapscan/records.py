"""Record understanding: what a working record holds, column by column.

The dataclasses here are the interface the drift (DR), parallel-system (PS) and
system-health (SH) stages read. `profile()` builds them from a Document's tables.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gapscan.model import Table

# Column types a profile assigns.
COLUMN_TYPES = ("date", "person", "status", "identifier", "number", "boolean", "text", "empty")


@dataclass(frozen=True, kw_only=True)
class ColumnProfile:
    name: str
    index: int
    type: str  # one of COLUMN_TYPES
    fill_rate: float  # share of rows with a value, 0..1
    distinct: int  # distinct non-empty values
    date_order: str | None = None  # "dmy", "mdy", "ymd", "serial", "mixed" for date columns
    dates: tuple[dt.date | None, ...] = ()  # parsed dates aligned with table rows (date columns)
    top_values: tuple[tuple[str, int], ...] = ()  # most common values and counts (non-date columns)


@dataclass(frozen=True, kw_only=True)
class RecordProfile:
    path: str
    table: Table  # the principal table (the one with most data rows)
    columns: tuple[ColumnProfile, ...]
    row_count: int
    entry_column: str | None  # the date column that dates each entry
    entry_dates: tuple[dt.date | None, ...]  # per row, from entry_column
    first_entry: dt.date | None
    last_entry: dt.date | None
    people: tuple[str, ...]  # distinct values of person/role columns, most frequent first
    tables: int = 1  # tables with data in the document

    def column(self, name: str) -> ColumnProfile | None:
        low = name.strip().lower()
        return next((c for c in self.columns if c.name.strip().lower() == low), None)

    @property
    def dated_entries(self) -> list[dt.date]:
        return sorted(d for d in self.entry_dates if d is not None)
