"""Word report, 'Findings that matter most': a rule in one file reads as the markdown report does, 'Rule
(CODE, severity): path line N: message', with a colon between the rule and its place, not run together."""
from __future__ import annotations

import io

import docx

from gapscan.report import render


def test_a_top_finding_in_one_file_has_a_colon_before_its_place(report):
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs]
    heads = [p for f in report.summary.top_findings for p in paragraphs if f"({f.rule}, " in p and f.path in p]
    assert heads
    for p in heads:
        code = next(f.rule for f in report.summary.top_findings if f"({f.rule}, " in p)
        close = p.index(")", p.index(f"({code}, "))
        assert p[close + 1:close + 3] == ": ", p
