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


# Where calamine puts a cell: the `r` attribute of its <c> (any quotes, letters in either case), else the column
# after the previous cell of its row, in the row after the previous one (or the row a <row r=".."> names).
# Three ways to measure a worksheet part, each fed again from the start (RescanPart) when it does not apply:
# 1. every cell tag is written `<c r="` with a reference within Z9999: the part spans at most 26 x 9,999;
# 2. every cell tag is written `<c r="...">`: the extent is the largest reference (read one by one);
# 3. otherwise every element is read (expat) and placed as calamine places it (_CellPlacer).
_NOT_NEAR_CELL = re.compile(rb'<c(?! r="[A-Za-z]?[0-9]{1,4}")')  # also <col, <cfRule...: told apart by the next byte
_PREFIXED_CELL = re.compile(rb':c[\s/>]')  # <x:c ...>: calamine matches the local name (may be text: then measured)
_CELL_REF = re.compile(rb'<c r="([A-Za-z]*)([0-9]*)"')
_AFTER_NAME = frozenset(b" \t\r\n/>")
_NEAR_ROWS, _NEAR_COLUMNS = 9_999, 26
_NEAR, _REFERENCES, _ELEMENTS = 1, 2, 3


def _cell_tags(data: bytes) -> int:
    """The cheapest way (_NEAR, _REFERENCES, _ELEMENTS) that measures every cell tag in `data` exactly."""
    need = _NEAR
    for m in _NOT_NEAR_CELL.finditer(data):
        end = m.end()
        if end < len(data) and data[end] not in _AFTER_NAME:
            continue  # another element: <col>, <cfRule>, <color>...
        if not data.startswith(b' r="', end):
            return _ELEMENTS
        need = _REFERENCES
    if _PREFIXED_CELL.search(data) is not None:
        return _ELEMENTS
    return need


