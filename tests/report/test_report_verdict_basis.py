"""Beside a verdict stands what it rests on, the verdict model's probability; the 0-100 scores are named as
scores, so 'verdict mirrored' beside 'mirroring 32' no longer reads as if one were drawn from the other."""
from __future__ import annotations

import dataclasses
import io

import docx

from gapscan.report import render

from report_fixtures import PROC


def _with_probability(report, p: float):
    docs = tuple(dataclasses.replace(d, verdict_probability=p) if d.document.path == PROC else d
                 for d in report.documents)
    return dataclasses.replace(report, documents=docs)


def test_the_check_verdict_line_says_what_each_number_is(check_report):
    lines = render(_with_probability(check_report, 0.95), "terminal").splitlines()
    assert (f"{PROC}: verdict mirrored (model probability 0.95); scores out of 100: mirroring 82, specificity 14, "
            "drift 61 - 2 findings") in lines


def test_every_human_format_shows_the_models_probability_beside_the_verdict(report):
    report = _with_probability(report, 0.95)
    scores = "scores out of 100: mirroring 82, specificity 14, drift 61"
    terminal = render(report, "terminal")
    assert "verdict (p)" in terminal and "mirrored (0.95)" in terminal
    markdown = render(report, "markdown")
    assert f"procedure · **mirrored** (model probability 0.95), read against ISO 9001:2015 · {scores}" in markdown
    assert "| mirrored (0.95) |" in markdown
    html = render(report, "html")
    assert "(model probability 0.95), read against ISO 9001:2015" in html and f" · {scores}" in html
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs]
    assert f"procedure · mirrored (model probability 0.95), read against ISO 9001:2015 · {scores}" in paragraphs
