"""A schedule table's row (a task with its own interval cell) is a routine for each item the log's rows are
about, not one routine of the pooled log.

Held out on a small manufacturer's set (ricordoyan/manufacturing-copilot@0c825ec): SOP-002's schedule says the
flow rate calibration check is done every 30 days on Line 3's valves V-15, V-16 and V-17; the maintenance log's
checks of all three valves were pooled, so V-17, which alone went 75 days between routine checks, was hidden by
the other two being checked in between. The cadence was read per item only when the sentence said "each".
A cadence said in prose without "each" stays one routine of the log (a rota tests one point a week).
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

SCHEDULE = """# Cooling valve maintenance

## Valves

| Line | Valves |
|------|--------|
| Line 3 | V-15, V-16, V-17 |

## Schedule

| Task | Frequency | Responsible |
|------|-----------|-------------|
| Flow rate calibration check | Every 30 days | Maintenance technician |
"""

PROSE = """# Cooling valve maintenance

Line 3 has the valves V-15, V-16 and V-17.

The flow rate calibration check is done every 30 days by the maintenance technician.
"""


def _log(scan, v17_every):
    """V-15 and V-16 checked every 30 days for a year; V-17 only every `v17_every` days."""
    rows = []
    start = dt.date(2023, 1, 10)
    for n in range(12):
        d = start + dt.timedelta(days=30 * n)
        rows.append([d.isoformat(), f"WO-{3000 + n}", "V-15; V-16", "Calibration check", "S. Kim", "ok"])
        rows.append([(d + dt.timedelta(days=9)).isoformat(), f"WO-{5000 + n}", "Conveyor belt", "Belt tension check",
                     "R. Patel", "ok"])
    for n in range(0, 12 * 30 // v17_every + 1):
        d = start + dt.timedelta(days=v17_every * n + 1)
        rows.append([d.isoformat(), f"WO-{4000 + n}", "V-17", "Calibration check", "R. Patel", "ok"])
    rows.sort()
    scan.csv("records/line3-maintenance.csv", ["Date", "Work Order", "Component", "Action", "Technician", "Notes"],
             rows)


def _check(result):
    (check,) = [c for c in result.checks if c.rule == "DR02" and "calibration" in (c.claim.activity or "").lower()]
    return check


def test_a_schedule_row_is_measured_per_valve(scan):
    scan.write("procedures/Cooling valves.md", SCHEDULE)
    _log(scan, 75)
    _, result = scan.run()
    check = _check(result)
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert check.metrics["grouped_by"] == "Component", check.metrics
    assert check.metrics["items"] == 3, check.metrics
    assert any("V-17" in ev.text for ev in check.evidence), check.evidence


def test_every_valve_on_time_holds(scan):
    scan.write("procedures/Cooling valves.md", SCHEDULE)
    _log(scan, 30)
    _, result = scan.run()
    check = _check(result)
    assert check.status is ClaimStatus.HOLDS, check.detail
    assert check.metrics["items"] == 3, check.metrics


def test_a_cadence_in_prose_without_each_stays_one_routine(scan):
    scan.write("procedures/Cooling valves.md", PROSE)
    _log(scan, 75)
    _, result = scan.run()
    check = _check(result)
    assert "grouped_by" not in check.metrics, check.metrics
    assert check.status is ClaimStatus.HOLDS, check.detail
