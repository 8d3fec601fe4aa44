"""PDF ruled tables are cut from pdfium's drawing and characters, as pdfplumber would cut them,
without pdfplumber parsing the page."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.ingest import parse_file

from .builders import build_pdf


def _drawn_tables(path: Path, prose: bool = False) -> Path:
    """Three tables drawn three ways on one page: stroked lines, one rectangle per cell (as
    Word's PDF export draws them) and a grid inside a form XObject, with multi-word cells."""
    from reportlab.pdfgen import canvas

    rows = [["Check", "Owner", "When"], ["Torque wrench calibration", "Metrology Technician", "every 6 months"],
            ["Guard interlock test", "Shift Lead", "each shift"]]
    widths = [170, 130, 100]
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, 790, "Maintenance checks")
    c.setFont("Helvetica", 10)
    c.drawString(60, 770, "The checks below are logged on the maintenance log QF-210.")

    def grid(top: float, how: str) -> None:
        xs = [60.0]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [top - 20 * i for i in range(len(rows) + 1)]
        if how == "lines":
            for y in ys:
                c.line(xs[0], y, xs[-1], y)
            for x in xs:
                c.line(x, ys[0], x, ys[-1])
        else:
            for i in range(len(rows)):
                for j in range(len(widths)):
                    c.rect(xs[j], ys[i + 1], widths[j], 20, stroke=1, fill=0)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                c.drawString(xs[j] + 4, ys[i] - 14, text)

    grid(740, "lines")
    grid(640, "rects")
    c.beginForm("boxed")
    grid(540, "lines")
    c.endForm()
    c.doForm("boxed")
    if prose:  # a note hugging the last table, and a page of prose well below it
        c.drawString(64, 472, "Note: overdue checks go to the maintenance manager.")
        for i in range(30):
            c.drawString(60, 420 - 12 * i, f"Line {i + 1} of the procedure text, which no table cell may take in.")
    c.showPage()
    c.save()
    return path


def test_tables_drawn_as_lines_rects_and_in_a_form_are_cut_into_cells(tmp_path: Path) -> None:
    doc = parse_file(_drawn_tables(tmp_path / "checks.pdf"), "checks.pdf")
    tables = doc.tables()
    assert len(tables) == 3
    for table in tables:
        assert table.header == ("Check", "Owner", "When")
        assert table.rows == (("Torque wrench calibration", "Metrology Technician", "every 6 months"),
                              ("Guard interlock test", "Shift Lead", "each shift"))
        assert table.location.page == 1
    # the text above the tables stays text, and no table cell is read again as a paragraph
    texts = [b.text for b in doc.text_blocks()]
    assert "The checks below are logged on the maintenance log QF-210." in texts
    assert not any("Torque wrench" in t for t in texts)


def test_cells_are_the_cells_pdfplumber_cuts(tmp_path: Path) -> None:
    """pdfplumber reading the whole page is the reference the cells must equal."""
    import pdfplumber

    path = _drawn_tables(tmp_path / "checks.pdf")
    with pdfplumber.open(str(path)) as pdf:
        reference = [t.extract() for t in pdf.pages[0].find_tables()]
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from gapscan.ingest.pdf import _ruled_tables

    document = pdfium.PdfDocument(str(path))
    page = document[0]
    textpage = page.get_textpage()
    found = _ruled_tables(page, textpage, raw, page.get_height())
    textpage.close()
    page.close()
    document.close()
    assert sorted(rows for _, rows in found) == sorted(reference)


