"""A verdict's model probability is never printed as a certainty.

Seen on real sets: "mirrored (model probability 1.00)" beside a verdict model that is right on about four real
procedures in five. A probability that rounds to 1 or 0 is shown as "above 0.99" or "below 0.01" in every format that
prints it; the JSON report keeps the number itself.
"""
from __future__ import annotations

import dataclasses
import io
import json

import docx
import pytest

from gapscan.report import render
from gapscan.report.common import probability_text

from report_fixtures import PROC


@pytest.mark.parametrize("p, text", [(0.999, "above 0.99"), (0.995, "above 0.99"), (0.994, "0.99"), (0.5, "0.50"),
                                     (0.006, "0.01"), (0.004, "below 0.01"), (0.0, "below 0.01")])
def test_probability_text(p, text):
    assert probability_text(p) == text


def test_no_format_prints_a_verdict_as_certain(report):
    report = dataclasses.replace(report, documents=tuple(
        dataclasses.replace(d, verdict_probability=0.9991) if d.document.path == PROC else d
        for d in report.documents))
    assert "mirrored (above 0.99)" in render(report, "terminal")
    markdown = render(report, "markdown")
    assert "**mirrored** (model probability above 0.99)" in markdown and "| mirrored (above 0.99) |" in markdown
    html = render(report, "html")
    assert "(model probability above 0.99)" in html and "mirrored (above 0.99)" in html
    paragraphs = "\n".join(p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs)
    assert "mirrored (model probability above 0.99)" in paragraphs
    for fmt in ("terminal", "markdown", "html"):
        assert "1.00" not in render(report, fmt)
    data = json.loads(render(report, "json"))
    assert [d["verdict_probability"] for d in data["documents"] if d["path"] == PROC] == [0.9991]
