"""DR02's "stopped" is measured to the newest day something was recorded, never to a planned date.

The same cause as SH02's (docs/SCORING.md, December 2026): a register's 'Review Date' still to come is a
plan; taken as the set's newest date it makes a weekly log look stopped for days that have not happened.
"""
from __future__ import annotations

import datetime as dt

from gapscan.rules.dr import DR02


def test_a_weekly_log_kept_to_the_last_entry_is_not_stopped_by_a_plan(scan):
    today = dt.date.today()
    scan.write("procedures/Forklift checks.md",
               "# Forklift checks\n\nThe forklift is inspected weekly and the inspection entered in the forklift "
               "inspection log.\n")
    last = today - dt.timedelta(days=3)
    done = [last - dt.timedelta(days=7 * i) for i in range(12)][::-1]
    scan.csv("records/forklift-inspection-log.csv", ["Date", "Truck", "Inspector", "Result"],
             [[d, "FLT-1", "Ann Lee", "Pass"] for d in done])
    scan.csv("records/objectives-register.csv", ["ID", "Objective", "Owner", "Review Date"],
             [[f"OBJ-{i}", f"objective {i}", "Ops", today + dt.timedelta(days=28)] for i in range(4)])
    ctx, result = scan.run()
    assert list(DR02.check(ctx)) == []
    assert result.reference_date == last
