"""The HTML report on the hand-built report: self-contained, marked, and counting what the JSON counts."""
from __future__ import annotations

import json
import re

from gapscan.report import render

from report_fixtures import PIPE_MESSAGE, PROC, XLSX


def test_self_contained_and_marked(report):
    html = render(report, "html")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # nothing fetched
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert '<meta name="generator" content="gapscan-report 0.1.0">' in html
    assert html.count("<svg") == 2  # the summary's two charts


def test_counts_agree_with_json(report):
    html = render(report, "html")
    data = json.loads(render(report, "json"))
    assert f'<b id="count-documents">{len(data["documents"])}</b>' in html
    assert f'<b id="count-findings">{len(data["findings"])}</b>' in html
    rows = re.findall(r"<tr class=\"status-", html)
    assert len(rows) == len(data["documents"])
    counts = [int(n) for n in re.findall(r'data-count="(\d+)"', html)]
    assert sum(counts) == len(data["findings"])
    rules = re.findall(r'<option value="([A-Z]{2}\d\d)">', html)
    assert rules == sorted({f["rule"] for f in data["findings"]})


def test_escaped_and_grouped_with_evidence_and_fix(report):
    html = render(report, "html")
    assert "[bold]equipment[/bold]" in html and "<bold>" not in html
    assert PIPE_MESSAGE.replace("'", "&#39;") in html
    doc = html[html.index('<article class="doc" id="doc-procedures-purchasing-md">'):]
    doc = doc[:doc.index("</article>")]
    assert "mirrored</b>, read against ISO 9001:2015" in doc
    assert "interval days: expected 365 vs actual 410.5 (median)" in doc
    # the fixture holds no sheet to check the date against: shown as a note, not as a quote
    assert f"<span class=\"note\">2024-03-04</span> <span class=\"where\">({XLSX} Log!B31)</span>" in doc
    assert "<b>How to fix:</b> Either evaluate yearly" in doc
    assert "no dates for open | closed" in doc  # the claims table
    assert "containment" not in html  # an internal number, shown only with --verbose
    assert "containment: 0.92" in render(report, "html", verbose=True)


def test_uncertain_verdict_is_said(report):
    import dataclasses

    docs = tuple(dataclasses.replace(d, verdict_uncertain=True, verdict_probability=0.55)
                 if d.document.path == PROC else d for d in report.documents)
    html = render(dataclasses.replace(report, documents=docs), "html")
    assert ">mirrored, uncertain (0.55)</td>" in html


def test_verdict_tiles_count_the_procedures_the_summary_counts(report):
    """A review gets a verdict too, but the summary's counts (and "too short to judge" beside the tiles) are of
    procedures: the tiles count the same documents, so they add up to the procedures read."""
    import dataclasses

    from gapscan import summary

    built = summary.build(report.documents, report.findings, None)
    html = render(dataclasses.replace(report, summary=built), "html")
    tiles = {v: int(n) for v, n in re.findall(r'data-verdict="(\w+)">(\d+)</span>', html)}
    assert tiles == {"mirrored": 1, "mixed": 1}  # the operational review is not a procedure
    assert built.verdict_counts["operational"] == 0


def test_one_finding_in_one_entry_is_said_in_the_singular(report):
    # construtora's cover read "1 findings (1 warning) in 1 entries"
    from dataclasses import replace

    one = replace(report, findings=report.findings[:1])
    html = render(one, "html")
    assert re.search(r'<b id="count-findings">1</b> finding \(1 \w+\) in 1 entry, one per rule and document', html)
    assert re.search(r'<b id="count-findings">\d+</b> findings \(.*?\) in \d+ entries', render(report, "html"))


def test_the_headline_counts_files_not_read_in_words_that_agree(report):
    # before: "1 files could not be read" at the top of a hackspace's report
    html = render(report, "html")
    n = report.error_count
    assert n >= 1
    assert f"<li><b>{n}</b> {'file' if n == 1 else 'files'} could not be read</li>" in html
