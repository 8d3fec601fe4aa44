"""Minutes filed one folder per year ('board_minutes/2024/2024-03-12.md'), each file named and titled by its
date alone, are still the minutes of the meeting the folder above the years is named for.

The shape on a hackspace's governance folder (HACManchester/documentation@03cc419, docs/governance): 46 board
minutes under board_minutes/2015 ... board_minutes/2026, and a page saying the full board meets about once a
month. The meeting's name was taken from the file's own folder, a bare year, which names nothing, so those
minutes formed no series and the cadence claim was "no minutes of this meeting in the set".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import ClaimStatus, Kind
from gapscan.rules.dr import DR02

BOARD = """# Board members

## Purpose

What the board does.

## Meetings

- The full board meets once per month to approve spending.
"""

MINUTES = """# {day}

## Business

- Present: Ana Ruiz, Ben Cole, Cy Park
- Chair: Ana Ruiz

The budget for the bandsaw was approved. Meeting adjourned at 9pm.
"""


def run(scan):
    docs = [replace(d, kind=Kind.REVIEW) if d.path.startswith("board_minutes/20") else d for d in scan.documents()]
    from gapscan.drift import analyze
    from gapscan.rules.base import Context

    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02"]


def write(scan, days):
    scan.write("procedures/board.md", BOARD)
    for day in days:
        scan.write(f"board_minutes/{day.year}/{day.isoformat()}.md", MINUTES.format(day=day.isoformat()))


def test_minutes_in_year_folders_are_one_series_named_by_the_folder_above(scan):
    days = [dt.date(2023, m, 10) for m in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)] + \
           [dt.date(2024, m, 12) for m in (1, 12)]
    write(scan, days)
    findings, checks = run(scan)
    board = [c for c in checks if c.procedure == "procedures/board.md"]
    assert board and all(c.record for c in board), [(c.status, c.detail) for c in board]
    assert len(findings) == 1, [c.detail for c in board]
    f = findings[0]
    assert f.metrics["meetings_found"] == 14, f.metrics
    for month in ("Mar 2024", "Jun 2024", "Oct 2024"):
        assert month in f.message, f.message
    assert all(ev.path.startswith("board_minutes/20") for ev in f.evidence), f.evidence


def test_every_month_in_year_folders_holds(scan):
    write(scan, [dt.date(y, m, 10) for y in (2023, 2024) for m in range(1, 13)])
    findings, checks = run(scan)
    assert findings == []
    assert any(c.status is ClaimStatus.HOLDS and c.metrics["meetings_found"] == 24 for c in checks), \
        [(c.status, c.detail) for c in checks]
