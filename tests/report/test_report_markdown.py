"""The markdown report a client reads: its sections, tables that never break, escaping."""
from __future__ import annotations

import re

from gapscan.report import render

from report_fixtures import PIPE_MESSAGE, PROC, XLSX, build_report

SECTIONS = ("# gapscan management system audit", "## Scope", "## Executive summary", "## Documents",
            "## Procedures and reviews", "## Record findings", "## Unreadable files",
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
    assert "(docs/SCORING.md)" in text


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
    assert rows and all(_cells(r)[-1] == escaped for r in rows)
    assert "no dates for open \\| closed" in text  # a claim detail
    assert "Purchasing \\| supplier control" in text  # a title outside a table
    assert PIPE_MESSAGE not in text


def test_newline_in_a_cell_stays_in_its_row():
    from gapscan.report.markdown import table

    rows = table(["where", "text"], [("line 1", "first line\nsecond | line")])
    assert rows[2] == "| line 1 | first line<br>second \\| line |"


def test_procedure_section_shows_scores_links_claims_and_evidence(report):
    text = render(report, "markdown")
    section = text[text.index(f"### {PROC}"):text.index("### reviews/")]
    assert "- Verdict: **mirrored**" in section
    assert "- Scores: mirroring 82, specificity 14, drift 61" in section
    assert "`records/supplier_eval.xlsx` via code QF-11, confidence 0.90" in section
    assert "confidence 0.35 (weak link)" in section
    assert "| evaluate suppliers every 12 months (line 20) | drifted | median interval 410 days vs 365 " \
           "expected | records/supplier\\_eval.xlsx |" in section
    assert "| records/supplier\\_eval.xlsx Log!B31 | 2024-03-04 |" in section
    assert "- interval days: expected 365 vs actual 410.5 (median)" in section
    assert "**How to fix:** Either evaluate yearly" in section


def test_record_findings_and_unreadable(report):
    text = render(report, "markdown")
    records = text[text.index("## Record findings"):text.index("## Unreadable files")]
    assert "### records/supplier\\_eval.xlsx (record)" in records and "Log!B7" in records
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


def test_deterministic_and_no_blank_runs():
    text = render(build_report(), "markdown")
    assert text == render(build_report(reverse=True), "markdown")
    assert "\n\n\n" not in text and text.endswith("\n")


def test_minimal_report(empty_report):
    text = render(empty_report, "markdown")
    assert "No documents were found." in text
    assert "## Executive summary" not in text and "## Appendix" not in text
    assert XLSX not in text
