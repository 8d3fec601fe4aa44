"""The standard beside a verdict is the one gapscan compared the document with, not a claim that it copies it.

Seen on a real food-safety set written for another scheme: "mixed (model probability 0.65), mirrors ISO
22000:2018 · scores out of 100: mirroring 10" on sixteen documents that never name ISO 22000; the standard was
read from the set's food-safety words. "Mirrors" beside a mirroring score of 10 is a finding a consultant could
not defend; "read against" says what gapscan did.
"""
from __future__ import annotations

import dataclasses
import io

import docx

from gapscan.model import Scores, Verdict
from gapscan.report import render

from report_fixtures import PROC


def _mixed_low_mirroring(report):
    docs = tuple(dataclasses.replace(d, verdict=Verdict.MIXED, verdict_probability=0.65, standard="iso22000",
                                     scores=Scores(mirroring=10.0, specificity=16.0))
                 if d.document.path == PROC else d for d in report.documents)
    return dataclasses.replace(report, documents=docs)


def test_a_document_is_said_to_be_read_against_the_standard_not_to_mirror_it(report):
    report = _mixed_low_mirroring(report)
    head = "(model probability 0.65), read against ISO 22000:2018 · scores out of 100: mirroring 10"
    markdown = render(report, "markdown")
    assert f"procedure · **mixed** {head}" in markdown
    html = render(report, "html")
    assert "(model probability 0.65), read against ISO 22000:2018" in html
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs]
    assert any(p.startswith(f"procedure · mixed {head}") for p in paragraphs), paragraphs
    for text in (markdown, html, "\n".join(paragraphs)):
        assert "mirrors ISO 22000" not in text
