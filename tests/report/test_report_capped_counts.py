"""A rule that lists at most so many places a document says how many it found, wherever it counts them.

CM01 lists at most 30 headings a document, CM03 and CM04 at most 10 sentences. A manual with 68 sentences
restating the standard read "CM03 standard-speak ×10" beside "sentences restating the standard: 68", and the
summary's "+9 more like this in the same file": three counts of one thing.
"""
from __future__ import annotations

import io

from gapscan.model import Location, Report, Severity
from gapscan.report import render
from gapscan.report.common import finding_groups, more_like_this
from gapscan.rules.registry import BY_CODE

PATH = "manual.md"


def _report(found: int = 5, listed: int = 3) -> Report:
    findings = tuple(BY_CODE["CM01"].finding(
        path=PATH, location=Location(line=10 * (i + 1)), severity=Severity.WARNING,
        message=f"heading '{i + 4} Clause' is ISO 9001:2015 clause {i + 4}",
        metrics={"matched_headings": found, "headings": 8, "share_of_headings": round(found / 8, 3)})
        for i in range(listed))
    return Report(root="set", tool_version="0", command="audit", documents=(), findings=findings)


def test_every_human_format_says_how_many_of_how_many_are_listed():
    import docx

    report = _report()
    assert finding_groups(report.findings)[0].found == 5
    assert more_like_this(report, report.findings[0]) == " (+4 more like this in the same file)"

    markdown = render(report, "markdown")
    assert "warning ×3 of 5 (2 more not listed)" in markdown
    terminal = " ".join(render(report, "terminal", width=120).split())
    assert "CM01 clause-numbered-headings ×3 of 5 " in terminal
    html = render(report, "html")
    assert '<span class="count">×3 of 5</span>' in html
    assert "Places (2 more not listed): lines 10, 20, 30" in html
    texts = [p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs]
    assert "CM01 clause-numbered-headings (warning, 3 of 5 places listed)" in texts
    assert "The 3 places listed: lines 10, 20, 30" in texts


def test_a_rule_under_its_limit_reads_as_before():
    report = _report(found=3)
    assert finding_groups(report.findings)[0].found == 3
    markdown = render(report, "markdown")
    assert "warning ×3<br>" in markdown or "warning ×3 |" in markdown
    assert " of 3" not in markdown and "listed" not in markdown
    assert more_like_this(report, report.findings[0]) == " (+2 more like this in the same file)"



def test_markdown_claims_line_agrees_in_number():
    """'Claims checked against the records: 8 holds' read as a typo to the client; one claim holds, eight hold."""
    from gapscan.model import ClaimCheck, ClaimStatus, Document, DocumentResult, Kind
    from gapscan.report.common import claims_text as _claims_line

    doc = Document(path="qp.md", source="/x/qp.md", format="md", kind=Kind.PROCEDURE)

    def line(n: int) -> str:
        claims = tuple(ClaimCheck(kind="form", text=f"use QF-{i}", location=None, status=ClaimStatus.HOLDS) for i in range(n))
        return _claims_line(DocumentResult(document=doc, claims=claims))

    assert line(8) == "Claims against the records: 8 hold"
    assert line(1) == "Claims against the records: 1 holds"


def test_the_findings_part_says_some_places_are_in_no_report():
    """'One row per rule and document: every place it fires ... The JSON and SARIF reports hold each place as its
    own result' stood above 'CM01 ×30 of 33 (3 more not listed)' (harrow-vale QM-01, ux24): the JSON holds 30, so
    the 3 others are in no report. The opening line says so when a rule capped its list, and only then."""
    import docx

    report = _report()
    said = "A rule that fires very often in one document lists its first places and counts the rest " \
           "(e.g. CM01 ×3 of 5 in manual.md): 2 more places are counted but listed in no report."
    assert said in render(report, "markdown")
    assert said in render(report, "html")
    assert any(said in p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs)
    assert "listed in no report" not in render(_report(found=3), "markdown")
