"""The suppressed findings as every human format lists them: rule, where, what, and who said why."""
from __future__ import annotations

from typing import NamedTuple

from gapscan.model import Report
from gapscan.report.common import one_line, where_text


class SuppressedRow(NamedTuple):
    rule: str
    path: str
    where: str  # "line 12", "Sheet1!B7", or "" for a whole document
    message: str
    reason: str
    source: str  # the comment or [[ignore]] table that suppressed it


def rows(report: Report) -> list[SuppressedRow]:
    """One row per suppressed finding, in reading order."""
    out = []
    for s in sorted(report.suppressed, key=lambda s: s.finding.sort_key()):
        f = s.finding
        out.append(SuppressedRow(rule=f.rule, path=f.path, where=where_text(f.location, f.path),
                                 message=one_line(f.message), reason=one_line(s.reason), source=s.source))
    return out


def headline(report: Report) -> str:
    """'3 findings suppressed (not counted in the exit status)', or '' when there are none."""
    n = len(report.suppressed)
    if not n:
        return ""
    return f"{n} finding{'s' if n != 1 else ''} suppressed (not counted in the exit status)"
