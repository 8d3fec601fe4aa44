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


SAFETY_RULES = RULES + "\n## Safety committee\n\n- The safety committee meets quarterly to review incidents.\n"


def _quarters(first_year: int, last: dt.date) -> list[dt.date]:
    days, year, month = [], first_year, 1
    while dt.date(year, month, 7) <= last:
        days.append(dt.date(year, month, 7))
        month += 3
        if month > 12:
            year, month = year + 1, month - 12
    return days


def test_minutes_that_stop_while_another_meetings_go_on_are_drift(scan):
    # jupyterhub/team-compass (drhold26): the monthly team meeting's reports stop in February 2023 while the HPC
    # meeting's notes, kept beside them since 2020, run to December 2023; no record holds a newer date. The set was
    # kept to December 2023: a monthly meeting with no minutes for ten months of it stopped, or its minutes were not
    # handed over
    scan.write("procedures/meetings.md", SAFETY_RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2022, list(range(1, 13))))
    minutes(scan, "minutes/safety", "Safety Committee Meeting", _quarters(2022, dt.date(2024, 10, 7)))
    findings, checks = run(scan)
    general = [c for c in checks if c.metrics.get("first_meeting") == "2022-01-03"]
    # before: the general meeting's minutes held (only records set the date the set was kept to)
    assert len(general) == 1 and general[0].status is ClaimStatus.DRIFTED, [c.detail for c in checks]
    assert general[0].metrics["stopped"] and general[0].metrics["reference_date"] == "2024-10-07"
    assert general[0].metrics["reference_minutes"] == "Safety Committee Meeting"
    (f,) = [f for f in findings if "General Meeting" in f.message]
    assert "no minutes since 2022-12-05" in f.message and "Safety Committee Meeting (2024-10-07 in minutes/safety/" \
        in f.message, f.message
    paths = {ev.path for ev in f.evidence}
    assert "minutes/safety/20241007.md" in paths and "minutes/general/20221205.md" in paths, paths
    # the safety committee's own minutes run to the newest date: they hold
    safety = [c for c in checks if c.metrics.get("first_meeting") == "2022-01-07"]
    assert safety and all(c.status is ClaimStatus.HOLDS and not c.metrics["stopped"] for c in safety), \
        [c.detail for c in safety]


def _general_beside_a_cafe(scan, general: str, safety: str, cafe: str) -> list:
    """The checks of the general meeting's monthly minutes (2022, in folder `general`) with the safety committee's
    quarterly ones running to October 2024 (in `safety`) and a members' café whose notes begin in March 2023, after
    the general meeting's last (in `cafe`)."""
    scan.write("procedures/meetings.md", SAFETY_RULES)
    minutes(scan, general, "General Meeting", first_mondays(2022, list(range(1, 13))))
    minutes(scan, safety, "Safety Committee Meeting", _quarters(2022, dt.date(2024, 10, 7)))
    minutes(scan, cafe, "Members Cafe", [dt.date(2023, m, 14) for m in range(3, 13)])
    findings, checks = run(scan)
    return [c for c in checks if c.metrics.get("first_meeting") == "2022-01-03"]


def test_a_meeting_whose_minutes_begin_after_the_last_minutes_may_be_its_successor(scan):
    # jupyterhub/team-compass again: the team meeting's reports stop and the HPC meeting's notes go on, but the
    # Collaboration Café's notes begin after the last report, and the guide's "team meeting" links to their page:
    # minutes of another meeting that begin only after these stop may be this meeting renamed, not judged stopped
    general = _general_beside_a_cafe(scan, "minutes/general", "minutes/safety", "minutes/members")
    assert len(general) == 1 and general[0].status is ClaimStatus.HOLDS, [c.detail for c in general]
    assert not general[0].metrics["stopped"]
    # nor against the records' newest date: the renamed meeting may have gone on
    _visits(scan, dt.date(2024, 11, 20))
    findings, checks = run(scan)
    general = [c for c in checks if c.metrics.get("first_meeting") == "2022-01-03"]
    assert len(general) == 1 and general[0].status is ClaimStatus.HOLDS, [c.detail for c in general]


def test_a_meeting_that_begins_in_another_groups_folder_is_no_successor(scan):
    # electron/governance (drhold28, in sample): each working group files its notes in its own folder
    # (wg-upgrades/meeting-notes/, wg-outreach/meeting-notes/); a group whose notes begin after another's stop is
    # no rename of it, as the Collaboration Café beside the team meeting in one meetings folder may be. Here the
    # members' café is filed under another group's folder: the general meeting's minutes stopped
    general = _general_beside_a_cafe(scan, "minutes/general/notes", "minutes/safety/notes", "minutes/members/notes")
    assert len(general) == 1 and general[0].status is ClaimStatus.DRIFTED, [c.detail for c in general]
    assert general[0].metrics["stopped"] and general[0].metrics["reference_date"] == "2024-10-07"


def test_a_successor_filed_beside_in_year_folders_is_still_a_rename(scan):
    # the same meetings filed one folder a year under each meeting's folder: the café beside the general meeting
    general = _general_beside_a_cafe(scan, "minutes/general/2022", "minutes/safety/2022", "minutes/members/2023")
    assert len(general) == 1 and general[0].status is ClaimStatus.HOLDS, [c.detail for c in general]
    assert not general[0].metrics["stopped"]
