"""OpenDocument: .odt text through content.xml, .ods through calamine."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

from .builders import ODS_CONTENT, ODT_CONTENT, build_odf

ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"


def test_odt_headings_lists_tick_boxes_and_table(tmp_path: Path) -> None:
    doc = parse_file(build_odf(tmp_path / "risk.odt", ODT_CONTENT, ODT), "risk.odt")
    assert doc.status is Status.OK, doc.error
    blocks = [(b.type, b.text, b.level, b.number, b.marker, b.checked) for b in doc.text_blocks()]
    assert blocks == [
        (BlockType.HEADING, "6 Planning", 1, "6", None, None),
        (BlockType.HEADING, "6.1 Actions to address risks", 2, "6.1", None, None),
        (BlockType.PARAGRAPH, "We review risks each quarter.", None, None, None, None),
        (BlockType.LIST_ITEM, "List the risks", None, None, "-", None),
        (BlockType.LIST_ITEM, "Score them", None, None, "-", None),
        (BlockType.LIST_ITEM, "Register updated", None, None, "☒", True),
    ]
    table = doc.tables()[0]
    # repeated empty cells/rows (ODF's way to fill a sheet) add no columns or rows
    assert table.header == ("Risk", "Owner") and table.rows == (("Supplier failure", "Buyer"),)


def test_ods_sheet_with_title_row_and_date(tmp_path: Path) -> None:
    doc = parse_file(build_odf(tmp_path / "audits.ods", ODS_CONTENT, ODS), "audits.ods")
    assert doc.status is Status.OK, doc.error
    table = doc.tables()[0]
    assert table.location.sheet == "Audits"
    assert table.title == "Audit plan 2024"
    assert table.header == ("Area", "Date", "Findings")
    assert table.rows == (("Stores", dt.date(2024, 3, 5), 2),)
    assert table.cell_location(0, 1).describe() == "Audits!B3"


def test_odt_with_dtd_is_refused(tmp_path: Path) -> None:
    hostile = ODT_CONTENT.replace('<?xml version="1.0" encoding="UTF-8"?>',
                                  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>')
    doc = parse_file(build_odf(tmp_path / "bad.odt", hostile, ODT), "bad.odt")
    assert doc.status is Status.ERROR and "DTD" in doc.error
