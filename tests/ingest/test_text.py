"""Plain text procedures and the parse_file entry point."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import format_of, is_candidate, parse_file
from gapscan.model import BlockType, Status


def test_text_headings_lists_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "qp-01.txt"
    path.write_text("QUALITY MANUAL\n\n4.1 Understanding the organisation\nWe list our issues\nonce a year.\n"
                    "- Review the list\n☒ Minutes filed\n", encoding="utf-8")
    doc = parse_file(path, "qp-01.txt")
    assert doc.status is Status.OK and doc.format == "txt" and doc.sha256
    assert [(b.type, b.text, b.number, b.marker, b.checked, b.location.line) for b in doc.blocks] == [
        (BlockType.HEADING, "QUALITY MANUAL", None, None, None, 1),
        (BlockType.HEADING, "4.1 Understanding the organisation", "4.1", None, None, 3),
        (BlockType.PARAGRAPH, "We list our issues once a year.", None, None, None, 4),
        (BlockType.LIST_ITEM, "Review the list", None, "-", None, 6),
        (BlockType.LIST_ITEM, "Minutes filed", None, "☒", True, 7),
    ]


def test_formats_and_candidates(tmp_path: Path) -> None:
    assert format_of(Path("A.DOCX")) == "docx" and format_of(Path("x.xlsm")) == "xlsm"
    assert is_candidate(Path("old.doc")) and not is_candidate(Path("photo.jpg"))


def test_missing_and_empty_files(tmp_path: Path) -> None:
    missing = parse_file(tmp_path / "gone.pdf", "gone.pdf")
    assert missing.status is Status.ERROR and "cannot open" in missing.error
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    assert parse_file(empty, "empty.docx").error == "empty file"


def test_source_folder_is_not_written(tmp_path: Path) -> None:
    from .builders import build_pdf, build_procedure_docx, build_register_xlsx

    folder = tmp_path / "client"
    folder.mkdir()
    files = [build_procedure_docx(folder / "a.docx"), build_register_xlsx(folder / "b.xlsx"),
             build_pdf(folder / "c.pdf", table=True)]
    before = sorted(p.name for p in folder.iterdir())
    for f in files:
        assert parse_file(f, f.name).status is Status.OK
    assert sorted(p.name for p in folder.iterdir()) == before
