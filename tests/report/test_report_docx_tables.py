"""The Word report's tables, as Word and LibreOffice lay them out."""
from __future__ import annotations

import io

from gapscan.report import render


def test_word_tables_keep_their_column_widths_in_the_grid():
    """LibreOffice (and Word on reflow) lay a table out by its grid: with only the cells' widths set, the
    documents table came out in eight equal columns, 'specificit-y' and file names broken a letter a line."""
    import docx
    from docx.shared import Cm

    from report_fixtures import build_report

    document = docx.Document(io.BytesIO(render(build_report(), "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    grid = [c.width for c in table.columns]
    cells = [c.width for c in table.rows[1].cells]
    assert grid == cells and len(set(grid)) > 2
    assert grid[0] == max(grid)  # the file names get the room
    header = [c.text for c in table.rows[0].cells]
    for word in ("specificity", "mirroring", "procedure", "status"):
        column = header.index(word) if word in header else header.index("kind")
        # 8 pt bold, about 0.17 cm a letter, plus the cell's margins (0.38 cm)
        assert grid[column] >= Cm(0.17 * len(word) + 0.38), (word, grid[column])
    assert sum(grid) <= Cm(17.05)  # an A4 page between 2 cm margins (Letter is wider)
    section = document.sections[0]
    assert section.page_width - section.left_margin - section.right_margin >= sum(grid)
    assert not table.autofit
