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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LONG = "records/Remote_Work_Transition_Plan_and_Home_Office_Equipment_Register.xlsx"


def _with_long_name(name: str):
    import dataclasses

    from report_fixtures import XLSX, build_report

    report = build_report()
    docs = tuple(dataclasses.replace(d, document=dataclasses.replace(d.document, path=name))
                 if d.document.path == XLSX else d for d in report.documents)
    return dataclasses.replace(report, documents=docs)


def _section_of(document, table):
    """The page setup a table is laid out in: the next section break after it (Word keeps a section's
    properties at its end), else the document's last section."""
    from docx.section import Section

    body = list(document.element.body)
    for element in body[body.index(table._tbl) + 1:]:
        found = element.find(f"{W}pPr/{W}sectPr") if element.tag == f"{W}p" else (
            element if element.tag == f"{W}sectPr" else None)
        if found is not None:
            return Section(found, document.part)
    return document.sections[-1]


def test_a_long_file_name_gets_a_column_wide_enough_for_its_longest_unbroken_part():
    """Word and LibreOffice break a name at spaces, '-' and '/', never at '_': in a 3.9 cm column
    'Remote_Work_Transition_Plan...' was cut mid-word ('Transit ion'). The cell keeps the exact name, and the
    table gets the room: the column holds the longest unbroken part at the cell's font size, on a page (turned
    landscape for this table) wide enough for the whole table."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    document = docx.Document(io.BytesIO(render(_with_long_name(LONG), "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    row = next(r for r in table.rows if r.cells[0].text == LONG)
    sizes = {run.font.size.pt for p in row.cells[0].paragraphs for run in p.runs}
    assert len(sizes) == 1 and min(sizes) >= 6
    longest = max(len(part) for part in LONG.replace("-", "/").replace(" ", "/").split("/"))
    grid = [c.width for c in table.columns]
    assert grid[0] >= Cm(0.17 * longest * sizes.pop() / 8 + 0.38), grid[0].cm
    section = _section_of(document, table)
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    assert section.page_width - section.left_margin - section.right_margin >= sum(grid)
    assert sum(grid) <= Cm(25.75)  # A4 landscape between 2 cm margins too
    # the findings after the table are on upright pages again
    assert document.sections[-1].orientation == WD_ORIENT.PORTRAIT
    assert document.sections[-1].page_width < document.sections[-1].page_height


def test_short_file_names_keep_the_upright_page():
    import docx
    from docx.enum.section import WD_ORIENT

    from report_fixtures import build_report

    document = docx.Document(io.BytesIO(render(build_report(), "docx")))
    assert all(s.orientation == WD_ORIENT.PORTRAIT for s in document.sections)


def test_the_documents_table_repeats_its_header_on_each_page_and_keeps_a_row_on_one_page():
    """Forty documents run over several pages: without its header row on each page, the reader of page 7 sees
    columns of bare numbers, and a row split over two pages cut a file name in half."""
    import docx

    document = docx.Document(io.BytesIO(render(_with_long_name(LONG), "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    assert table.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r._tr.find(f"{W}trPr/{W}cantSplit") is not None for r in table.rows[1:])


def test_an_empty_cell_is_as_tall_as_the_text_beside_it():
    """A month with no entry has no bar: its empty cell took the height of the document's 11 pt paragraph mark,
    so the run of empty months at the end of a log's chart stood taller than the months with bars. Every cell's
    paragraph mark is 8 pt, as its text."""
    import docx

    from report_fixtures import build_report

    document = docx.Document(io.BytesIO(render(build_report(), "docx")))
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    mark = p._p.find(f"{W}pPr/{W}rPr/{W}sz")
                    assert mark is not None and mark.get(f"{W}val") == "16", (cell.text, p._p.xml[-300:])


def test_a_page_turned_for_one_long_name_gives_the_rest_to_the_verdicts_not_to_blank_name_cells():
    """rate-nl/ISO: 'Remote_Work_Transition_Plan.md' alone turned the page, and the names' column took all of
    its width, 40 letters of blank beside each name while 'operational, uncertain (0.55)' wrapped to three lines.
    The names get what the longest of them needs on one line; the verdicts what is left, as far as they need."""
    import docx
    from docx.shared import Cm

    name = "records/Remote_Work_Transition_Plan.md"
    document = docx.Document(io.BytesIO(render(_with_long_name(name), "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    grid = [c.width for c in table.columns]
    names = [r.cells[0].text for r in table.rows[1:]]
    assert grid[0] >= Cm(0.17 * len("Remote_Work_Transition_Plan.md") + 0.38)
    assert grid[0] <= Cm(1.1 * 0.17 * max(len(n) for n in names) + 0.38 + 0.05), grid[0].cm  # a tenth to spare
    verdicts = [r.cells[2].text for r in table.rows[1:]]
    assert grid[2] >= Cm(0.17 * max(len(v) for v in verdicts) + 0.38 - 0.05), (grid[2].cm, verdicts)
    section = _section_of(document, table)
    assert section.page_width - section.left_margin - section.right_margin >= sum(grid)


def test_turning_the_page_leaves_no_blank_page_after_the_summary():
    """The summary ends on a page break; a section that starts on a new page right after it made Word show an
    empty page. The page break gives way to the section break."""
    import docx

    document = docx.Document(io.BytesIO(render(_with_long_name(LONG), "docx")))
    body = list(document.element.body)
    heading = next(e for e in body if e.tag == f"{W}p" and "".join(e.xpath(".//w:t/text()")) == "Documents")
    before = body[body.index(heading) - 1]  # the paragraph holding the section break
    assert before.find(f"{W}pPr/{W}sectPr") is not None
    previous = body[body.index(heading) - 2]
    assert not previous.xpath(".//w:br[@w:type='page']"), "a page break right before the section break"


def test_names_that_would_take_three_lines_upright_turn_the_page():
    """harrow-vale's Word report set 'procedures/QP-08 Nonconforming Output and Corrective Action.docx' in a
    3.9 cm column: five lines a row, the documents table four pages of narrow stripes. A name that needs more
    than two lines upright turns the table's page on its side, where it gets the width of its whole name."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    name = "procedures/QP-08 Nonconforming Output and Corrective Action Handling.docx"
    document = docx.Document(io.BytesIO(render(_with_long_name(name), "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    assert _section_of(document, table).orientation == WD_ORIENT.LANDSCAPE
    grid = [c.width for c in table.columns]
    # the whole name at 8 pt (about 0.17 cm a letter) on at most two lines of its column
    assert 2 * (grid[0] - Cm(0.38)) >= Cm(0.17 * len(name)), grid[0].cm