class SheetExtentScanner(WellFormedScanner):
    """Refuse a worksheet whose used range (rows x columns) is over the cell limit.

    calamine allocates the whole rectangle from A1 to the last cell, so two cells at A1 and
    XFD1048576 would ask for 17 billion slots, and 20,000 cells without a reference in a row
    (calamine puts them one after another) above 2,000 more rows for 40 million: the extent
    is read from the raw XML first, every cell placed where calamine would place it (empty
    cells too, which calamine leaves out: an upper bound). Most sheets write every cell as
    <c r="..."> within Z9999, which one search tells; other parts are fed again from their start
    and measured (see the modes above). Every workbook part calamine reads must also be
    well-formed XML.
    """

    def __init__(self, limits: Limits, sheets: frozenset[str] | None = None) -> None:
        super().__init__("Excel")
        self.limits = limits
        self.sheets = sheets  # when given, only these parts are read, each as a worksheet
        self.mode: dict[str, int] = {}
        self.max_row: dict[str, int] = {}
        self.max_col: dict[str, int] = {}
        self.placers: dict[str, _CellPlacer] = {}
        self.measured: set[str] = set()  # worksheet parts read to their end
        self.rels: dict[str, bytes] = {}  # the package's and the workbook's relationships, as stored

    def wants(self, name: str) -> bool:
        if self.sheets is not None:
            return name in self.sheets
        name = name.lower()  # calamine finds parts whatever the case of their names
        return (name.startswith("xl/") and name.endswith(".xml")) or _is_rels(name)

    def end(self, name: str) -> None:
        super().end(name)  # expat's last events
        if self._is_sheet(name):
            if name in self.placers:
                self._measured(name, self.placers[name].rows, self.placers[name].columns)
            self.measured.add(name)

    def restart(self, name: str) -> None:
        super().restart(name)
        for state in (self.max_row, self.max_col, self.placers):
            state.pop(name, None)

    def new_parser(self, name: str):
        parser = super().new_parser(name)
        if self.mode.get(name) == _ELEMENTS:
            placer = self.placers[name] = _CellPlacer()
            parser.StartElementHandler = placer.start
            parser.EndElementHandler = placer.end
        return parser

    def feed(self, name: str, data: bytes) -> None:
        if self.sheets is None and _is_rels(name.lower()):
            kept = self.rels.get(name, b"") + data
            if len(kept) > _RELS_BYTES:
                raise IngestError(f"Excel relationships part {name} is over {_RELS_BYTES // 2**20} MB")
            self.rels[name] = kept
            return
        super().feed(name, data)
        if not self._is_sheet(name):
            return
        mode = self.mode.get(name, _NEAR)
        if mode == _ELEMENTS:
            placer = self.placers[name]
            self._measured(name, placer.rows, placer.columns)
            return
        need = _cell_tags(data)
        if need == _NEAR and _NEAR_ROWS * _NEAR_COLUMNS > self.limits.max_cells:
            need = _REFERENCES
        if need > mode:
            self.mode[name] = need
            raise RescanPart(name)
        if mode == _NEAR:
            return
        refs = _CELL_REF.findall(data)
        rows = max((int(n) for _, n in refs if n), default=0)
        cols = max(map(_column_number, {c for c, _ in refs if c}), default=1)
        self._measured(name, max(rows, self.max_row.get(name, 0)), max(cols, self.max_col.get(name, 0)))

    def feed_text(self, name: str, data: bytes) -> None:
        # a long run with no '>': text, or the start of a tag whose end is further on (a megabyte-long attribute);
        # a '<' in it is a tag the regexes would not see whole: the part is placed from expat's events instead
        super().feed_text(name, data)
        if self._is_sheet(name) and self.mode.get(name, _NEAR) != _ELEMENTS and b"<" in data:
            self.mode[name] = _ELEMENTS
            raise RescanPart(name)

    def _is_sheet(self, name: str) -> bool:
        if self.sheets is not None:
            return name in self.sheets
        name = name.lower()
        return name.startswith("xl/worksheets/") and name.endswith(".xml")

    def unmeasured_sheets(self, names: frozenset[str]) -> frozenset[str]:
        """The parts calamine would open as worksheets (found as calamine finds them: the package relationships
        name the workbook's folder, the workbook's relationships each worksheet's part) that were not measured:
        a minimal package keeps its sheets beside the workbook, and a target may name any part."""
        parts = {n.lower(): n for n in names}
        rels = {n.lower(): data for n, data in self.rels.items()}
        document = None
        for attrs in _relationships(rels.get("_rels/.rels", b"")):
            if attrs.get("Type", "").endswith("/relationships/officeDocument") and "Target" in attrs:
                document = attrs["Target"]  # the last one, as calamine reads them
        if document is None:
            return frozenset()  # calamine finds no workbook: it fails before any sheet
        folder = document[: document.rfind("/") + 1].removeprefix("/")
        unmeasured = set()
        for attrs in _relationships(rels.get(f"{folder}_rels/workbook.xml.rels".lower(), b"")):
            target = attrs.get("Target", "")
            if attrs.get("Type", "").rsplit("/", 1)[-1] != "worksheet" or "Id" not in attrs:
                continue
            part = parts.get((target[1:] if target.startswith("/") else folder + target).lower())
            if part is not None and part not in self.measured:
                unmeasured.add(part)
        return frozenset(unmeasured)

    def _measured(self, name: str, row: int, col: int) -> None:
        self.max_row[name], self.max_col[name] = row, col
        if row * col > self.limits.max_cells:
            sheet = name.rsplit("/", 1)[-1].removesuffix(".xml")
            raise IngestError(f"worksheet {sheet} spans {row} rows x {col} columns, over the "
                              f"{self.limits.max_cells} cell limit")


_RELS_BYTES = 8 * 2**20
_RELATIONSHIP = re.compile(rb'<(?:[^\s<>/!?:]+:)?Relationship(?=[\s/>])((?:[^>"\']|"[^"]*"|\'[^\']*\')*)>')
_ATTRIBUTE = re.compile(rb'([^\s=/]+)\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')


def _is_rels(lower_name: str) -> bool:
    return lower_name == "_rels/.rels" or lower_name.endswith("_rels/workbook.xml.rels")


def _relationships(data: bytes):
    """Each <Relationship>'s attributes, values as written (calamine does not expand entities in them)."""
    for tag in _RELATIONSHIP.finditer(data):
        yield {k.decode("utf-8", "replace"): (a if b is None else b).decode("utf-8", "replace")
               for k, a, b in ((m.group(1), m.group(2), m.group(3)) for m in _ATTRIBUTE.finditer(tag.group(1)))}


