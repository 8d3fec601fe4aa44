"""Excel workbooks (.xlsx, .xlsm): every sheet with data becomes one table.

python-calamine reads the cached cell values fast (no formulas are evaluated) and
reports merged ranges, so openpyxl is not needed at run time.
"""
from __future__ import annotations

import re
from pathlib import Path

from gapscan.ingest.base import IngestError, Limits, RescanPart, WellFormedScanner, check_zip, make_document
from gapscan.ingest.tables import build_table, normalise_grid
from gapscan.model import Block, BlockType, Document, Location


# the r="B7" of a cell or the r="7" of a row (rows without r are counted by their tags)
_REF = re.compile(rb' r="([A-Z]{0,3})([0-9]{1,9})"')
# a reference past column Z or row 9,999; a part without one spans at most 26 x max(9,999, its <row> tags)
_FAR_REF = re.compile(rb' r="(?:[A-Z]{2}|[A-Z]?[0-9]{5})')
_NEAR_ROWS, _NEAR_COLUMNS = 9_999, 26


class SheetExtentScanner(WellFormedScanner):
    """Refuse a worksheet whose used range (rows x columns) is over the cell limit.

    calamine allocates the whole rectangle from A1 to the last cell, so two cells at A1 and
    XFD1048576 would ask for 17 billion slots: the extent is read from the raw XML first.
    Most sheets have no reference past Z9999, which one search tells: such a sheet is within
    the limit without reading each reference. A part with one (or more <row> tags than the
    bound allows) is fed again from its start and every reference is read.
    Every workbook part calamine reads must also be well-formed XML.
    """

    def __init__(self, limits: Limits) -> None:
        super().__init__("Excel")
        self.limits = limits
        self.rows: dict[str, int] = {}
        self.max_row: dict[str, int] = {}
        self.max_col: dict[str, int] = {}
        self.exact: set[str] = set()  # parts whose references are read one by one

    def wants(self, name: str) -> bool:
        return name.startswith("xl/") and name.endswith(".xml")

    def restart(self, name: str) -> None:
        super().restart(name)
        for state in (self.rows, self.max_row, self.max_col):
            state.pop(name, None)

    def feed(self, name: str, data: bytes) -> None:
        super().feed(name, data)
        if not name.startswith("xl/worksheets/"):
            return
        self.rows[name] = self.rows.get(name, 0) + data.count(b"<row")
        if name not in self.exact:
            if max(_NEAR_ROWS, self.rows[name]) * _NEAR_COLUMNS <= self.limits.max_cells \
                    and _FAR_REF.search(data) is None:
                return
            self.exact.add(name)
            raise RescanPart(name)
        refs = _REF.findall(data)
        rows = max(map(int, (n for _, n in refs)), default=0)
        cols = max(map(_column_number, {c for c, _ in refs if c}), default=1)
        row = max(rows, self.max_row.get(name, 0), self.rows[name])
        col = max(cols, self.max_col.get(name, 0))
        self.max_row[name], self.max_col[name] = row, col
        if row * col > self.limits.max_cells:
            sheet = name.rsplit("/", 1)[-1].removesuffix(".xml")
            raise IngestError(f"worksheet {sheet} spans {row} rows x {col} columns, over the "
                              f"{self.limits.max_cells} cell limit")


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    check_zip(source, limits, what="Excel", scanner=SheetExtentScanner(limits))
    blocks, title = read_workbook(source, limits, what="Excel workbook")
    return make_document(path=relpath, source=source, format="xlsx", blocks=blocks, title=title)


def read_workbook(source: Path, limits: Limits, *, what: str) -> tuple[list[Block], str | None]:
    """One TABLE block per sheet with data, in workbook order (shared with .ods)."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    try:
        workbook = CalamineWorkbook.from_path(str(source))
        names = [m.name for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise IngestError(f"cannot read {what}: {_first_line(exc)}") from None
    blocks: list[Block] = []
    cells = 0
    for name in names:  # chart and macro sheets hold no records
        try:
            sheet = workbook.get_sheet_by_name(name)
            grid = sheet.to_python(skip_empty_area=False, nrows=limits.max_rows + 1)
            merged = getattr(sheet, "merged_cell_ranges", None) or []
        except Exception as exc:
            raise IngestError(f"cannot read sheet {name!r}: {_first_line(exc)}") from None
        if len(grid) > limits.max_rows:
            raise IngestError(f"sheet {name!r} has more than {limits.max_rows} rows, over the limit")
        cells += sum(map(len, grid))
        if cells > limits.max_cells:
            raise IngestError(f"workbook has more than {limits.max_cells} cells, over the limit")
        rows = normalise_grid(grid)
        table = build_table(rows, list(range(1, len(rows) + 1)), Location(sheet=name),
                            fill=_merged_filler(merged), normalised=True)
        if table is None:
            continue
        text = table.title or name
        blocks.append(Block(type=BlockType.TABLE, text=text, location=Location(sheet=name), table=table))
    title = next((b.table.title for b in blocks if b.table and b.table.title), None)
    return blocks, title


def _merged_filler(merged):
    """Copy each merged range's top-left value into the range, as a reader sees it."""
    def fill(grid, row_numbers, first_column):
        if not merged:
            return grid
        index = {n: i for i, n in enumerate(row_numbers)}
        out = [list(r) for r in grid]
        width = len(out[0]) if out else 0
        for (r0, c0), (r1, c1) in merged:
            top = index.get(r0 + 1)
            if top is None:
                continue
            c_start, c_end = c0 - first_column, c1 - first_column
            if not (0 <= c_start < width):
                continue
            value = out[top][c_start]
            for r in range(r0, r1 + 1):
                i = index.get(r + 1)
                if i is None:
                    continue
                for c in range(max(c_start, 0), min(c_end, width - 1) + 1):
                    if out[i][c] is None:
                        out[i][c] = value
        return out
    return fill


def _first_line(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
