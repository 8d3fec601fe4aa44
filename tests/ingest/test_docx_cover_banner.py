"""A Word cover whose largest lines are banners: the standard's name and the organisation's, over the procedure's own.

Left from session 24 (cmhold14: a consultant kit's thirteen ISO 9001 procedures, KEPV18/qms-forge): each cover sets
"ISO 9001:2015" in 36 pt, the company's name in 22 pt and then "QUALITY MANAGEMENT SYSTEM" / "CONTEXT OF ORGANIZATION"
in 16 pt over an 11 pt body, so all thirteen were titled "ISO 9001:2015". A line set above the body that the file is
named after ("01. Procedure for Context of Organization.docx") is the document's title; without one, the largest line
set much larger than the body, as before. The documents below are written for these tests in that shape.
"""
from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from gapscan.ingest import parse_file


def _kit_cover(path: Path, cover: list[tuple[str, float]]) -> Path:
    d = docx.Document()
    for text, size in cover:
        d.add_paragraph().add_run(text).font.size = Pt(size)
    d.add_paragraph("(PROCEDURE)")
    d.add_heading("1. Purpose", level=1)
    for _ in range(3):
        d.add_paragraph().add_run("The Quality Lead plans each audit in the audit schedule by 31 January.").font.size \
            = Pt(11)
    d.save(path)
    return path


KIT = [("Northwind", 22), ("ISO 9001:2015", 36), ("QUALITY MANAGEMENT SYSTEM", 16), ("INTERNAL AUDIT", 16)]


def test_the_line_the_file_is_named_after_is_the_title(tmp_path: Path) -> None:
    path = _kit_cover(tmp_path / "05. Procedure for Internal Audit - Copy.docx", KIT)
    assert parse_file(path, path.name).title == "QUALITY MANAGEMENT SYSTEM INTERNAL AUDIT"


def test_without_a_line_named_like_the_file_the_largest_cover_line_stays_the_title(tmp_path: Path) -> None:
    path = _kit_cover(tmp_path / "qp05.docx", KIT)  # as before: nothing on the cover says which line is the title
    assert parse_file(path, path.name).title == "ISO 9001:2015"


def test_a_large_title_still_beats_a_smaller_line(tmp_path: Path) -> None:
    path = _kit_cover(tmp_path / "supplier-evaluation.docx", [("Supplier Evaluation Procedure", 28),
                                                              ("Supplier list kept by Purchasing", 14)])
    assert parse_file(path, path.name).title == "Supplier Evaluation Procedure"
