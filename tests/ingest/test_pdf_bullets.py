"""Word's Symbol and Wingdings bullets reach a PDF's text layer as private-use characters (U+F0B7 and kin): a line
that starts with one is a list item, so a list of definitions ("Carcinogen: a substance ...") is read as a list,
not as loose paragraphs. A heading wrapped over two lines in its own size is one heading.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.ingest.pdf import _blocks, _Line
from gapscan.model import BlockType


def _lines(texts: list[str], size: float = 11.0, top: float = 700.0, step: float = 13.0) -> list[_Line]:
    return [_Line(page=1, number=i, text=t, size=size, bold=False, x=72.0, y=top - step * i, right=300.0,
                  height=842.0) for i, t in enumerate(texts, 1)]


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc"])
def test_a_private_use_bullet_starts_a_list_item(bullet):
    lines = _lines(["Hazard classes used in this plan are these.",
                    f"{bullet} Carcinogen: a substance that can cause cancer.",
                    f"{bullet}Mutagen: a substance that changes genes."])
    blocks = _blocks(lines, {})
    assert [(b.type, b.text) for b in blocks] == [
        (BlockType.PARAGRAPH, "Hazard classes used in this plan are these."),
        (BlockType.LIST_ITEM, "Carcinogen: a substance that can cause cancer."),
        (BlockType.LIST_ITEM, "Mutagen: a substance that changes genes.")]
    assert {b.marker for b in blocks[1:]} == {bullet} and all(b.checked is None for b in blocks[1:])


def test_a_private_use_character_inside_a_line_is_no_marker():
    blocks = _blocks(_lines(["Press the \uf0b7 key to stop the pump."]), {})
    assert [b.type for b in blocks] == [BlockType.PARAGRAPH]


def _titled_pdf(path: Path, second_line_gap: float) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "School of Aquatic & Fishery")
    c.drawString(72, 760 - second_line_gap, "Sciences")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 660, "Chemical Hygiene Plan")
    c.setFont("Helvetica", 11)
    for i in range(12):
        c.drawString(72, 630 - 13 * i, f"Line {i} of the body that runs on to fill the width of the page nicely.")
    c.save()
    return path


def test_a_heading_wrapped_onto_a_second_line_is_one_heading(tmp_path: Path):
    doc = parse_file(_titled_pdf(tmp_path / "plan.pdf", 22), "plan.pdf")
    assert [b.text for b in doc.blocks if b.type is BlockType.HEADING] == [
        "School of Aquatic & Fishery Sciences", "Chemical Hygiene Plan"]


def test_two_headings_of_one_size_set_apart_stay_two(tmp_path: Path):
    doc = parse_file(_titled_pdf(tmp_path / "plan.pdf", 48), "plan.pdf")
    assert [b.text for b in doc.blocks if b.type is BlockType.HEADING] == [
        "School of Aquatic & Fishery", "Sciences", "Chemical Hygiene Plan"]
