"""A draft check reads procedures only: its human reports carry no empty executive summary, no audit dates
and no drift column (every cell would be a dash); an audit keeps all three."""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import docx

from gapscan.report import render

DATES = (dt.date(2026, 3, 17),)


def _docx_headers(data: bytes) -> list[str]:
    """The header row of the documents table (an audit's summary charts are tables before it)."""
    tables = docx.Document(io.BytesIO(data)).tables
    return next(h for h in ([c.text for c in t.rows[0].cells] for t in tables) if h[0] == "document")


def test_check_reports_leave_out_what_a_check_never_has(check_report):
    report = replace(check_report, audit_dates=DATES)
    html = render(report, "html")
    assert 'id="summary"' not in html and "No executive summary" not in html and 'href="#summary"' not in html
    assert "Audit dates" not in html and '<th class="num">drift</th>' not in html
    assert '<th class="num">specificity</th><th class="num">findings</th>' in html
    markdown = render(report, "markdown")
    assert "Audit dates" not in markdown
    assert ("| document | kind | format | verdict (probability) | mirroring | specificity | findings | status |"
            in markdown)
    assert "2026-03-17" not in markdown
    assert _docx_headers(render(report, "docx")) == ["document", "kind", "verdict (probability)", "mirroring",
                                                        "specificity", "findings", "status"]
    assert "Audit dates" not in "\n".join(p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs)


def test_audit_reports_keep_summary_dates_and_drift(report):
    html = render(report, "html")
    assert 'id="summary"' in html and 'href="#summary"' in html and '<th class="num">drift</th>' in html
    assert "Audit dates: 2025-05-12" in html
    markdown = render(report, "markdown")
    assert ("| document | kind | format | verdict (probability) | mirroring | specificity | drift | findings "
            "| status |") in markdown
    assert "- Audit dates: 2025-05-12" in markdown
    assert "drift" in _docx_headers(render(report, "docx"))
