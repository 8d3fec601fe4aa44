"""The markdown report a client reads: its sections, tables that never break, escaping."""
from __future__ import annotations

import re

from gapscan.report import render

from report_fixtures import PIPE_MESSAGE, PROC, XLSX, build_report

SECTIONS = ("# gapscan management system audit", "## Scope", "## Executive summary", "## Documents",
            "## Findings by document", "## Unreadable files",
            "## Checks that could not run", "## How to read the scores", "## Appendix: rules that fired")


def _cells(row: str) -> list[str]:
    """Split a table row on unescaped pipes (what a GFM renderer does)."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


def _tables(text: str) -> list[list[str]]:
    tables, current = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    return tables + ([current] if current else [])


def test_sections_in_order(report):
    text = render(report, "markdown")
    positions = [text.index(s + "\n") for s in SECTIONS]
    assert positions == sorted(positions)
    # the report travels to a client: a relative link to docs/SCORING.md would point into their folder
    assert "documented in `docs/SCORING.md` in the gapscan repository." in text and "](docs/SCORING.md)" not in text


def test_every_table_row_has_the_header_width(report):
    text = render(report, "markdown")
    tables = _tables(text)
    assert len(tables) >= 8
    for rows in tables:
        width = len(_cells(rows[0]))
        assert all(len(_cells(r)) == width for r in rows), rows
        assert set(rows[1].replace("|", "").replace(" ", "")) <= set("-:")


def test_pipes_and_newlines_are_escaped(report):
    text = render(report, "markdown")
    escaped = PIPE_MESSAGE.replace("|", "\\|")
    rows = [line for line in text.splitlines() if line.startswith("|") and escaped in line]
    assert len(rows) == 1 and _cells(rows[0])[2].startswith(escaped)
    assert "no dates for open \\| closed" in text  # a claim detail
    assert "title: Purchasing \\| supplier control" in text  # a title outside a table
    assert PIPE_MESSAGE not in text


def test_newline_in_a_cell_stays_in_its_row():
    from gapscan.report.markdown import table

    rows = table(["where", "text"], [("line 1", "first line\nsecond | line")])
    assert rows[2] == "| line 1 | first line<br>second \\| line |"


def test_document_section_shows_scores_links_claims_and_evidence(report):
    text = render(report, "markdown")
    section = text[text.index(f"></a>{PROC}\n"):]
    section = section[:section.index("\n### ")]
    assert ("procedure · **mirrored**, read against ISO 9001:2015 · scores out of 100: mirroring 82, specificity 14, "
            "drift 61") in section
    assert "`records/supplier_eval.xlsx` (code QF-11)" in section
    # the weak link proves nothing either way: counted, not named, so the record the claims use stands out
    assert "`records/supplier_eval.xlsx` (code QF-11); 1 record only resembles it (weak links, not " \
        "proof either way)" in section and "old_log.csv` (title" not in section
    assert "1 drifted (evaluate suppliers every 12 months, line 20: median interval 410 days vs 365 expected)" \
        in section
    row = next(line for line in section.splitlines() if line.startswith("| **DR02**"))
    where, what, more = _cells(row)[1:]
    assert where == "line 20"
    assert "interval days: expected 365 vs actual 410.5 (median)" in what
    assert "2024-03-04 (records/supplier\\_eval.xlsx Log!B31)" in more  # no sheet to check it against: not quoted
    assert "**Fix:** Either evaluate yearly" in more
    assert "looks like a procedure" not in section and "0.90" not in section  # internals only with verbose
    verbose = render(report, "markdown", verbose=True)
    assert "procedure (looks like a procedure)" in verbose and "(code QF-11, 0.90)" in verbose


def test_record_findings_and_unreadable(report):
    text = render(report, "markdown")
    records = text[text.index("## Findings by document"):text.index("## Unreadable files")]
    assert "></a>records/supplier\\_eval.xlsx\n\nrecord · title: Supplier evaluation · 1 finding under 1 rule" \
        in records
    assert "| **SH01** audit-spike<br>warning | Log!B7 |" in records
    assert "| broken/scan.pdf | error | encrypted PDF: cannot be read without a password |" in text
    assert "| (whole run) | DR05 failed: KeyError: 'role' (dr.py:88) |" in text
    assert "2025-05-12 (read from audit plans in the set)" in text


def test_executive_charts_in_code_blocks(report):
    text = render(report, "markdown")
    blocks = re.findall(r"```text\n(.*?)\n```", text, flags=re.S)
    assert len(blocks) == 2
    assert all(line.startswith(("mirrored", "mixed", "operational")) and "█" in line
               for line in blocks[0].splitlines())
    assert "▲" in blocks[1] and max(len(x) for x in blocks[1].splitlines()) <= 72


def test_appendix_lists_fired_rules_only(report):
    text = render(report, "markdown")
    appendix = text[text.index("## Appendix"):]
    codes = re.findall(r"^\| ((?:CM|DR|PS|SH)\d\d) \|", appendix, flags=re.M)
    assert codes == sorted({f.rule for f in report.findings})
    assert "| DR02 | cadence-drift | practice drift | 1 |" in appendix


def test_report_carries_its_marker(report):
    assert render(report, "markdown").endswith(
        "<!-- gapscan-report 0.1.0: a report written by gapscan, not a management-system document -->\n")


def test_deterministic_and_no_blank_runs():
    text = render(build_report(), "markdown")
    assert text == render(build_report(reverse=True), "markdown")
    assert "\n\n\n" not in text and text.endswith("\n")


def test_minimal_report(empty_report):
    text = render(empty_report, "markdown")
    assert "No documents were found." in text
    assert "## Executive summary" not in text and "## Appendix" not in text
    assert XLSX not in text


def test_weak_links_are_named_with_verbose_and_in_html(report):
    """--verbose lists every link with its confidence; the HTML report counts the weak ones as markdown does."""
    text = render(report, "markdown", verbose=True)
    assert "`records/old_log.csv` (title, 0.35, weak link)" in text
    html = render(report, "html")
    links = html[html.index('<p class="links">'):]
    links = links[:links.index("</p>")]
    assert "supplier_eval.xlsx" in links and "old_log.csv" not in links
    assert "1 record only resembles it (weak links, not proof either way)" in links
