"""Turn a grid of cells (a sheet, a CSV, a Word table) into a Table with a header.

Real registers rarely start at A1: a title, a logo row or a revision line often sit
above the header. The header is the first row that is mostly short text and is
followed by data; the text above it becomes the table's title.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from itertools import chain, compress
from operator import methodcaller, ne

from gapscan.dates import TIME_STAMP
from gapscan.model import Location, Table, Value, column_letter

MAX_TITLE_ROWS = 12
MAX_HEADER_CELL_CHARS = 80

_INT = re.compile(r"[-+]?(?:0|[1-9]\d{0,17})")
_FLOAT = re.compile(r"[-+]?(?:\d+\.\d+|\.\d+)(?:[eE][-+]?\d+)?")


@lru_cache(maxsize=1 << 16)
def light_value(text: str) -> Value:
    """Type a text cell lightly: integers and decimals become numbers, "" becomes None.

    Leading zeros stay text ("007" is an identifier); dates stay text because the
    record profiler decides day/month order across a whole column. Cached: logs repeat
    the same names, dates and codes thousands of times.
    """
    s = text.strip()
    if not s:
        return None
    if not (s[0].isdigit() or s[0] in "+-."):
        return s
    if _INT.fullmatch(s):
        return int(s)
    if _FLOAT.fullmatch(s):
        return float(s)
    return s


def is_empty(value: Value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_label(value: Value) -> bool:
    """A cell that could name a column: short text, not a number or a time stamp. A date alone may head a column
    (a rota's "Task,06/01/2025,13/01/2025"); a date with its time of day ("2025-06-12 09:28:48") is when an entry
    was made: a log of one line with no header row (drhold27's DanialGrey/secure-home-network maintenance_log.csv,
    "2025-06-12 09:28:48, Danial, Test") was read as a header over no entries."""
    if not isinstance(value, str):
        return False
    s = value.strip()
    if not s or len(s) > MAX_HEADER_CELL_CHARS:
        return False
    return light_value(s).__class__ is str and not (s[0].isdigit() and TIME_STAMP.fullmatch(s))


def _blank(row: list[Value]) -> bool:
    return row.count(None) == len(row)


def _span(row: list[Value]) -> tuple[int, int] | None:
    """First and last filled column of a row, None for a blank row."""
    n = len(row)
    if n and row[0] is not None and row[-1] is not None:
        return 0, n - 1
    first = next((i for i in range(n) if row[i] is not None), None)
    if first is None:
        return None
    last = next(i for i in range(n - 1, -1, -1) if row[i] is not None)
    return first, last


def trim_grid(grid: list[list[Value]]) -> tuple[list[list[Value]], int]:
    """Drop trailing empty rows and leading/trailing empty columns; return (grid, first column).

    Cells must already use None for empty (light_value and normalise_cell do). Rows may be lists or
    tuples; a row padded to the width comes back as a list.
    """
    rows = list(grid)
    while rows and _blank(rows[-1]):
        rows.pop()
    if not rows:
        return [], 0
    n = max(map(len, rows))
    # a filled first cell in some row, and a filled last cell in some row of the widest length, are
    # the common case (a log's key and last columns): no row's span has to be found then
    if any(r and r[0] is not None for r in rows) and any(len(r) == n and r[-1] is not None for r in rows):
        first, last = 0, n - 1
    else:
        spans = [s for s in map(_span, rows) if s is not None]
        first = min(s[0] for s in spans)
        last = max(s[1] for s in spans)
    width = last + 1 - first
    out = []
    for r in rows:
        if first == 0 and len(r) == width:
            out.append(r)
        else:
            r = r[first:last + 1]
            out.append([*r, *[None] * (width - len(r))] if len(r) < width else r)  # rows may be tuples
    return out, first


def find_header(grid: list[list[Value]], *, max_title_rows: int = MAX_TITLE_ROWS) -> int | None:
    """Index of the header row in a trimmed grid, or None when no row reads as a header.

    A header is the first row that is mostly filled (at least half the table's width,
    at least two cells unless the table has one column) with short labels only; a title
    row (one cell, or one value repeated across a merge) never qualifies.
    """
    if not grid:
        return None
    width = max(len(r) for r in grid)
    need = 1 if width == 1 else max(2, (width + 1) // 2)
    for i, row in enumerate(grid[: max_title_rows + 1]):
        filled = [v for v in row if not is_empty(v)]
        if len(filled) < need or not all(_is_label(v) for v in filled):
            continue
        if len({str(v).strip().lower() for v in filled}) == 1 and len(filled) > 1:
            continue  # one value repeated across a merged title row
        return i
    return None


def header_names(row: list[Value], first_column: int) -> tuple[str, ...]:
    """Header labels; a blank gets its column letter, a repeat gets a ' (2)' suffix."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for i, v in enumerate(row):
        name = " ".join(str(v).split()) if not is_empty(v) else column_letter(first_column + i)
        key = name.lower()
        if key in seen:
            seen[key] += 1
            name = f"{name} ({seen[key]})"
        else:
            seen[key] = 1
        names.append(name)
    return tuple(names)


def _title_of(rows: list[list[Value]]) -> str | None:
    parts = [" ".join(str(v).split()) for r in rows for v in r if not is_empty(v)]
    return " - ".join(parts) if parts else None


def build_table(grid: list[list[Value]], row_numbers: list[int], location: Location, *,
                first_column: int = 0, max_title_rows: int = MAX_TITLE_ROWS,
                fill=None, known_header: int | None = None,
                row_lines: list[int] | None = None, normalised: bool = False) -> Table | None:
    """A Table from a raw grid whose rows are at `row_numbers` (1-based source rows).

    `grid` may be ragged and untrimmed; `first_column` is the grid's own column offset
    (for A1 names). `fill(grid, row_numbers, first_column)` may fill merged cells: it runs
    after the header is found so a merged title row never looks like a header.
    `known_header` is the header's index in `grid` when the format marks it (Markdown's
    row above |---|, HTML <th>); otherwise the header is detected. Empty cells should be
    None (light_value and normalise_cell give that). `row_lines` are the source lines of the
    rows of a table in a text file, kept beside each row that stays. `normalised`: every cell is
    normalise_cell's (normalise_grid's), so no cell is blank text and no row needs that pass.
    None for a grid with no values.
    """
    if not normalised:
        grid = [[None if is_empty(v) else v for v in r] if "" in r else r for r in grid]
    lead = next((i for i, r in enumerate(grid) if not _blank(r)), None)
    if lead is None:
        return None
    trimmed, offset = trim_grid(grid[lead:])
    if not trimmed:
        return None
    numbers = list(row_numbers[lead:lead + len(trimmed)])
    lines = list(row_lines[lead:lead + len(trimmed)]) if row_lines else [None] * len(trimmed)
    first = first_column + offset
    if known_header is not None and lead == 0 and known_header < len(trimmed):
        header_at = known_header
    else:
        header_at = find_header(trimmed, max_title_rows=max_title_rows)
    title = _title_of(trimmed[:header_at]) if header_at is not None else None
    if fill is not None:
        trimmed = fill(trimmed, numbers, first)
    width = len(trimmed[0])
    if header_at is None:
        header = tuple(column_letter(first + i) for i in range(width))
        body, body_numbers, body_lines, header_row = trimmed, numbers, lines, None
    else:
        header = header_names(trimmed[header_at], first)
        body, body_numbers, body_lines = trimmed[header_at + 1:], numbers[header_at + 1:], lines[header_at + 1:]
        header_row = numbers[header_at]
    # blank spacer rows inside a log carry nothing
    filled = list(map(ne, map(_NONES, body), map(len, body)))
    return Table(header=header, rows=tuple(map(tuple, compress(body, filled))),
                 row_numbers=tuple(compress(body_numbers, filled)), location=location,
                 header_row=header_row, first_column=first, title=title,
                 row_lines=tuple(compress(body_lines, filled)) if row_lines else ())


_NONES = methodcaller("count", None)


_MISS = object()


class _Normalised(dict):
    """normalise_cell of each value looked up, made on the first lookup."""

    __slots__ = ()

    def __missing__(self, value):
        normal = self[value] = normalise_cell(value)
        return normal


def normalise_grid(grid: list[list[object]]) -> list[tuple[Value, ...]]:
    """normalise_cell over a sheet's rows, each distinct value made once and shared by every
    cell that holds it. A log repeats its names, statuses and dates thousands of times: shared,
    they cost one object each in this process, are pickled once (the memo) on the way from a
    parse worker, and stay shared in the process that unpickles them. Rows come as tuples, which
    a Table holds: build_table keeps them instead of copying each row once more.
    Keyed by value alone (one dict lookup per cell, made in C) unless the sheet holds values that
    are equal in a dict but normalised apart: True and 1, or an int and a float past 2**53; then
    keyed by type too."""
    kinds = set(map(type, chain.from_iterable(grid)))
    if bool not in kinds and not (int in kinds and float in kinds):
        lookup = _Normalised().__getitem__
        try:
            return [tuple(map(lookup, r)) for r in grid]
        except TypeError:  # an unhashable value: the typed path normalises it on its own
            pass
    memo: dict[type, dict] = {}
    out = []
    for r in grid:
        row = []
        append = row.append
        for v in r:
            kind = v.__class__
            by = memo.get(kind)
            if by is None:
                by = memo[kind] = {}
            try:
                n = by.get(v, _MISS)
            except TypeError:  # an unhashable value: normalised on its own
                append(normalise_cell(v))
                continue
            if n is _MISS:
                n = by[v] = normalise_cell(v)
            append(n)
        out.append(tuple(row))
    return out


_INFINITY = float("inf")


def normalise_cell(value: object) -> Value:
    """Spreadsheet values as the model carries them: 3.0 -> 3, "" -> None, times as text."""
    kind = type(value)
    if kind is str:
        return value if value and not value.isspace() else None
    if kind is float:
        if value != value or value == _INFINITY or value == -_INFINITY:
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if value is None or kind is bool or kind is int or kind is dt.date or kind is dt.datetime:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return value
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S") if value.second else value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        return str(value)
    text = str(value)
    return text if text.strip() else None
