"""A log whose every row is the routine's job is that routine's evidence.

Seen on the small manufacturer's set of tests/dr/test_cadence_on_item_codes.py (ricordoyan/manufacturing-copilot),
cut to the shape many sites keep: a calibration log of the cooling valves, one row per valve checked, and nothing
else in it. Every row reads 'Calibration check', so the rows that name the routine were all of them, which the
drift stage took for "the claim names no item" and so "no linked record is about this": a log that plainly is the
routine's own was not taken as its evidence. A routine that no row names (the seal replacement) stays not
checkable.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

from .conftest import days

SOP = """# Valve upkeep

## Valves on the press line

| Line | Valves |
|------|--------|
| Press line | P-21, P-22, P-23 |

## Schedule

| Task | Frequency | Responsible |
|------|-----------|-------------|
| Pressure calibration check | Every 30 days | Line technician |
| Seal replacement | Every 180 days | Line engineer |
"""


def _log(scan, gaps):
    rows = []
    for n, d in enumerate(days(dt.date(2024, 2, 5), gaps)):
        for v in ("P-21", "P-22", "P-23"):
            rows.append([d.isoformat(), v, "Calibration check", "A. Osei", f"drift {n % 3}.{v[-1]}%"])
    scan.csv("records/press-valve-calibration.csv", ["Date", "Valve", "Job", "Done by", "Result"], rows)


def _checks(result, word):
    return [c for c in result.checks if c.rule == "DR02" and word in (c.claim.activity or "").lower()]


def test_a_log_of_nothing_but_the_routine_is_measured(scan):
    scan.write("procedures/Valve upkeep.md", SOP)
    _log(scan, [30, 31, 62, 29, 59, 30])
    _, result = scan.run()
    (check,) = _checks(result, "calibration")
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert check.record == "records/press-valve-calibration.csv"
    (seal,) = _checks(result, "seal")
    assert seal.status is ClaimStatus.NOT_CHECKABLE


def test_a_log_of_nothing_but_the_routine_kept_on_time_holds(scan):
    scan.write("procedures/Valve upkeep.md", SOP)
    _log(scan, [30, 29, 31, 30, 28, 30])
    _, result = scan.run()
    (check,) = _checks(result, "calibration")
    assert check.status is ClaimStatus.HOLDS, check.detail