def test_prose_far_from_the_tables_is_passed_over_and_cells_stay_pdfplumbers(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines well clear of every table are not read character by character; the cells are still
    exactly pdfplumber's, and the note right under a table stays out of it."""
    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from gapscan.ingest import pdf as reader

    path = _drawn_tables(tmp_path / "checks.pdf", prose=True)
    with pdfplumber.open(str(path)) as plumbed:
        reference = [t.extract() for t in plumbed.pages[0].find_tables()]
    document = pdfium.PdfDocument(str(path))
    page = document[0]
    textpage = page.get_textpage()
    read: list[int] = []
    unchecked = reader._unchecked

    def spied(name: str, *restype):
        fn = unchecked(name, *restype)
        return (lambda tp, i, rect: read.append(i) or fn(tp, i, rect)) if name == "FPDFText_GetLooseCharBox" else fn

    monkeypatch.setattr(reader, "_unchecked", spied)
    text = textpage.get_text_range()
    found = reader._ruled_tables(page, textpage, raw, page.get_height(), reader._line_spans(text))
    textpage.close()
    page.close()
    document.close()
    assert sorted(rows for _, rows in found) == sorted(reference)
    assert text.index("Line 3 of") not in read and text.index("Line 30 of") not in read
    assert text.index("Note: overdue") in read  # 10 pt under a table: read, and not in a cell
    assert all("Note" not in (cell or "") for _, rows in found for row in rows for cell in row)


def test_pdfplumber_never_parses_the_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfplumber

    def refuse(*args, **kwargs):
        raise AssertionError("pdfplumber.open was called")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    doc = parse_file(build_pdf(tmp_path / "table.pdf", table=True), "table.pdf")
    assert doc.error is None
    assert doc.tables()[0].rows == (("Acme Ltd", "UK", 4), ("Brightparts", "DE", 3))


def _char(text: str, x0: float, top: float, width: float = 5.0, upright: bool = True) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10, "doctop": top,
            "upright": upright}


def _word(text: str, x0: float, top: float) -> list[dict]:
    return [_char(ch, x0 + 5 * i, top) for i, ch in enumerate(text)]


@pytest.mark.parametrize("chars, expected", [
    # two words on one line, given right to left: sorted back into reading order
    (_word("shift", 40, 100) + _word("Each", 10, 100), "Each shift"),
    # a gap wider than 3 pt splits a word, a 2 pt gap does not
    (_word("ab", 10, 100) + _word("cd", 22, 100) + _word("ef", 35.5, 100), "abcd ef"),
    # tops within 3 pt of each other chain into one line; a line 12 pt lower is the next one
    (_word("Shift", 10, 100) + _word("Lead", 40, 102.5) + _word("QA", 10, 112), "Shift Lead\nQA"),
    # a space character ends a word even without a gap; a ligature glyph is spelled out
    (_word("ISO", 10, 100) + [_char(" ", 25, 100, 0.0)] + _word("9001", 25, 100) + [_char("ﬁ", 45, 100)],
     "ISO 9001fi"),
    # a character 3.5 pt off the last character's top starts a new word though the tops chain into one line
    ([_char("a", 10, 100), _char("b", 15, 103.5), _char("c", 50, 101)], "a b c"),
    # tops within 3 pt of the least (one line, read without clustering): given out of order, words by gaps
    (_word("Lead", 40, 102.9) + _word("Shift", 10, 100) + _word("QA", 70, 101), "Shift Lead QA"),
    # leading, doubled and trailing spaces on one line; a ligature spelled out
    ([_char(" ", 5, 100, 0.0)] + _word("QA", 10, 100) + [_char(" ", 20, 100, 0.0), _char(" ", 20, 100, 0.0)]
     + _word("ok", 30, 101) + [_char("ﬂ", 40, 100.5), _char(" ", 45, 100, 0.0)], "QA okfl"),
])
def test_cell_text_is_pdfplumbers_extract_text(chars: list[dict], expected: str) -> None:
    """Cell text of upright characters is read without pdfplumber's generic word extractor, and
    says exactly what it says."""
    from pdfplumber.utils import extract_text

    from gapscan.ingest.pdf import _upright_text

    assert extract_text(chars) == expected
    assert _upright_text(chars) == expected


def test_a_cell_with_rotated_characters_is_read_by_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    from gapscan.ingest import pdf as reader

    class Table:
        rows = [type("Row", (), {"bbox": (0, 0, 200, 200), "cells": [(0, 0, 200, 200)]})()]

    chars = _word("Due", 10, 100) + [_char("x", 30, 100, upright=False)]
    monkeypatch.setattr(reader, "_upright_text", lambda chars: pytest.fail("rotated text read as upright"))
    from pdfplumber.utils import extract_text

    assert reader._extract(Table(), chars) == [[extract_text(chars)]]


def _edge(x0: float, top: float, x1: float, bottom: float, kind: str = "line") -> dict:
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "y0": 842 - bottom, "y1": 842 - top, "width": x1 - x0, "height": bottom - top,
            "orientation": "h" if top == bottom else "v"}


