"""A procedure's claims line does not call claims "checked" that were not: on a real food-safety set every
document with a finding read "Claims checked against the records: 2 not checkable"."""
from __future__ import annotations

from gapscan.model import ClaimCheck, ClaimStatus, Document, DocumentResult, Kind
from gapscan.report import render
from gapscan.report.common import claims_text


def _result(*statuses):
    doc = Document(path="qp.md", source="/x/qp.md", format="md", kind=Kind.PROCEDURE)
    return DocumentResult(document=doc, claims=tuple(
        ClaimCheck(kind="frequency", text=f"weekly check {i}", location=None, status=s)
        for i, s in enumerate(statuses)))


def test_claims_none_of_which_was_checked_are_not_called_checked():
    line = claims_text(_result(ClaimStatus.NOT_CHECKABLE, ClaimStatus.NOT_CHECKABLE))
    assert line == "Claims against the records: 2 not checkable"
    assert "checked against" not in line


def test_the_markdown_report_says_it_the_same_way(report):
    markdown = render(report, "markdown")
    assert "Claims against the records: 1 holds, 1 drifted" in markdown
    assert "Claims checked against" not in markdown
