"""The executive summary reads in one order in every format: the headline and its counts, then the findings
that matter most, then the sections that explain them. HTML and Word put the findings first while markdown
and the terminal put them after the sections, so one client's copy did not read like another's."""
from __future__ import annotations

import io
import re

from gapscan.report import render

from report_fixtures import build_report

TOP = {"terminal": "Top findings", "markdown": "Findings that matter most", "html": "Findings that matter most",
       "docx": "Findings that matter most"}


def _text(fmt: str) -> str:
    out = render(build_report(), fmt)
    if fmt == "docx":
        import docx

        return "\n".join(p.text for p in docx.Document(io.BytesIO(out)).paragraphs)
    if fmt == "html":
        return re.sub(r"<[^>]+>", "", out)
    return out


def test_the_findings_that_matter_most_come_before_the_summary_sections_in_every_format():
    for fmt, top in TOP.items():
        text = _text(fmt)
        summary = text[text.index("Executive summary"):]
        found = [summary.find(t) for t in (top, "The documented system", "The system in use")]
        assert -1 not in found, (fmt, found)
        assert found == sorted(found), (fmt, found)
