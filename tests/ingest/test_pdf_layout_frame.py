"""A page laid out in ruled boxes is text in boxes, not a table to fill in.

Seen held out (cmhold11, session 21) on a university's environmental handbook: each chapter is a two-page fact sheet
whose first page is a grid of ruled boxes (a "Do" box, a "Don't" box, a box of tips, a box of waste rules, a strip of
the programmes it touches, a title printed sideways down the margin). The ruled-table reader took each grid for a
table: most of its cells empty, no header, the boxes' sentences as cell values. Classified, 17 of 21 chapters were
forms ("1 table with no entries, 1 blank or example row"), so none got a verdict and none of their rules was read.
The sheet below is written for this test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import BlockType, Kind

DO = ["DO",
      "Check the drain trap every month for oil.",
      "Clean the grit collector once a year.",
      "Keep the spill kit beside the wash bay.",
      "Restock the spill kit after each use."]
DONT = ["DON'T",
        "Don't pour used oil or paint into the drain.",
        "Don't let a spill reach the floor drain.",
        "Don't add separator oil to the oil tank."]
WASTE = ["Materials and Waste",
         "Dried sludge may go in the dumpster.",
         "Spill sludge goes to the waste vendor.",
         "Call Environmental Services on 555-0142."]


def _box(c, x: float, y: float, w: float, h: float, lines: list[str]) -> None:
    c.rect(x, y - h, w, h, stroke=1, fill=0)
    for i, line in enumerate(lines):
        c.drawString(x + 4, y - 14 - 13 * i, line)


def _fact_sheet(path: Path) -> Path:
    """One page of boxes in a 4-column ruled grid: three boxes of sentences, five left empty, a strip of labels."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 6)
    c.drawString(30, 760, "Floor Drains")
    left, top, w, h = 30.0, 740.0, 138.0, 75.0
    for col, lines in enumerate([DO, [], WASTE, []]):
        _box(c, left + col * w, top, w, h, lines)
    for col, lines in enumerate([[], DONT, [], []]):
        _box(c, left + col * w, top - h, w, h, lines)
    for col, lines in enumerate([["Training: 1 per year"], [], [], ["Season: spring"]]):
        _box(c, left + col * w, top - 2 * h, w, 20, lines)
    c.drawString(30, top - 2 * h - 40, "Last revision: 2/12/2013")
    c.showPage()
    c.save()
    return path


def _blank_form(path: Path) -> Path:
    """A log to fill in: a ruled header of labels over empty ruled rows."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(612, 792))
    c.setFont("Helvetica", 9)
    c.drawString(40, 760, "Floor Drain Inspection Log")
    c.drawString(40, 745, "Record each monthly check of the drain trap. Return the sheet to the facility manager.")
    left, top, widths, h = 40.0, 720.0, [90.0, 120.0, 160.0, 150.0], 18.0
    labels = ["Date", "Inspector", "Oil or leaks found", "Action taken"]
    for r in range(8):
        x = left
        for i, cw in enumerate(widths):
            c.rect(x, top - (r + 1) * h, cw, h, stroke=1, fill=0)
            if r == 0:
                c.drawString(x + 3, top - h + 5, labels[i])
            x += cw
    c.showPage()
    c.save()
    return path


def test_a_page_of_ruled_boxes_is_read_as_its_text(tmp_path):
    doc = parse_file(_fact_sheet(tmp_path / "Floor Drains.pdf"), "Floor Drains.pdf")
    paragraphs = " ".join(b.text for b in doc.blocks if b.type is not BlockType.TABLE)
    assert "drain trap every month" in paragraphs and "Don't add separator oil" in paragraphs, paragraphs
    assert "goes to the waste vendor" in paragraphs
    cells = " ".join(str(v) for t in doc.tables() for r in (t.header, *t.rows) for v in r if v)
    assert "every month" not in cells, cells
    result = classify(doc)
    assert result.kind is Kind.PROCEDURE, result.kind_reason


def test_a_blank_log_stays_a_form(tmp_path):
    doc = parse_file(_blank_form(tmp_path / "Floor Drain Inspection Log.pdf"), "Floor Drain Inspection Log.pdf")
    headers = [t.header for t in doc.tables()]
    assert ("Date", "Inspector", "Oil or leaks found", "Action taken") in headers, headers
    assert classify(doc).kind is Kind.FORM, classify(doc).kind_reason


# the sheet's boxes as the ruled-table reader hands them over: each box's lines, its rules after a symbol font's
# glyph (U+F0A8 a box, U+F0FC a tick, U+F0D1 a cross, U+F086 an arrow), one sentence wrapped over two lines
BOX_ROWS = [
    ["Facility Checklist\n\uf0a8 Check containers QUARTERLY to ensure\nthey are closed and labeled.\n"
     "\uf0a8 Have the handler remove them ANNUALLY.\nTips and Tricks\n! Lamps and batteries are universal waste.",
     "", "DO\n\uf0fc Store spent lamps in closed boxes.\n\uf0fc Label each box with the start date.", ""],
    ["", "DON\u2019T\n\uf0d1 Don\u2019t crush spent lamps.\n\uf0d1 Don\u2019t put lamps in the dumpster.", "",
     "If\u2026Then\n\uf086 Call Environmental Services at once if a lamp breaks."],
]


@pytest.mark.parametrize("glyph", ["\uf0a8", "\uf0d1", "\uf086", "\uf070"])
def test_a_symbol_font_glyph_starting_a_line_is_a_bullet(glyph):
    from gapscan.ingest.pdf import _blocks, _Line

    lines = [_Line(page=1, number=i, text=t, size=10.0, bold=False, x=72.0, y=700.0 - 13 * i, right=300.0,
                   height=842.0) for i, t in enumerate(["Don't do these.", f"{glyph} Don't crush spent lamps."], 1)]
    assert [b.type for b in _blocks(lines, {})] == [BlockType.PARAGRAPH, BlockType.LIST_ITEM]


def test_a_box_s_bulleted_rules_are_list_items():
    from gapscan.ingest.pdf import _Line, _table_block

    blocks = _table_block(BOX_ROWS, _Line(page=1, number=3, text="", size=0, bold=False, x=0, y=0))
    items = [b.text for b in blocks if b.type is BlockType.LIST_ITEM]
    assert "Check containers QUARTERLY to ensure they are closed and labeled." in items, blocks
    assert "Don\u2019t crush spent lamps." in items and "Store spent lamps in closed boxes." in items
    paragraphs = [b.text for b in blocks if b.type is BlockType.PARAGRAPH]
    assert "Tips and Tricks ! Lamps and batteries are universal waste." in paragraphs, paragraphs
    assert not any(b.type is BlockType.TABLE for b in blocks)
