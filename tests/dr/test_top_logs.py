"""The summary's findings that matter most keep one finding per rule and place, a log of a file of several being a
place of its own: two shadow sheets of one workbook are two items, each named 'file § sheet', not one item and
'+1 more like this in the same file'.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import DocumentResult, Report
from gapscan.rules.ps import PS01
from gapscan.summary import build

from .conftest import days

D = dt.date


def _two_shadow_sheets(scan):
    training = [[d, "Ann Lee", "Induction"] for d in days(D(2025, 1, 6), [7] * 39)]
    keys = [[d, f"K-{i}", "Sam Ray", "yes"] for i, d in enumerate(days(D(2025, 2, 3), [9] * 11))]
    visits = [[d, f"V-{i}", "Guest", "Pat Kerr"] for i, d in enumerate(days(D(2025, 2, 5), [4] * 20))]
    scan.workbook("records/QA registers.xlsx", [
        ("Training", None, ["Date", "Employee", "Course"], training),
        ("Key handover", None, ["Handover date", "Key", "Handed to", "Returned"], keys),
        ("Visitors", None, ["Visit date", "Badge", "Visitor", "Host"], visits)])
    scan.write("procedures/Training.md", "# Training\n\nAll training is recorded in the training log with the "
                                         "date, the employee and the course.\n")
    ctx, _ = scan.run()
    found = list(PS01.check(ctx))
    results = [DocumentResult(document=d) for d in ctx.documents]
    return Report(root="set", tool_version="0", command="audit", documents=tuple(results),
                  findings=tuple(found), summary=build(results, found, ctx))


def test_two_shadow_logs_of_one_file_are_two_top_findings(scan):
    report = _two_shadow_sheets(scan)
    top = report.summary.top_findings
    assert [f.rule for f in top] == ["PS01", "PS01"]
    assert [f.message.split(" is kept")[0] for f in top] == ["QA registers.xlsx § Visitors",
                                                             "QA registers.xlsx § Key handover"]


def test_the_markdown_names_each_log_and_says_no_more_of_the_same_place(scan):
    from gapscan.report import markdown

    text = markdown.render(_two_shadow_sheets(scan))
    top = text[text.index("### Findings that matter most"):]
    top = top[:top.index('<a id="documents">')]
    assert "QA registers.xlsx § Visitors is kept outside" in top
    assert "QA registers.xlsx § Key handover is kept outside" in top
    assert "more like this" not in top
    # two logs of one workbook: two places, not two files
    assert "(PS01, info), in 2 logs:" in top and "files" not in top


def test_every_format_counts_the_logs_of_one_file_as_logs(scan):
    import io

    import docx

    from gapscan.report import render

    report = _two_shadow_sheets(scan)
    word = "\n".join(p.text for p in docx.Document(io.BytesIO(render(report, "docx"))).paragraphs)
    assert "(PS01, info), in 2 logs:" in word
    assert "</span> in 2 logs" in render(report, "html")  # after the badge, no lone comma
    assert ", in 2 logs" in render(report, "terminal", width=200)
