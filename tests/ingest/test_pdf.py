"""PDF procedures: headings from font size and weight, page + line locations, tables."""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType, Status

from .builders import build_image_only_pdf, build_pdf


def test_headings_from_bigger_bold_font(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "proc.pdf"), "proc.pdf")
    assert doc.status is Status.OK, doc.error
    assert doc.pages == 2 and doc.title == "Supplier Control Procedure"
    headings = [(b.text, b.level, b.number, b.location.page, b.location.line)
                for b in doc.blocks if b.type is BlockType.HEADING]
    assert headings == [
        ("Supplier Control Procedure", 1, None, 1, 1),
        ("8.4 Control of externally provided processes", 2, "8.4", 1, 2),
        ("8.4.1 Supplier evaluation", 3, "8.4.1", 1, 5),
        ("9.1 Monitoring part 1", 2, "9.1", 2, 1),
    ]


def test_wrapped_lines_join_into_one_paragraph(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "proc.pdf"), "proc.pdf")
    paragraphs = [b for b in doc.blocks if b.type is BlockType.PARAGRAPH]
    first = paragraphs[0]
    assert first.text.startswith("The buyer keeps a list of approved suppliers")
    assert first.text.endswith("purchasing lead together.")
    assert (first.location.page, first.location.line) == (1, 3)


def test_list_items(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "proc.pdf"), "proc.pdf")
    items = [(b.marker, b.text) for b in doc.blocks if b.type is BlockType.LIST_ITEM]
    assert items == [("-", "Send the questionnaire to the supplier."),
                     ("-", "Score the answers on the evaluation form.")]


def test_ruled_table_is_a_table_not_loose_lines(tmp_path: Path) -> None:
    doc = parse_file(build_pdf(tmp_path / "table.pdf", table=True), "table.pdf")
    tables = doc.tables()
    assert len(tables) == 1
    table = tables[0]
    assert table.header == ("Supplier", "Country", "Score")
    assert table.rows == (("Acme Ltd", "UK", 4), ("Brightparts", "DE", 3))
    assert table.location.page == 1
    text = [b.text for b in doc.blocks if b.type is not BlockType.TABLE]
    assert not any("Acme Ltd" in t for t in text)


def test_running_headers_and_footers_are_dropped(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "long.pdf"
    c = canvas.Canvas(str(path))
    for page in range(1, 5):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, "QP-09 Monitoring procedure Rev 4")
        c.drawString(72, 40, f"Page {page} of 4")
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, f"Body text of page {page} about monitoring results.")
        c.showPage()
    c.save()
    doc = parse_file(path, "long.pdf")
    texts = [b.text for b in doc.blocks]
    assert texts == [f"Body text of page {n} about monitoring results." for n in range(1, 5)]
    assert [b.location.page for b in doc.blocks] == [1, 2, 3, 4]


def test_no_text_layer(tmp_path: Path) -> None:
    doc = parse_file(build_image_only_pdf(tmp_path / "scan.pdf"), "scan.pdf")
    assert doc.status is Status.ERROR
    assert doc.error == "PDF has no text layer (scanned?): run OCR first"


def test_table_of_contents_lines_are_dropped(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "toc.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, "1. Scope " + "." * 60 + " 2")
    c.drawString(72, 745, "3.1 General guidelines " + ". " * 30 + "4")
    c.drawString(72, 715, "Signature: " + "." * 40)
    c.drawString(72, 700, "Access is granted by the IT manager within two working days.")
    c.save()
    doc = parse_file(path, "toc.pdf")
    assert [b.text for b in doc.blocks] == [
        "Signature: " + "." * 40, "Access is granted by the IT manager within two working days."]
