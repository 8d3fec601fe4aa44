"""Excel workbooks (.xlsx, .xlsm): every sheet with data becomes one table.

python-calamine reads the cached cell values fast (no formulas are evaluated) and
reports merged ranges, so openpyxl is not needed at run time.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest.base import IngestError, Limits, check_zip, make_document
from gapscan.ingest.tables import build_table, normalise_cell
from gapscan.model import Block, BlockType, Document, Location


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    check_zip(source, limits, what="Excel")
    blocks, title = read_workbook(source, limits, what="Excel workbook")
    return make_document(path=relpath, source=source, format="xlsx", blocks=blocks, title=title)


def read_workbook(source: Path, limits: Limits, *, what: str) -> tuple[list[Block], str | None]:
    """One TABLE block per sheet with data, in workbook order (shared with .ods)."""
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(source))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise IngestError(f"cannot read {what}: {_first_line(exc)}") from None
    blocks: list[Block] = []
    cells = 0
    for name in workbook.sheet_names:
        try:
            sheet = workbook.get_sheet_by_name(name)
            grid = sheet.to_python(skip_empty_area=False, nrows=limits.max_rows + 1)
            merged = getattr(sheet, "merged_cell_ranges", None) or []
        except Exception as exc:
            raise IngestError(f"cannot read sheet {name!r}: {_first_line(exc)}") from None
        if len(grid) > limits.max_rows:
            raise IngestError(f"sheet {name!r} has more than {limits.max_rows} rows, over the limit")
        cells += sum(len(r) for r in grid)
        if cells > limits.max_cells:
            raise IngestError(f"workbook has more than {limits.max_cells} cells, over the limit")
        rows = [[normalise_cell(v) for v in r] for r in grid]
        table = build_table(rows, list(range(1, len(rows) + 1)), Location(sheet=name),
                            fill=_merged_filler(merged))
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
