"""The summary's "findings that matter most" name a rule's files and severity as the details below show them.

A rule can fire at two severities: CM02 is an error on a confidently mirrored procedure and a warning on the
others, PS01 a warning or an info. A head "(CM02, error), in 3 files" over one error and two warnings told the
reader three files fail the build, and "(PS01, warning), in 4 files" beside "7 working records that no procedure
mentions" gave two counts of one thing.
"""
from __future__ import annotations

import io
import re

from gapscan.model import Report, Severity
from gapscan.report import render
from gapscan.rules.base import Context
from gapscan.rules.registry import BY_CODE
from gapscan.summary import build


def _finding(code: str, path: str, severity: Severity, size: float = 1.0):
    return BY_CODE[code].finding(path=path, severity=severity, message=f"{code} fires in {path}",
                                 metrics={"run_length": size, "use_score": size})


def _report() -> Report:
    findings = [_finding("CM02", "procs/a.md", Severity.ERROR, 20),
                _finding("CM02", "procs/b.md", Severity.WARNING, 15),
                _finding("CM02", "procs/c.md", Severity.WARNING, 10)]
    findings += [_finding("PS01", f"records/w{i}.csv", Severity.WARNING, 50 - i) for i in range(4)]
    findings += [_finding("PS01", f"records/i{i}.csv", Severity.INFO, 10 - i) for i in range(3)]
    summary = build([], findings, Context(documents=()))
    return Report(root="set", tool_version="0", command="audit", documents=(), findings=tuple(findings),
                  summary=summary)


def test_markdown_top_findings_count_every_file_and_say_which_severity():
    text = render(_report(), "markdown")
    top = text[text.index("### Findings that matter most"):]
    assert "(CM02, error), in 3 files" not in top
    assert "(CM02, error in 1 file, warning in 2):" in top
    # the places say which is which
    assert "`procs/a.md` (error): CM02 fires" in top and "`procs/b.md` (warning): CM02 fires" in top
    # every file of the rule, as the summary's "7 working records" counts them
    assert "(PS01, warning in 4 files, info in 3):" in top
    assert "   - and 4 more files (under Documents)" in top


def test_one_severity_reads_as_before():
    findings = [_finding("CM02", p, Severity.ERROR) for p in ("a.md", "b.md", "c.md")]
    report = Report(root="set", tool_version="0", command="audit", documents=(), findings=tuple(findings),
                    summary=build([], findings, Context(documents=())))
    top = render(report, "markdown").split("### Findings that matter most")[1]
    assert "(CM02, error), in 3 files:\n   - `a.md`: CM02 fires in a.md" in top


def test_terminal_html_and_word_say_the_same():
    import docx

    report = _report()
    terminal = render(report, "terminal", width=120)
    brief = " ".join(terminal.split("Top findings")[1].split("Documents")[0].split())  # lines wrap at 120
    assert "[CM02 error in 1 file, warning in 2] - procs/a.md" in brief
    assert "[PS01 warning in 4 files, info in 3] - records/w0.csv" in brief
    assert "procs/a.md (error): CM02 fires" in brief

    html = render(report, "html")
    listed = html.split("<h3>Findings that matter most</h3>")[1].split("</ol>")[0]
    assert re.search(r"CM02 error</span> in 1 file, warning in 2\s*<ul>", listed)
    assert re.search(r"PS01 warning</span> in 4 files, info in 3\s*<ul>", listed)
    assert "and 4 more files (under Documents)" in listed

    document = docx.Document(io.BytesIO(render(report, "docx")))
    texts = [p.text for p in document.paragraphs]
    assert any(t.endswith("(CM02, error in 1 file, warning in 2):") for t in texts)
    assert any(t.endswith("(PS01, warning in 4 files, info in 3):") for t in texts)
    assert "procs/b.md (warning): CM02 fires in procs/b.md" in texts


def test_leads_are_not_counted_among_a_rules_files():
    """PS01 leads (info, metrics strength 'lead': the evidence would not hold) beside one PS01 finding: the head
    said "(PS01, warning in 1 file, info in 7)" and "and 6 more files" over a coral lab's chemical lists, while the
    summary below told them apart as leads. The head counts findings only."""
    findings = [_finding("PS01", "records/log.csv", Severity.WARNING, 50)]
    for i in range(6):
        lead = _finding("PS01", f"records/list{i}.md", Severity.INFO, 10 - i)
        findings.append(lead.__class__(**{**lead.__dict__, "metrics": {**lead.metrics, "strength": "lead"}}))
    report = Report(root="set", tool_version="0", command="audit", documents=(), findings=tuple(findings),
                    summary=build([], findings, Context(documents=())))
    top = render(report, "markdown").split("### Findings that matter most")[1].split("###")[0]
    assert "(PS01, warning):" in top and "info in" not in top and "more files" not in top


def test_the_count_of_findings_says_how_many_are_leads():
    """'9 findings (2 warnings, 7 info)' over six leads read as nine findings; the count says which are leads."""
    findings = [_finding("PS01", "records/log.csv", Severity.WARNING, 50)]
    for i in range(2):
        lead = _finding("PS01", f"records/list{i}.md", Severity.INFO, 10 - i)
        findings.append(lead.__class__(**{**lead.__dict__, "metrics": {**lead.metrics, "strength": "lead"}}))
    report = Report(root="set", tool_version="0", command="audit", documents=(), findings=tuple(findings),
                    summary=build([], findings, Context(documents=())))
    assert "3 findings (1 warning, 2 info, 2 of them leads)" in render(report, "markdown")
