"""A CSV exported from a database or a script names its columns in snake case ('Due_Date', 'Next_Audit_Date').
A due date is a plan whatever its spelling: it neither dates an entry nor sets the set's "today".

The shape of a wrong SH02 read on a held-out GRC set (binette87/cybersecurity-portfolio, drhold31, session 24):
a remediation tracker's 'Due_Date' column, half a year past the last work, was read as its entry date because
no word boundary falls between 'Due' and '_'; the set's newest date became that due date, and an incident log
with an entry four weeks before the set was last touched was called silent for 210 days.
"""
import datetime as dt

from gapscan.records import planned_date
from gapscan.rules.sh import SH02
from shbuild import context as _ctx, record as _record


def _sets(tmp_path, last_incident: dt.date):
    incidents = [last_incident - dt.timedelta(days=13 * i) for i in range(10)][::-1]
    log = _record(tmp_path, "incident-log.csv",
                  ["Incident_ID", "Title", "Date_Detected", "Severity", "Status", "Closed_Date"],
                  [[f"INC-{i:03d}", "phishing email reported", d.isoformat(), "High", "Closed",
                    (d + dt.timedelta(days=7)).isoformat()] for i, d in enumerate(incidents)])
    # every fix done within days of its incident; each due date set half a year out
    tracker = _record(tmp_path, "remediation-tracker.csv",
                      ["Remediation_ID", "Source_ID", "Priority", "Due_Date", "Status", "Completed_Date"],
                      [[f"REM-{i:03d}", f"INC-{i:03d}", "High", (d + dt.timedelta(days=200)).isoformat(),
                        "Completed", (d + dt.timedelta(days=7)).isoformat()] for i, d in enumerate(incidents)])
    return log, tracker


def test_a_snake_case_due_date_is_a_planned_date():
    assert planned_date("Due_Date") and planned_date("Next_Audit_Date") and planned_date("Due date")
    assert not planned_date("Date_Detected") and not planned_date("Completed_Date")


def test_a_trackers_due_date_is_not_its_entry_date(tmp_path):
    _, (_, tracker) = _sets(tmp_path, dt.date.today() - dt.timedelta(days=400))
    assert tracker.entry_column == "Completed_Date"


def test_a_snake_case_due_date_does_not_move_the_sets_today(tmp_path):
    # the whole set is a year old: its due dates are past for the machine, still plans for the set
    log, tracker = _sets(tmp_path, dt.date.today() - dt.timedelta(days=400))
    assert list(SH02.check(_ctx(log, tracker))) == []


def test_a_snake_case_log_silent_for_months_is_still_stopped(tmp_path):
    today = dt.date.today()
    log, _ = _sets(tmp_path, today - dt.timedelta(days=200))
    visits = _record(tmp_path, "visitor-book.csv", ["Visit_Date", "Visitor", "Host"],
                     [[(today - dt.timedelta(days=3 * i)).isoformat(), "Bo Chan", "Cy Park"] for i in range(10)])
    [f] = SH02.check(_ctx(log, visits))
    assert f.path == "incident-log.csv"
