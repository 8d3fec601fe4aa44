"""A working group's README states its meeting cadence as a labelled line under "Meeting Schedule" ("**Sync
Meeting** 60 min every other Thursday", "Current meeting cadence is every other week on Thursdays"): that cadence
is checked against the group's minutes, though the README is a page (kind other), not a procedure.

The shape (drhold28, electron/governance@0939245 and nodejs/community-committee@79635aa): the Outreach, Ecosystem
and Community & Safety WG READMEs said "every other Thursday/Tuesday", which gave no claim (no pattern for "every
other <weekday>", and "60 min" before the cadence read as a minimum); "every other week on Thursdays" gave none
either (the weekday after the cadence read as a second cadence offered as a choice); and a labelled "Sync Meeting"
with no holding verb was not read as a meeting at all, so the headings naming the group were never asked.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import ClaimStatus, Kind

README = """# Outreach WG

The Outreach Working Group helps people build apps and grows the community.

## Meeting Schedule

* **Sync Meeting** 60 min every other Thursday @ 13:00 PT

Meeting notes may be viewed in meeting-notes.
"""

NOTES = """# WG Outreach meeting {day}

## Attendees

- Ana Ruiz, Ben Cole

## Notes

- Conference talk proposals were reviewed.
"""


def _claims(scan, rel, text):
    from gapscan.nlp.claims import routine_claims

    scan.write(rel, text)
    doc = next(d for d in scan.documents() if d.path == rel)
    return routine_claims(replace(doc, kind=Kind.OTHER))


def test_every_other_weekday_is_a_fortnight(scan):
    found = _claims(scan, "wg/README.md", README)
    assert [(c.phrase, c.interval_days) for c in found] == [("every other Thursday", 14.0)], found


def test_a_weekday_after_a_cadence_of_weeks_is_its_day_not_a_choice(scan):
    found = _claims(scan, "cc/README.md", "# Community Committee\n\n## Meetings\n\nCurrent meeting cadence is every "
                                          "other week on Thursdays. Please check the calendar.\n")
    assert [(c.phrase, c.interval_days) for c in found] == [("every other week", 14)], found


def test_a_monthly_cadence_on_a_weekday_is_still_two_cadences_offered(scan):
    # a weekday after a cadence that is no whole number of weeks is not its day: left as before
    found = _claims(scan, "x/README.md", "# Team\n\n## Meetings\n\nThe sync happens monthly on Thursdays.\n")
    assert all(c.interval_days != 14 for c in found), found


def _run(scan, minutes_days):
    from gapscan.drift import analyze

    scan.write("wg-outreach/README.md", README)
    for day in minutes_days:
        scan.write(f"wg-outreach/meeting-notes/{day.isoformat()}.md", NOTES.format(day=day.isoformat()))
    docs = [replace(d, kind=Kind.REVIEW) if "/meeting-notes/" in d.path else replace(d, kind=Kind.OTHER)
            for d in scan.documents()]
    result = analyze(docs, {})
    return [c for c in result.checks if c.procedure == "wg-outreach/README.md" and c.rule == "DR02"]


def test_a_readme_meeting_schedule_is_checked_against_the_groups_minutes(scan):
    # fortnightly Thursdays through 2024, then none from May to October
    start = dt.date(2024, 1, 4)
    every = [start + dt.timedelta(days=14 * k) for k in range(26)]
    held = [d for d in every if not dt.date(2024, 5, 1) <= d <= dt.date(2024, 10, 31)]
    checks = _run(scan, held)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
    assert "fortnight" in checks[0].detail and "WG Outreach Meeting" in checks[0].related[0], checks[0].detail


def test_a_readme_meeting_schedule_kept_holds(scan):
    start = dt.date(2024, 1, 4)
    checks = _run(scan, [start + dt.timedelta(days=14 * k) for k in range(26)])
    assert len(checks) == 1 and checks[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]


def test_a_labelled_meeting_line_is_the_meeting_the_headings_name(scan):
    # a cadence the claims read before ("Weekly"): only the label "Sync Meeting" says it is a meeting's
    from gapscan.drift import analyze

    scan.write("wg-security/README.md", "# Security WG\n\n## Meeting Schedule\n\n* **Sync Meeting** 1hr Weekly @ "
                                        "Wednesday 9:30AM PT\n")
    start = dt.date(2024, 1, 3)
    for k in range(40):
        if not 10 <= k < 30:
            day = start + dt.timedelta(days=7 * k)
            scan.write(f"wg-security/meeting-notes/{day.isoformat()}.md",
                       NOTES.replace("WG Outreach", "Security WG").format(day=day.isoformat()))
    docs = [replace(d, kind=Kind.REVIEW) if "/meeting-notes/" in d.path else replace(d, kind=Kind.OTHER)
            for d in scan.documents()]
    checks = [c for c in analyze(docs, {}).checks if c.procedure == "wg-security/README.md"]
    assert len(checks) == 1 and checks[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
    assert "Security WG" in checks[0].related[0], checks[0].related


def test_a_line_opening_with_minutes_is_no_meeting_label(scan):
    # hacdc's Bylaws: "Minutes follow the standing rules for meetings as adopted each year" is about the minutes
    from gapscan import meetings

    start = dt.date(2024, 1, 4)
    for k in range(10):
        day = start + dt.timedelta(days=14 * k)
        scan.write(f"board/meeting-notes/{day.isoformat()}.md", NOTES.replace("WG Outreach", "Board").format(
            day=day.isoformat()))
    docs = [replace(d, kind=Kind.REVIEW) for d in scan.documents()]
    series = meetings.series_of(docs)
    assert series
    sentence = "Minutes follow the standing rules for meetings as adopted every other week."
    found, _ = meetings.about(sentence, "every other week", series, None, "Board Bylaws")
    assert found == [], [s.name for s in found]
    found, _ = meetings.about("Board Meeting: every other week", "every other week", series, None, "Board")
    assert [s.name for s in found] == [series[0].name]