class _CellPlacer:
    """Cell positions as calamine's xlsx reader gives them, from expat's element events of one worksheet part.

    Only inside <sheetData> (up to its first end tag). A <row r="N"> moves to row N; the end of a row moves to
    the next row and back to column A. A cell with `r` is placed there and moves the column to it; one without
    is placed at the current row and column; either way the column then moves one on. A cell or row inside a
    cell (which calamine would skip over) is refused: no spreadsheet writes one. A reference calamine cannot
    read stops the placing (calamine fails the sheet there). Extent: 1-based, A1 counted in.
    """

    __slots__ = ("active", "done", "in_cell", "row", "col", "rows", "columns")

    def __init__(self) -> None:
        self.active = self.done = self.in_cell = False
        self.row = self.col = 0
        self.rows, self.columns = 0, 1

    def start(self, name: str, attrs: dict) -> None:
        local = name.partition(":")[2] or name
        if self.in_cell:
            if local in ("c", "row"):
                raise IngestError(f"damaged Excel file: a <{name}> inside a cell")
            return
        if not self.active:
            if local == "sheetData" and not self.done:
                self.active = True
            return
        if local == "row":
            ref = attrs.get("r")
            if ref is not None:
                place = _position(ref)
                if place is None:
                    self.active, self.done = False, True
                    return
                self.row = place[0]
        elif local == "c":
            ref = attrs.get("r")
            if ref is None:
                row, col = self.row, self.col
            else:
                place = _position(ref)
                if place is None or place[1] is None:
                    self.active, self.done = False, True
                    return
                row, col = place
            self.col = col + 1
            self.in_cell = True
            if row >= self.rows:
                self.rows = row + 1
            if col >= self.columns:
                self.columns = col + 1

    def end(self, name: str) -> None:
        local = name.partition(":")[2] or name
        if self.in_cell:
            if local == "c":
                self.in_cell = False
            return
        if not self.active:
            return
        if local == "row":
            self.row += 1
            self.col = 0
        elif local == "sheetData":
            self.active, self.done = False, True


_POSITION = re.compile(r"([A-Za-z]*)([0-9]+)")


def _position(ref: str) -> tuple[int, int | None] | None:
    """The 0-based (row, column) of a reference, column None without letters; None where calamine fails."""
    m = _POSITION.fullmatch(ref)
    if m is None or int(m.group(2)) == 0:
        return None
    letters = m.group(1)
    return int(m.group(2)) - 1, (_column_number(letters.encode()) - 1 if letters else None)


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ch - 64
    return n


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    scanner = SheetExtentScanner(limits)
    stored: list[bytes] = []
    names = check_zip(source, limits, what="Excel", scanner=scanner, stored=stored)
    unmeasured = scanner.unmeasured_sheets(names)
    if unmeasured:  # rare: those parts are read a second time, as worksheets
        check_zip(source, limits, what="Excel", scanner=SheetExtentScanner(limits, sheets=unmeasured))
        stored.clear()  # the copy holds the first reading, whose sheets were not all measured: the file is read
    # calamine tells a workbook in memory by its parts (an xlsb or ods one before failing), one on disk by its
    # extension: the checked copy is read only where the xlsx reader is the one that can take it
    use = stored and not any(n.lower() in _OTHER_WORKBOOKS for n in names)
    blocks, title = read_workbook(source, limits, what="Excel workbook", data=stored.pop() if use else None)
    return make_document(path=relpath, source=source, format="xlsx", blocks=blocks, title=title)


_OTHER_WORKBOOKS = frozenset({"xl/workbook.bin", "content.xml"})  # what calamine's xlsb and ods readers open


def _open_workbook(source: Path, data: bytes | None):
    """calamine's workbook: from `data` (the package as check_zip read it, every part stored) when given and the
    xlsx reader takes it, else from the file (whose reason for failing is the one given)."""
    from python_calamine import CalamineWorkbook

    if data is not None:
        import io

        try:
            return CalamineWorkbook.from_filelike(io.BytesIO(data))
        except Exception:
            pass  # read from the file, for the reason it gives
    return CalamineWorkbook.from_path(str(source))


def read_workbook(source: Path, limits: Limits, *, what: str,
                  data: bytes | None = None) -> tuple[list[Block], str | None]:
    """One TABLE block per sheet with data, in workbook order (shared with .ods). `data`: see _open_workbook."""
    from python_calamine import SheetTypeEnum

    try:
        workbook = _open_workbook(source, data)
        data = None  # calamine holds its own copy: this one is let go before the sheets are read
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
