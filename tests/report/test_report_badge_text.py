"""The HTML summary's findings that matter most: the words after a severity badge."""
from __future__ import annotations

from gapscan.model import Report, Severity
from gapscan.report import render
from gapscan.rules.base import Context
from gapscan.rules.registry import BY_CODE
from gapscan.summary import build


def _finding(path: str):
    return BY_CODE["CM02"].finding(path=path, severity=Severity.ERROR, message=f"CM02 fires in {path}",
                                   metrics={"run_length": 5.0})


def test_html_badge_is_not_followed_by_a_lone_comma():
    """After the severity badge, ', in 3 files' looked like 'CM02 ERROR , in 3 files' (the pill's padding reads
    as a space before the comma). The HTML says 'in 3 files' after the badge, with no comma."""
    findings = [_finding(p) for p in ("a.md", "b.md", "c.md")]
    report = Report(root="set", tool_version="0", command="audit", documents=(), findings=tuple(findings),
                    summary=build([], findings, Context(documents=())))
    html = render(report, "html")
    top = html[html.index('<ol class="top">'):]
    assert '<span class="sev sev-error">CM02 error</span> in 3 files' in top
    assert "</span>, in" not in top
    # the markdown keeps its own punctuation
    assert "(CM02, error), in 3 files" in render(report, "markdown")
