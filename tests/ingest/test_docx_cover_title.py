"""A Word document with no Title style takes its title from the cover: the lines set in a much larger font than
the body before the first heading, not the first heading ("1 Introduction")."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt

from gapscan.ingest import parse_file


def _cover_doc(path: Path, cover: list[tuple[str, float]], *, title_style: str | None = None) -> Path:
    d = docx.Document()
    if title_style:
        d.add_paragraph(title_style, style="Title")
    for text, size in cover:
        d.add_paragraph().add_run(text).font.size = Pt(size)
    d.add_paragraph("Version 1.0, approved by the Quality Manager.")
    d.add_heading("1 Introduction", level=1)
    for _ in range(3):
        d.add_paragraph("The Service Desk logs every incident in the ticket system within one hour of the call.")
    d.save(path)
    return path


def _title(path: Path) -> str | None:
    doc = parse_file(path, path.name)
    assert doc.ok, doc.error
    return doc.title


def test_the_covers_large_lines_are_the_title_and_a_placeholder_line_is_not(tmp_path: Path) -> None:
    path = _cover_doc(tmp_path / "irp.docx", [("<Business Name>", 26), ("Incident Response", 26), ("Plan", 26),
                                              ("Prepared by the IT team", 12)])
    assert _title(path) == "Incident Response Plan"


def test_the_largest_cover_line_wins(tmp_path: Path) -> None:
    path = _cover_doc(tmp_path / "scope.docx", [("Harrow Vale Foods", 20), ("ISMS Scope", 32)])
    assert _title(path) == "ISMS Scope"


def test_a_cover_line_barely_larger_than_the_body_is_not_a_title(tmp_path: Path) -> None:
    path = _cover_doc(tmp_path / "irp.docx", [("Incident Response Plan", 13)])
    assert _title(path) == "1 Introduction"


def test_the_title_style_still_comes_first(tmp_path: Path) -> None:
    path = _cover_doc(tmp_path / "irp.docx", [("Harrow Vale Foods", 28)], title_style="Incident Response Plan")
    assert _title(path) == "Incident Response Plan"


def test_large_text_after_the_first_heading_is_not_a_cover(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("1 Introduction", level=1)
    d.add_paragraph().add_run("Call 999 first").font.size = Pt(28)
    d.add_paragraph("The Service Desk logs every incident in the ticket system within one hour of the call.")
    d.save(tmp_path / "irp.docx")
    assert _title(tmp_path / "irp.docx") == "1 Introduction"
