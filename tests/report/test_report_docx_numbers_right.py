"""The Word report's documents table set its scores and finding counts flush left (a client's ISMS pack read in
LibreOffice: '5', '100', '15' under 'mirroring' and 'specificity' with their digits out of line), where the
Markdown and HTML reports set them flush right, as numbers are read down a column. The Word table now does too,
the names and words beside them staying left."""
from __future__ import annotations

import io

from gapscan.report import render


def test_word_documents_table_sets_its_numbers_flush_right():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from report_fixtures import build_report

    document = docx.Document(io.BytesIO(render(build_report(), "docx")))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "document")
    header = [c.text for c in table.rows[0].cells]
    numeric = [header.index(h) for h in ("mirroring", "specificity", "drift", "findings") if h in header]
    assert len(numeric) >= 3, header
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            right = all(p.alignment == WD_ALIGN_PARAGRAPH.RIGHT for p in cell.paragraphs)
            assert right == (i in numeric), (header[i], cell.text, [p.alignment for p in cell.paragraphs])
