"""Minutes that stop long before the set's newest record are drift: a "monthly" meeting whose notes end two years
before the newest dated entry of the set's records was kept for two years without them.

Seen in session 19 on drhold26's held-out jupyterhub/team-compass: the team meeting "takes place once a month" and
its notes stop in 2023 while the set's records run on, and DR02 said nothing, since only the span the minutes cover
was judged. A consultant needs the last minutes' date against the newest date the set's records hold (never the
wall clock), the file of each, and room for minutes written up at the next meeting: one interval more than a log
is allowed. Minutes with nothing newer in the records, or a gap within that room, are not judged stopped.
"""
from __future__ import annotations

import datetime as dt
from gapscan.model import ClaimStatus, Kind
from gapscan.rules.dr import DR02

from .minutes_series import as_minutes
from .test_meeting_minutes import RULES, first_mondays, minutes


def run(scan):
    """(findings, checks) with the records profiled, as the engine hands them, and the minutes read as minutes."""
    from gapscan.drift import analyze
    from gapscan.engine import profile_records
    from gapscan.rules.base import Context

    docs = as_minutes(scan.documents(), "minutes")
    profiles = profile_records([d for d in docs if d.kind is Kind.RECORD], None, 1)
    result = analyze(docs, profiles)
    ctx = Context(documents=tuple(docs), records=profiles, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02" and c.metrics.get("minutes_files")]


def _visits(scan, last: dt.date):
    """A visitor log, one entry a week up to `last`: a record of the set that says it was kept until then."""
    days = [last - dt.timedelta(days=7 * k) for k in range(30)][::-1]
    scan.csv("records/visitor-log.csv", ["Date", "Visitor", "Host"],
             [[d, f"Visitor {i}", "Ana Ruiz"] for i, d in enumerate(days)])


def test_minutes_that_stop_long_before_the_newest_record_are_drift(scan):
    scan.write("procedures/meetings.md", RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2022, list(range(1, 13))))
    _visits(scan, dt.date(2024, 11, 20))
    findings, checks = run(scan)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.DRIFTED, [c.detail for c in checks]
    f = [f for f in findings if "General Meeting" in f.message]
    assert len(f) == 1, [x.message for x in findings]
    message = f[0].message
    assert "no minutes since 2022-12-05" in message and "2024-11-20" in message, message
    assert "records/visitor-log.csv" in message, message
    # the last minutes and the record row holding the newest date are quoted where they are
    paths = {ev.path for ev in f[0].evidence}
    assert "records/visitor-log.csv" in paths and any(p.startswith("minutes/general/") for p in paths), paths
    row = next(ev for ev in f[0].evidence if ev.path == "records/visitor-log.csv")
    assert row.location.row is not None or row.location.cell is not None, row.location
    assert checks[0].metrics["stopped"] and checks[0].metrics["reference_date"] == "2024-11-20"


def test_minutes_up_to_the_newest_record_hold(scan):
    scan.write("procedures/meetings.md", RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2022, list(range(1, 13))))
    # the December meeting's minutes would be written up at the January one: within the room allowed
    _visits(scan, dt.date(2023, 1, 30))
    findings, checks = run(scan)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.HOLDS, [c.detail for c in checks]
    assert not checks[0].metrics["stopped"]


def test_without_records_only_the_span_of_the_minutes_is_judged(scan):
    scan.write("procedures/meetings.md", RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2022, list(range(1, 13))))
    findings, checks = run(scan)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.HOLDS, [c.detail for c in checks]
