"""The Word documents table's verdict cell for a procedure in another language. "not judged: text in German" in
a 2.5 cm column wrapped a word or two a line ("not judged: / text in / German"), on every row of a set in German.
The cell now reads two whole lines: "not judged:", then "German text"; the markdown keeps its one line."""
from __future__ import annotations

import dataclasses
import io

from gapscan.model import Kind
from gapscan.report import render

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _german_report():
    from report_fixtures import build_report

    report = build_report()
    docs = list(report.documents)
    i = next(k for k, d in enumerate(docs) if d.document.kind is Kind.PROCEDURE and d.verdict is not None)
    german = dataclasses.replace(docs[i].document, path="de/richtlinie-zum-it-betrieb.md", language="de")
    docs[i] = dataclasses.replace(docs[i], document=german, verdict=None, verdict_probability=None)
    return dataclasses.replace(report, documents=tuple(docs))


def test_word_verdict_cell_of_a_german_procedure_is_two_whole_lines():
    import docx

    document = docx.Document(io.BytesIO(render(_german_report(), "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    header = [c.text for c in table.rows[0].cells]
    row = next(r for r in table.rows if r.cells[0].text == "de/richtlinie-zum-it-betrieb.md")
    cell = row.cells[header.index("verdict (probability)")]
    # before: one run "not judged: text in German", broken wherever the column ran out
    assert cell.text == "not judged:\nGerman text"
    assert len(cell._tc.findall(f".//{W}br")) == 1


def test_markdown_still_says_it_on_one_line():
    text = render(_german_report(), "markdown")
    text = text.decode() if isinstance(text, bytes) else text
    assert "not judged: text in German" in text
