"""The counts at the top of a report read as plain English: no '1 documents', no '0 findings (no findings)'."""
from __future__ import annotations

from gapscan.report import render


def test_a_run_without_findings_says_so_once(empty_report):
    """'0 findings (no findings) under 0 entries (one per rule and document)' said nothing three times."""
    markdown = render(empty_report, "markdown")
    assert "- No findings" in markdown.splitlines() and "under 0 entries" not in markdown
    html = render(empty_report, "html")
    assert '<li><b id="count-findings">0</b> findings</li>' in html and "in 0 entries" not in html


def test_one_document_is_one_document_in_the_html_facts(report):
    """A one-file run read '1 documents (1 procedure)' at the top of the HTML report."""
    import dataclasses

    one = dataclasses.replace(report, documents=report.documents[:1])
    html = render(one, "html")
    assert '<b id="count-documents">1</b> document (1 procedure)' in html, html[html.find("count-documents"):][:80]


def test_the_word_title_page_says_no_findings_once(report):
    import dataclasses
    import io

    import docx

    none = dataclasses.replace(report, findings=(), summary=None)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render(none, "docx"))).paragraphs]
    line = next(p for p in paragraphs if "could not be read" in p)
    assert "no findings; 1 could not be read" in line and "0 findings" not in line, line


def test_the_terminal_says_no_findings_once(empty_report):
    text = render(empty_report, "terminal", width=100)
    assert "no findings" in text.splitlines() and "0 findings" not in text, text
