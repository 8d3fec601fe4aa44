"""Bold sets a PDF line apart from the body only where the body is not bold itself. When most of the body's text
reads as bold (a producer that writes a weight of about 3900 into every font descriptor, or a body set in a bold
face), a paragraph's first line that does not end a sentence is no bold title: its sentence stays whole. A line in
another face than the body's still stands apart as a heading (held out, cmhold12: a drilling contractor's seven
policies, read as headings cut from their sentences).
"""
from __future__ import annotations

from pathlib import Path

from gapscan.ingest import parse_file
from gapscan.model import BlockType


def _bold_body_pdf(path: Path, body_font: str) -> Path:
    """A one-page policy: a title, a section heading in Times-Bold at the body's size, and paragraphs in
    `body_font` whose sentences wrap onto a second line."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "Seat Belt Policy")
    y = 720.0
    for font, line in [
        ("Times-Bold", "1.0 Vehicles"),
        (body_font, "Every driver and passenger wears a seat belt in any vehicle"),
        (body_font, "on a work site, on a public road or on mobile plant."),
        ("Times-Bold", "2.0 Fitting belts"),
        (body_font, "The Fleet Officer fits a belt to a vehicle that lacks one"),
        (body_font, "within seven days and records it in the fleet register."),
    ]:
        c.setFont(font, 11)
        c.drawString(72, y, line)
        y -= 14.0
    c.save()
    return path


def _blocks(path: Path):
    doc = parse_file(path, path.name)
    assert doc.status.value == "ok", doc.error
    return [(b.type, b.text) for b in doc.blocks]


def test_a_bold_body_keeps_its_sentences_whole(tmp_path: Path):
    blocks = _blocks(_bold_body_pdf(tmp_path / "Seat Belt Policy.pdf", "Helvetica-Bold"))
    assert blocks == [
        (BlockType.HEADING, "Seat Belt Policy"),
        (BlockType.HEADING, "1.0 Vehicles"),
        (BlockType.PARAGRAPH, "Every driver and passenger wears a seat belt in any vehicle on a work site, on a "
                              "public road or on mobile plant."),
        (BlockType.HEADING, "2.0 Fitting belts"),
        (BlockType.PARAGRAPH, "The Fleet Officer fits a belt to a vehicle that lacks one within seven days and "
                              "records it in the fleet register."),
    ]


def test_a_plain_body_reads_as_before(tmp_path: Path):
    """The same page in a regular body face: the bold headings are headings, the paragraphs paragraphs."""
    blocks = _blocks(_bold_body_pdf(tmp_path / "Seat Belt Policy.pdf", "Helvetica"))
    assert [t for t, _ in blocks] == [BlockType.HEADING, BlockType.HEADING, BlockType.PARAGRAPH,
                                      BlockType.HEADING, BlockType.PARAGRAPH]
