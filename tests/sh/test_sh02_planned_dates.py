"""SH02 judges a feed as of the set's newest entry; a date still to come is a plan, not an entry.

The shape of a wrong SH02 read on a public ISMS pack (docs/SCORING.md, December 2026): an objectives
register whose only dates are each objective's 'Review Date', up to the end of the year, set the set's
"today" four weeks ahead of the scan, and the incident log was called stopped for the silence up to a
day that had not come yet.
"""
import datetime as dt

from gapscan.rules.sh import SH02
from shbuild import context as _ctx, record as _record


def _incident_log(tmp_path, last):
    dates = [last - dt.timedelta(days=7 * i) for i in range(20)][::-1]
    return _record(tmp_path, "incident-log.csv", ["Ref", "Date", "What happened", "Reported by"],
                   [[f"INC-{i:03d}", d.isoformat(), "phishing email reported", "Ann Lee"]
                    for i, d in enumerate(dates)])


def test_a_review_date_still_to_come_does_not_move_the_sets_today(tmp_path):
    today = dt.date.today()
    last_incident = today - dt.timedelta(days=70)
    log = _incident_log(tmp_path, last_incident)
    objectives = _record(tmp_path, "objectives-register.csv", ["ID", "Objective", "Owner", "Review Date"],
                         [[f"OBJ-{i}", f"objective {i}", "ISO", (today + dt.timedelta(days=25)).isoformat()]
                          for i in range(4)])
    assert objectives[1].entry_column == "Review Date"
    # 70 days from the last incident to the newest entry that has happened: not stopped
    assert list(SH02.check(_ctx(log, objectives))) == []


def test_a_log_silent_up_to_the_newest_past_entry_is_still_stopped(tmp_path):
    today = dt.date.today()
    log = _incident_log(tmp_path, today - dt.timedelta(days=200))
    visits = _record(tmp_path, "visitor-book.csv", ["Date", "Visitor", "Host"],
                     [[(today - dt.timedelta(days=3 * i)).isoformat(), "Bo Chan", "Cy Park"] for i in range(10)]
                     + [[(today + dt.timedelta(days=20)).isoformat(), "Dee Ray", "Cy Park"]])
    [f] = SH02.check(_ctx(log, visits))
    assert f.path == "incident-log.csv"
    # measured to the visitor book's newest past entry (today), not to the booking 20 days ahead
    assert f.metrics["newest_in_set"] == today.isoformat()
    assert f.metrics["days_silent"] == 200
    assert "no entry for 200 days" in f.message
