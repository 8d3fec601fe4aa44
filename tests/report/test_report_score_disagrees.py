"""A verdict beside a mirroring score that seems to say the opposite ("mirrored (0.82)" next to "mirroring 1")
is marked in every documents table and explained where the reader sees both: the verdict is left as it is."""
from __future__ import annotations

import dataclasses
import io

import docx

from gapscan.model import Scores, Verdict
from gapscan.report import render

from report_fixtures import PROC, REVIEW


def _with(report, path: str, **kw):
    docs = tuple(dataclasses.replace(d, **kw) if d.document.path == path else d for d in report.documents)
    return dataclasses.replace(report, documents=docs)


def _low_mirroring_mirrored(report):
    return _with(report, PROC, verdict=Verdict.MIRRORED, verdict_probability=0.82,
                 scores=Scores(mirroring=1.0, specificity=9.0, drift=None))


WHY = "mirrored though its mirroring score is low"
COUNTS = "the mirroring score counts only clause headings, clause order and wording restated from the standard"


def test_every_human_format_explains_a_mirrored_verdict_beside_a_low_mirroring_score(report):
    report = _low_mirroring_mirrored(report)
    markdown = render(report, "markdown")
    assert "| mirrored (0.82) \\* |" in markdown  # the table's mark, escaped so markdown shows it
    assert "\\* 1 verdict beside a mirroring score that seems to say the opposite" in markdown
    line = next(x for x in markdown.splitlines() if x.startswith("procedure · **mirrored** (model probability 0.82)"))
    assert f"mirroring 1, specificity 9 ({WHY}: {COUNTS}, while the verdict also weighs how little of the actual " \
           "work the text names (specificity 9))" in line
    terminal = render(report, "terminal", width=200)
    assert "mirrored (0.82) *" in terminal and "* 1 verdict beside a mirroring score" in terminal
    html = render(report, "html")
    assert f'<span title="{WHY}: {COUNTS}' in html and "1 verdict beside a mirroring score" in html
    assert WHY in html.split('id="findings"')[1]  # and on the document's own line
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs]
    assert any(p.startswith("* 1 verdict beside a mirroring score") for p in paragraphs)
    assert any(WHY in p for p in paragraphs)


def test_an_operational_verdict_beside_a_high_score_is_explained_the_other_way(report):
    report = _with(report, REVIEW, verdict=Verdict.OPERATIONAL, scores=Scores(mirroring=70.0, specificity=80.0))
    markdown = render(report, "markdown")
    assert "operational though its mirroring score is high" in markdown
    assert "how much of the actual work the text names (specificity 80)" in markdown


def test_no_mark_where_verdict_and_score_agree(report):
    # the fixture's mirrored procedure scores 82, its mixed one 45, its operational review 30
    for fmt in ("markdown", "terminal", "html"):
        text = render(report, fmt)
        assert "seems to say the opposite" not in text and "though its mirroring score" not in text
    assert "(0.95) *" not in render(_with(report, PROC, verdict_probability=0.95), "terminal")
