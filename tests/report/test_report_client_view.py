"""What a client sees in the Word report's tables: a chart's header, and file names as they are."""
from __future__ import annotations

import io

from gapscan.model import Report
from gapscan.report import render

from report_fixtures import XLSX, build_report

ZWSP = "\u200b"


def _word(report: Report):
    import docx

    return docx.Document(io.BytesIO(render(report, "docx")))


def _chart_tables(document):
    verdicts = {"mirrored", "mixed", "operational"}
    return [t for t in document.tables if {r.cells[0].text for r in t.rows} & verdicts]


def test_word_chart_table_has_no_half_labelled_header():
    """The HTML chart is bars with a label and a number, no header; the Word table read 'value' over the numbers
    beside an empty header cell over the labels. Now it has no header row either: every row is a bar."""
    tables = _chart_tables(_word(build_report()))
    assert tables, "the verdict chart is missing from the Word report"
    for table in tables:
        first = [c.text for c in table.rows[0].cells]
        assert "value" not in first and first[0], first
        assert [r.cells[0].text for r in table.rows] == ["mirrored", "mixed", "operational"]
        # with no header row, the table style must not dress the first bar as one
        look = table._tbl.tblPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblLook")
        assert look is not None
        assert look.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}firstRow") == "0"


def test_word_documents_table_keeps_file_names_as_they_are():
    """A consultant copies a file name out of the Word report, or searches for it: the cell holds the plain path,
    with no invisible break characters in it (a zero-width space after '_', '-', '/' was tried for wrapping, and
    dropped because the name then no longer matches the file's when copied or searched)."""
    document = _word(build_report())
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    names = [r.cells[0].text for r in table.rows[1:]]
    assert XLSX in names
    assert not any(ZWSP in n for n in names)


def test_word_chart_labels_read_as_plain_text_like_the_html_bars():
    """The table style's first-column emphasis set every chart label in bold, where the HTML bars label in plain
    text: the labels are not headings, so the chart table switches that emphasis off and its runs say not bold."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for table in _chart_tables(_word(build_report())):
        look = table._tbl.tblPr.find(f"{w}tblLook")
        assert look.get(f"{w}firstColumn") == "0"
        assert not int(look.get(f"{w}val", "0"), 16) & 0x0080  # the legacy bit Word reads for the same switch
        for row in table.rows:
            runs = [r for p in row.cells[0].paragraphs for r in p.runs]
            assert runs and all(r.bold is False for r in runs), row.cells[0].text


def test_a_chart_title_stays_on_the_page_of_its_bars():
    """A chart's title fell at the foot of one page and its bars on the next: the caption keeps with the table."""
    document = _word(build_report())
    captions = [p for p in document.paragraphs if p.style.name == "Caption"]
    assert captions and all(p.paragraph_format.keep_with_next for p in captions)
