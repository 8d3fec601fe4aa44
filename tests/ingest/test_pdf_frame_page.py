"""A page whose text stands inside a ruled frame (a border around the page, a ruled band at its top) is read as its
lines, not as one table cell. Held out (session 24, cmhold14): a staffing platform's environmental policy made in
Canva rules a border and ornamental lines around the whole page; the grid held every line in one cell, read as one
run-on paragraph of 450 words: no heading, no paragraph of its own. A frame with a label beside its text stays a
form's field (tests/ingest/test_pdf_passage_cells.py). The policy below is written for this test.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType

BODY = [
    ("Our Commitment", True),
    ("We run the business from home offices and hold no premises of our own. Staff travel to clients by train", False),
    ("or bus; the office manager books every journey through the travel portal and keeps the receipts.", False),
    ("Review", True),
    ("The operations lead reviews this policy every March. Progress against each target is reported to the", False),
    ("board each quarter and published in the annual environmental update on our website.", False),
]


def _framed(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.rect(20, 20, 555, 800, stroke=1, fill=0)  # the page's border
    c.line(20, 780, 575, 780)  # a ruled band across the top
    c.line(300, 780, 300, 820)  # split in two empty cells
    y = 740
    for text, bold in BODY:
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        c.drawString(40, y, text)
        y -= 24 if bold else 13
        if not bold and text.endswith("."):
            y -= 10
    c.save()
    return path


def test_a_framed_page_is_read_as_its_headings_and_paragraphs(tmp_path: Path) -> None:
    doc = parse_file(_framed(tmp_path / "policy.pdf"), "policy.pdf")
    assert [b.type for b in doc.blocks] == [BlockType.HEADING, BlockType.PARAGRAPH, BlockType.HEADING,
                                            BlockType.PARAGRAPH]
    assert [b.text for b in doc.blocks if b.type is BlockType.HEADING] == ["Our Commitment", "Review"]
    assert doc.blocks[1].text.startswith("We run the business from home offices")


def test_the_title_named_in_the_metadata_is_the_title_where_it_is_drawn_last(tmp_path: Path) -> None:
    """Canva draws the page's big title after its sections' headings; the file's metadata names it ("Title:
    Environmental Policy"), and a heading that says it is the title. A metadata title no heading says is ignored."""
    from reportlab.pdfgen import canvas

    def page(path: Path, meta: str) -> Path:
        c = canvas.Canvas(str(path), pagesize=(595, 842))
        c.setTitle(meta)
        y = 740
        for text, bold in BODY:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(40, y, text)
            y -= 24 if bold else 13
            if not bold and text.endswith("."):
                y -= 10
        c.setFont("Helvetica-Bold", 20)
        c.drawString(200, 790, "Travel Policy")  # drawn last, at the top of the page
        c.save()
        return path

    assert parse_file(page(tmp_path / "named.pdf", "Travel Policy"), "named.pdf").title == "Travel Policy"
    assert parse_file(page(tmp_path / "other.pdf", "Untitled design"), "other.pdf").title == "Our Commitment"
