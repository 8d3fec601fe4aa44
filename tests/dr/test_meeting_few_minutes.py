"""Three files of minutes are enough to count the periods of a stated cadence, even when two fall in one period.

Held out on onchainlabs1/llm-agent-mcp (aims, pshold25): monthly management reviews, and three minutes dated
2025-03-05, 2025-08-06 and 2025-08-13. The two August meetings are one occasion, so DR02 had two occasions, one
interval, and said 'too few to measure a cadence'; but the six months the minutes span hold minutes in two. Three
dated files are the minimum a log needs (MIN_ROWS); the periods are counted only over the span the minutes cover,
and judged only where that span holds more periods than there are files (fewer files than periods is itself
evidence). Two files still prove nothing, and a span whose months all have minutes holds.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

from .test_meeting_minutes import MINUTES, run

PROC = ("# AI management review\n\n## Frequency\n\nTop management reviews the AI management system monthly in the "
        "management review meeting.\n")


def _minutes(scan, days):
    scan.write("procedures/AI management review.md", PROC)
    for i, day in enumerate(days, 1):
        scan.write(f"minutes/Management_Review_Minutes_MR-{i:03d}.md",
                   MINUTES.format(title=f"Management Review Minutes MR-{i:03d}", day=day.isoformat()))


def test_three_minutes_two_in_one_month_over_six_months_are_drift(scan):
    _minutes(scan, [dt.date(2025, 3, 5), dt.date(2025, 8, 6), dt.date(2025, 8, 13)])
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    m = findings[0].metrics
    assert (m["meetings_expected"], m["meetings_found"]) == (6, 2)
    assert m["periods_without_minutes"] == ["Apr 2025", "May 2025", "Jun 2025", "Jul 2025"]
    assert "4 of 6 months without minutes" in findings[0].message
    assert {e.path for e in findings[0].evidence} >= {"minutes/Management_Review_Minutes_MR-001.md"}


def test_two_minutes_still_prove_nothing(scan):
    _minutes(scan, [dt.date(2025, 3, 5), dt.date(2025, 8, 13)])
    findings, checks = run(scan)
    assert findings == []
    assert checks and all(c.status is ClaimStatus.NOT_CHECKABLE for c in checks)


def test_three_minutes_two_in_one_month_with_no_month_missed_hold(scan):
    _minutes(scan, [dt.date(2025, 3, 5), dt.date(2025, 4, 2), dt.date(2025, 4, 16)])
    findings, checks = run(scan)
    assert findings == []


def test_three_minutes_over_three_quarters_are_too_few_to_judge(scan):
    # a quarterly cadence, three files over Q1..Q3: no more periods than files, so a missed quarter proves nothing
    scan.write("procedures/AI management review.md", PROC.replace("monthly", "quarterly"))
    for i, day in enumerate([dt.date(2025, 3, 5), dt.date(2025, 8, 6), dt.date(2025, 8, 13)], 1):
        scan.write(f"minutes/Management_Review_Minutes_MR-{i:03d}.md",
                   MINUTES.format(title=f"Management Review Minutes MR-{i:03d}", day=day.isoformat()))
    findings, checks = run(scan)
    assert findings == []
    assert checks and all(c.status is ClaimStatus.NOT_CHECKABLE for c in checks)
