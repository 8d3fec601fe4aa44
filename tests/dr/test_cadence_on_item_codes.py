"""A routine measured against the log of jobs on the equipment the procedure lists by code.

Held out on a small manufacturer's set (ricordoyan/manufacturing-copilot, December 2026): the cooling-valve
maintenance procedure lists Line 3's valves (V-15, V-16, V-17) and schedules a flow rate calibration check every 30
days; the line's maintenance log records each job on those valves ('V-17 | Calibration check'), and calibration
checks went 44 and 47 days apart. The procedure never names the log, so the routine was "not checkable". The log's
entries are jobs on the procedure's own valves: the routine is measured against the log's rows that name it, and a
routine none of its rows names stays not checkable.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR02

from .conftest import days

SOP = """# Cooling valve maintenance

## Valves

| Line | Valves |
|------|--------|
| Line 1 | V-11, V-12 |
| Line 3 | V-15, V-16, V-17 |

## Schedule

| Task | Frequency | Responsible |
|------|-----------|-------------|
| Flow rate calibration check | Every 30 days | Maintenance technician |
| Seal replacement | Every 180 days | Maintenance engineer |
"""


def _log(scan, gaps):
    rows = []
    for n, d in enumerate(days(dt.date(2023, 1, 10), gaps)):
        for v in ("V-15", "V-16", "V-17"):
            rows.append([d.isoformat(), f"WO-{3000 + 3 * n + int(v[-1])}", v, "Calibration check", "S. Kim", "ok"])
        rows.append([(d + dt.timedelta(days=9)).isoformat(), f"WO-{4000 + n}", "Conveyor belt", "Belt tension check",
                     "R. Patel", "ok"])
    scan.csv("records/line3-maintenance.csv", ["Date", "Work Order", "Component", "Action", "Technician", "Notes"],
             rows)


def _checks(result, word):
    return [c for c in result.checks if c.rule == "DR02" and word in (c.claim.activity or "").lower()]


def test_dr02_measures_a_routine_against_the_jobs_on_the_procedure_s_valves(scan):
    scan.write("procedures/Cooling valves.md", SOP)
    _log(scan, [30, 29, 61, 31, 58, 30])
    ctx, result = scan.run()
    (check,) = _checks(result, "calibration")
    assert check.status is ClaimStatus.DRIFTED, check.detail
    assert check.record == "records/line3-maintenance.csv"
    (f,) = DR02.check(ctx)
    assert f.related == ("records/line3-maintenance.csv",)
    # the seal routine: no row of the log names it
    (seal,) = _checks(result, "seal")
    assert seal.status is ClaimStatus.NOT_CHECKABLE


def test_dr02_a_routine_kept_on_time_holds(scan):
    scan.write("procedures/Cooling valves.md", SOP)
    _log(scan, [30, 29, 31, 30, 28, 30])
    _, result = scan.run()
    (check,) = _checks(result, "calibration")
    assert check.status is ClaimStatus.HOLDS, check.detail
