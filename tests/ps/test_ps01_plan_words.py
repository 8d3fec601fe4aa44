"""PS01 and a plan table read by its own words. A table of conditions still to be met was left out of PS01
only because every date in it lay after the day of the scan: run a year later, the same table becomes a
"working record kept outside the documented system". A table that says it is a plan (its dates are in a
'Due' or 'Target' column and nothing in it is marked done, or every status reads planned or scheduled) is a plan
whatever day it is read; a table of work done with a 'Date' column is still judged by its dates."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from gapscan.rules.ps.ps01 import plan_reading
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("docs/policies/access-control.md", ["Access is reviewed every quarter by the system owner."])
PAST = dt.date(2024, 1, 31)  # a plan's due dates, read long after they passed


def _ctx(header, rows, types, entry):
    path = "governance/closeout-conditions.csv"
    tbl = table(header, rows)
    prof = profile(path, tbl, types, entry=entry)
    return Context(documents=(PROC, record_doc(path, tbl)), records={path: prof},
                   drift=SimpleNamespace(links={})), prof


def test_a_table_of_due_dates_with_nothing_done_is_a_plan_whatever_the_day():
    rows = [(f"C-{i}", f"Condition {i} is met", f"Owner {i % 3}", PAST + dt.timedelta(days=30 * i)) for i in range(6)]
    ctx, prof = _ctx(("#", "Condition", "Owner", "Due date"), rows, {"Owner": "person", "Due date": "date"}, None)
    # before: "closeout-conditions.csv is kept outside the documented system: 6 entries, none with a date ..."
    assert list(PS01.check(ctx)) == []
    assert "Due date" in plan_reading(prof, dt.date.today())


def test_a_table_whose_every_status_is_planned_or_scheduled_is_a_plan():
    rows = [(f"A-{i}", f"Action {i}", "Scheduled" if i % 2 else "Planned", PAST + dt.timedelta(days=7 * i)) for i in range(6)]
    ctx, prof = _ctx(("#", "Action", "Status", "Target"), rows, {"Status": "status", "Target": "date"}, None)
    assert list(PS01.check(ctx)) == []
    assert "Status" in plan_reading(prof, dt.date.today())


def test_an_action_log_with_closed_rows_is_still_a_working_record():
    rows = [(f"A-{i}", f"Action {i}", "Closed" if i % 2 else "Open", PAST + dt.timedelta(days=7 * i)) for i in range(6)]
    ctx, prof = _ctx(("#", "Action", "Status", "Due date"), rows, {"Status": "status", "Due date": "date"}, None)
    assert len(list(PS01.check(ctx))) == 1 and plan_reading(prof, dt.date.today()) is None


def test_a_log_of_work_done_in_the_past_is_still_reported():
    rows = [(f"R-{i}", f"Check {i}", f"Op {i % 2}", PAST + dt.timedelta(days=i)) for i in range(6)]
    ctx, prof = _ctx(("#", "Check", "Done by", "Date"), rows, {"Done by": "person", "Date": "date"}, "Date")
    assert len(list(PS01.check(ctx))) == 1 and plan_reading(prof, dt.date.today()) is None


def test_dates_all_after_the_scan_day_are_still_read_as_a_plan():
    today = dt.date.today()
    rows = [(f"C-{i}", f"Condition {i}", f"Owner {i}", today + dt.timedelta(days=40 * (i + 1))) for i in range(5)]
    ctx, prof = _ctx(("#", "Condition", "Owner", "Date"), rows, {"Owner": "person", "Date": "date"}, "Date")
    assert list(PS01.check(ctx)) == []
    assert "after the day of the scan" in plan_reading(prof, today + dt.timedelta(days=1))


def test_a_register_with_next_review_dates_is_no_plan():
    rows = [(f"R-{i}", f"Risk {i}", f"Owner {i % 3}", PAST + dt.timedelta(days=30 * i)) for i in range(6)]
    ctx, prof = _ctx(("#", "Risk", "Owner", "Next review"), rows, {"Owner": "person", "Next review": "date"}, None)
    assert plan_reading(prof, dt.date.today()) is None and len(list(PS01.check(ctx))) == 1
