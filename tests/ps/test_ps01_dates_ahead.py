"""PS01 and a table of things still to be done. A held-out HIPAA programme's closeout sign-off lists the
conditions attached to acceptance, each with an owner and a date months after the scan ("M-2 completes, or
the Chair receives a recovery plan | Anthony Ruiz | 2027-02-28"); PS01 called it a working record kept
outside the documented system. An entry dated after the day of the scan records no work done: every such
date is when something is due. A log whose entries lie in the past is still reported, and so is one with
a few dates typed ahead among past ones."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from gapscan.rules.base import Context
from gapscan.rules.ps import PS01
from recbuild import profile, record_doc, table, text_doc

PROC = text_doc("docs/policies/access-control.md", ["Access is reviewed every quarter by the system owner."])
TODAY = dt.date.today()


def _ctx(days: list[int]):
    rows = [(f"C-{i + 1}", f"Condition {i + 1} is met and evidenced", f"Owner {i % 3}",
             TODAY + dt.timedelta(days=d)) for i, d in enumerate(days)]
    tbl = table(("#", "Condition", "Owner", "Date"), rows)
    path = "governance/closeout-signoff.md"
    prof = profile(path, tbl, {"#": "identifier", "Owner": "person", "Date": "date"}, entry="Date")
    return Context(documents=(PROC, record_doc(path, tbl)), records={path: prof}, drift=SimpleNamespace(links={}))


def test_conditions_all_due_after_the_scan_are_no_working_record():
    # before: "closeout-signoff.md is kept outside the documented system: 5 entries, 0 in the last 90 days"
    assert list(PS01.check(_ctx([86, 120, 150, 180, 223]))) == []


def test_a_log_of_past_entries_is_still_reported():
    (f,) = PS01.check(_ctx([-200, -150, -90, -30, -3]))
    assert f.path == "governance/closeout-signoff.md" and f.metrics["rows"] == 5


def test_a_log_with_one_date_typed_ahead_is_still_reported():
    (f,) = PS01.check(_ctx([-200, -150, -90, -30, 300]))
    assert f.metrics["rows"] == 5
