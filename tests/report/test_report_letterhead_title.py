"""A title that three or more documents share is their letterhead, not what each is about: on a real food-safety
set every document section read "title: GOODNESS GARDENS" (the company name at the top of each PDF page)."""
from __future__ import annotations

import dataclasses

from gapscan.model import Kind
from gapscan.report import render

from report_fixtures import PROC


def _letterheaded(report):
    docs = tuple(dataclasses.replace(d, document=dataclasses.replace(d.document, title="ACME FOODS LTD"))
                 if d.document.kind is not Kind.PROCEDURE or d.document.path == PROC else d
                 for d in report.documents)
    return dataclasses.replace(report, documents=docs)


def test_a_title_most_documents_share_is_not_shown_as_a_documents_title(report):
    report = _letterheaded(report)
    assert sum(d.document.title == "ACME FOODS LTD" for d in report.documents) >= 3
    markdown = render(report, "markdown")
    html = render(report, "html")
    assert "ACME FOODS LTD" not in markdown and "ACME FOODS LTD" not in html
    assert "title: Calibration of gauges" in markdown  # a title of its own is still shown
    assert "<i>Calibration of gauges</i>" in html
