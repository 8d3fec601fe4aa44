"""What a client sees in the Word report's tables: a chart's header, and where a long file name may wrap."""
from __future__ import annotations

import io
import json

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


def test_word_documents_table_lets_file_names_break_between_their_words():
    """'Remote_Work_Transition_Plan.md' wrapped as 'Remote_Work_Transit / ion_Plan.md': the cell now offers a
    break after each '_', '-' and '/', so the name wraps between its words; the text otherwise unchanged."""
    document = _word(build_report())
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    names = [r.cells[0].text for r in table.rows[1:]]
    shown = next(n for n in names if n.replace(ZWSP, "") == XLSX)
    assert shown == f"records/{ZWSP}supplier_{ZWSP}eval.xlsx"
    assert all(ZWSP not in (n.replace(f"/{ZWSP}", "").replace(f"_{ZWSP}", "").replace(f"-{ZWSP}", ""))
               for n in names)
    # only the Word table: the other formats keep the plain path
    assert ZWSP not in json.dumps(json.loads(render(build_report(), "json")), ensure_ascii=False)
    assert ZWSP not in render(build_report(), "html") and ZWSP not in render(build_report(), "markdown")