def _ragged_grids() -> list[dict]:
    """Two grids as real exports draw them: rules off by a fraction of a point (snapped), split in pieces
    (joined), a header cell spanning two columns, a stub shorter than 3 pt, a diagonal stroke; and a
    second table below whose middle rule stops 4 pt short and whose right rule is broken (cells left open)."""
    xs, ys = [60.0, 200.3, 320.0, 430.0], [100.0, 120.0, 140.4, 160.0]
    edges = []
    for k, y in enumerate(ys):
        jitter = 0.6 * (k % 2)
        edges += [_edge(xs[0], y + jitter, 250.0, y + jitter), _edge(251.5, y, xs[-1], y)]  # split, 1.5 pt gap
    for k, x in enumerate(xs):
        top = ys[1] if k == 2 else ys[0]  # no rule between the two header cells over columns 2 and 3
        edges += [_edge(x + 0.4 * k, top, x + 0.4 * k, 130.0), _edge(x, 131.0, x, ys[-1])]
    edges += [_edge(100.0, 150.0, 102.0, 150.0), _edge(70.0, 101.0, 90.0, 119.0)]
    lower = [300.0, 318.0, 336.0]
    edges += [_edge(60.0, y, 300.0, y) for y in lower]
    edges += [_edge(x, lower[0], x, lower[-1] if x != 180.0 else lower[-1] - 4) for x in (60.0, 180.0)]
    edges += [_edge(300.0, lower[0], 300.0, 321.0), _edge(300.0, 327.0, 300.0, lower[-1])]  # broken 6 pt
    return edges


def test_table_finder_cuts_the_cells_pdfplumbers_does() -> None:
    """_find_tables is pdfplumber's TableFinder for the default settings, cell for cell."""
    from dataclasses import dataclass

    from pdfplumber.table import TableFinder, TableSettings

    from gapscan.ingest.pdf import _find_tables

    @dataclass
    class Page:
        edges: list
        bbox: tuple = (0, 0, 595, 842)

    edges = _ragged_grids()
    expected = [t.cells for t in TableFinder(Page(edges), TableSettings.resolve(None)).tables]
    assert len(expected) == 2 and len(expected[0]) == 9
    # the header cell over two columns is one cell; the diagonal, read as a vertical rule at its x0 as
    # pdfplumber reads it, cuts the first header cell at x 70
    assert (200.5, 100.0, 430.6, 120.3) in expected[0] and (60.0, 100.0, 70.0, 120.3) in expected[0]
    assert expected[1] == [(60.0, 300.0, 180.0, 318.0), (180.0, 300.0, 300.0, 318.0)]  # its second row is open
    assert [t.cells for t in _find_tables(edges)] == expected
    assert [[c.cells for c in t.rows] for t in _find_tables(edges)] == \
        [[c.cells for c in t.rows] for t in TableFinder(Page(edges), TableSettings.resolve(None)).tables]


def test_without_the_unchecked_bindings_the_typed_ones_read_the_same(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A pypdfium2 that keeps its library where the unchecked bindings do not look is read through
    its typed bindings, to the same Document."""
    from gapscan.ingest import pdf as reader

    path = _drawn_tables(tmp_path / "checks.pdf", prose=True)
    fast = parse_file(path, "checks.pdf")
    monkeypatch.setattr(reader, "_pdfium", lambda: None)
    typed = parse_file(path, "checks.pdf")
    assert typed.status.value == "ok" and len(typed.tables()) == 3
    assert typed.blocks == fast.blocks
    assert typed.tables()[0].rows[0] == fast.tables()[0].rows[0]


def test_a_character_pdfium_gives_as_half_a_surrogate_pair_is_a_replacement_character(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A hostile font can map a glyph to a lone surrogate (or past U+10FFFF); the cell keeps U+FFFD in its
    place, so every report can still be written as UTF-8."""
    import json

    from gapscan.ingest import pdf as reader

    real = reader._unchecked

    def unchecked(name, *args):
        fn = real(name, *args)
        if name != "FPDFText_GetUnicode":
            return fn
        return lambda tp, i: {0x54: 0xD83D, 0x47: 0x110000}.get(fn(tp, i), fn(tp, i))  # 'T', 'G'

    monkeypatch.setattr(reader, "_unchecked", unchecked)
    doc = parse_file(_drawn_tables(tmp_path / "checks.pdf"), "checks.pdf")
    row = doc.tables()[0].rows[0]
    assert row[0] == "\ufffdorque wrench calibration"
    assert doc.tables()[0].rows[1][0] == "\ufffduard interlock test"
    json.dumps([list(r) for t in doc.tables() for r in t.rows], ensure_ascii=False).encode("utf-8")
