"""OpenDocument files: .ods spreadsheets through calamine, .odt text through its content.xml.

The zip is checked first (size, ratio, no DTDs) and content.xml is parsed with
defusedxml, so entity tricks cannot work even if a DTD slipped through.
Location line for .odt = position of the paragraph (or table) in the body, 1-based.
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from gapscan.ingest.base import IngestError, Limits, WellFormedScanner, check_zip, make_document
from gapscan.ingest.tables import build_table, light_value
from gapscan.ingest.textutil import (BOX, LIST_MARKER, checkbox_state, heading_number, looks_like_heading,
                                     real_title)
from gapscan.model import Block, BlockType, Document, Location

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
MAX_REPEAT = 256  # ODF repeats empty cells/rows to the sheet's end; a real value never needs more


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


def _tb(tag: str) -> str:
    return f"{{{TABLE}}}{tag}"


_TAG = re.compile(rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)\b([^>]*)>")
_ROWS_REPEATED = re.compile(rb"number-rows-repeated=\"([0-9]+)\"")
_COLS_REPEATED = re.compile(rb"number-columns-repeated=\"([0-9]+)\"")


class RepeatScanner(WellFormedScanner):
    """Refuse a sheet whose repeated cells would expand past the cell limit.

    ODF writes "this cell, 16 000 times" as one element; calamine expands repeated cells
    that hold a value, so an 900-byte file can ask for billions of cells. Empty repeats
    (every office suite pads sheets with them) are not counted. Assumes the usual `table:`
    prefix, which LibreOffice and Excel both write. Every XML part must be well-formed.
    """

    def __init__(self, limits: Limits) -> None:
        super().__init__("OpenDocument spreadsheet")
        self.limits = limits
        self.row = self.last_row = self.max_col = self.col = 0
        self.row_repeat, self.row_has_value = 1, False

    def wants(self, name: str) -> bool:
        return name.endswith(".xml")

    def feed(self, name: str, data: bytes) -> None:
        super().feed(name, data)
        if name != "content.xml":
            return
        for m in _TAG.finditer(data):
            closing, tag, attrs = m.group(1), m.group(2), m.group(3)
            if tag == b"table" and not closing:
                self.row = self.last_row = self.max_col = 0
            elif tag == b"table-row" and not closing:
                repeat = _ROWS_REPEATED.search(attrs)
                self.row_repeat = int(repeat.group(1)) if repeat else 1
                self.col, self.row_has_value = 0, False
                if attrs.endswith(b"/"):
                    self._end_row()
            elif tag == b"table-row":
                self._end_row()
            elif tag in (b"table-cell", b"covered-table-cell") and not closing:
                repeat = _COLS_REPEATED.search(attrs)
                span = int(repeat.group(1)) if repeat else 1
                if b"value-type" in attrs or not attrs.endswith(b"/"):
                    self.row_has_value = True
                    self.max_col = max(self.max_col, self.col + span)
                self.col += span

    def _end_row(self) -> None:
        self.row += self.row_repeat
        if self.row_has_value:
            self.last_row = self.row
            if self.last_row * self.max_col > self.limits.max_cells:
                raise IngestError(f"a sheet spans {self.last_row} rows x {self.max_col} columns once its "
                                  f"repeated cells are expanded, over the {self.limits.max_cells} cell limit")


def parse(source: Path, relpath: str, limits: Limits) -> Document:
    if source.suffix.lower() == ".ods":
        check_zip(source, limits, what="OpenDocument spreadsheet", scanner=RepeatScanner(limits))
        from gapscan.ingest.xlsx import read_workbook

        blocks, title = read_workbook(source, limits, what="OpenDocument spreadsheet")
        return make_document(path=relpath, source=source, format="ods", blocks=blocks, title=title)
    check_zip(source, limits, what="OpenDocument text")
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        with zipfile.ZipFile(source) as zf:
            content = zf.read("content.xml")
    except KeyError:
        raise IngestError("OpenDocument text has no content.xml (damaged file)") from None
    try:
        root = ElementTree.fromstring(content, forbid_dtd=True)
    except DefusedXmlException:
        raise IngestError("OpenDocument text declares an XML DTD or entities: refused for safety") from None
    except ElementTree.ParseError as exc:
        raise IngestError(f"damaged OpenDocument text: {exc}") from None
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    reader = _OdtReader(limits)
    if body is not None:
        reader.read(body)
    title = real_title((b.text for b in reader.blocks if b.type is BlockType.HEADING), reader.blocks)
    return make_document(path=relpath, source=source, format="odt", blocks=reader.blocks, title=title)


def _text(el) -> str:
    """Visible text of a paragraph: spans, links, <text:s c=n/> spaces, tabs, line breaks."""
    parts = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _t("s"):
            count = child.get(_t("c"))
            parts.append(" " * (int(count) if count and count.isdigit() else 1))
        elif tag in (_t("tab"), _t("line-break")):
            parts.append(" ")
        elif tag in (_t("note"), _t("bookmark"), _t("bookmark-start"), _t("bookmark-end")):
            pass
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


class _OdtReader:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.blocks: list[Block] = []
        self.line = 0
        self.cells = 0

    def read(self, container, list_depth: int = 0) -> None:
        for child in container:
            tag = child.tag
            if tag == _t("h"):
                self.line += 1
                text = " ".join(_text(child).split())
                if text:
                    level = child.get(_t("outline-level"))
                    number, _ = heading_number(text)
                    self.blocks.append(Block(type=BlockType.HEADING, text=text, number=number,
                                             level=int(level) if level and level.isdigit() else 1,
                                             location=Location(line=self.line)))
            elif tag == _t("p"):
                self.line += 1
                self._paragraph(" ".join(_text(child).split()), list_depth)
            elif tag == _t("list"):
                self._list(child, list_depth + 1)
            elif tag == _tb("table"):
                self.line += 1
                self._table(child)
            elif tag in (_t("section"), _t("index-body"), _t("table-of-content")):
                self.read(child, list_depth)

    def _paragraph(self, text: str, list_depth: int, marker: str | None = None) -> None:
        if not text:
            return
        location = Location(line=self.line)
        if text[0] in BOX and len(text) > 1:
            self.blocks.append(Block(type=BlockType.LIST_ITEM, text=text[1:].strip(), marker=text[0],
                                     checked=checkbox_state(text[0]), location=location))
        elif marker is not None:
            self.blocks.append(Block(type=BlockType.LIST_ITEM, text=text, marker=marker, location=location))
        elif LIST_MARKER.match(text):
            m = LIST_MARKER.match(text)
            self.blocks.append(Block(type=BlockType.LIST_ITEM, text=m.group("text").strip(),
                                     marker=m.group("marker"), location=location))
        elif looks_like_heading(text) and heading_number(text)[0] and "." in heading_number(text)[0]:
            number, _ = heading_number(text)
            self.blocks.append(Block(type=BlockType.HEADING, text=text, level=number.count(".") + 1,
                                     number=number, location=location))
        else:
            self.blocks.append(Block(type=BlockType.PARAGRAPH, text=text, location=location))

    def _list(self, el, depth: int) -> None:
        for item in el:
            if item.tag not in (_t("list-item"), _t("list-header")):
                continue
            first = True
            for child in item:
                if child.tag == _t("p") or child.tag == _t("h"):
                    self.line += 1
                    self._paragraph(" ".join(_text(child).split()), depth, "-" if first else None)
                    first = False
                elif child.tag == _t("list"):
                    self._list(child, depth + 1)

    def _table(self, el) -> None:
        grid: list[list] = []
        for row in el.iter(_tb("table-row")):
            cells: list = []
            for cell in row:
                if cell.tag not in (_tb("table-cell"), _tb("covered-table-cell")):
                    continue
                text = "\n".join(" ".join(_text(p).split()) for p in cell.iter(_t("p")))
                value = light_value(text)
                repeat = cell.get(_tb("number-columns-repeated"))
                count = min(int(repeat), MAX_REPEAT) if repeat and repeat.isdigit() else 1
                cells.extend([value] * count)
            repeat = row.get(_tb("number-rows-repeated"))
            count = min(int(repeat), MAX_REPEAT) if repeat and repeat.isdigit() else 1
            for _ in range(count):
                grid.append(list(cells))
            self.cells += len(cells) * count
            if self.cells > self.limits.max_cells:
                raise IngestError(f"document tables hold more than {self.limits.max_cells} cells, over the limit")
        table = build_table(grid, list(range(1, len(grid) + 1)), Location(line=self.line), max_title_rows=2)
        if table is not None:
            self.blocks.append(Block(type=BlockType.TABLE, text=table.title or " | ".join(table.header),
                                     location=Location(line=self.line), table=table))
