"""Minutes named only by their date belong to the meeting their folder's other minutes name.

The shape on rust-lang/leadership-council@17848e0 (docs/SCORING.md, classify14): minutes/sync-meeting/ holds 74
files named by date; 48 are titled "Council meeting 2025-03-14", the older ones only "2023-06-15". The dated-only
ones were read as minutes of a meeting named by their folder ("Sync Meeting"), so the council's series lacked them
and its fortnights with minutes filed under a bare date were counted as fortnights without minutes. A folder whose
named minutes are all of one meeting says what its other minutes record; a folder holding minutes of two meetings
says nothing about a file named only by a date.
"""
from __future__ import annotations

import datetime as dt

from gapscan import meetings
from .test_meeting_minutes import MINUTES, RULES, first_mondays, run


def dated_only(scan, folder: str, days: list[dt.date]) -> None:
    for day in days:
        scan.write(f"{folder}/{day.isoformat()}.md", MINUTES.format(title=day.isoformat(), day=day.isoformat()))


def titled(scan, folder: str, title: str, days: list[dt.date]) -> None:
    for day in days:
        scan.write(f"{folder}/{day.isoformat()}.md",
                   MINUTES.format(title=f"{title} {day.isoformat()}", day=day.isoformat()))


def test_minutes_named_by_date_join_the_meeting_their_folder_names(scan):
    scan.write("procedures/meetings.md", RULES)
    mondays = first_mondays(2024, list(range(1, 13)))
    titled(scan, "minutes/regular", "General Meeting", mondays[0::2])
    dated_only(scan, "minutes/regular", mondays[1::2])
    findings, checks = run(scan)
    assert findings == [], [f.message for f in findings]
    general = [c for c in checks if c.record and "General" in c.record]
    assert general and all(c.metrics["meetings_found"] == 12 for c in general), [c.detail for c in checks]
    docs = [d for d in scan.documents() if d.path.startswith("minutes")]
    from dataclasses import replace
    from gapscan.model import Kind
    series = meetings.series_of([replace(d, kind=Kind.REVIEW) for d in docs])
    assert [(s.name, len(s.meetings)) for s in series] == [("General Meeting", 12)]


def test_a_folder_of_two_meetings_names_no_dated_file(scan):
    # the general meeting's minutes skip every other month; a board's minutes and undated-by-name files share the
    # folder, so those files are not the general meeting's and the months stay without minutes
    scan.write("procedures/meetings.md", RULES)
    mondays = first_mondays(2024, list(range(1, 13)))
    titled(scan, "minutes/regular", "General Meeting", mondays[0::2])
    titled(scan, "minutes/regular", "Board Meeting", [dt.date(2024, 3, 20), dt.date(2024, 9, 18)])
    dated_only(scan, "minutes/regular", mondays[1::2])
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    assert findings[0].metrics["meetings_found"] == 6, findings[0].metrics


HELD_AGENDA = """# General meeting agenda

- Meeting date: {day}

## Attendance

- Members: Ana Ruiz, Ben Cole, Cy Park

## Meeting roles

- Minutes: Cy Park

## Business

The budget for the bandsaw was approved. Meeting adjourned at 9pm.
"""


def test_an_agenda_filled_in_at_the_meeting_counts_as_its_minutes(scan):
    # rust-lang/leadership-council@17848e0 titles its later minutes "Council meeting agenda": the meeting's day,
    # who attended and who took the minutes say it was held; an agenda that names none of that is not counted
    scan.write("procedures/meetings.md", RULES)
    mondays = first_mondays(2024, list(range(1, 13)))
    titled(scan, "minutes/regular", "General Meeting", mondays[0::2])
    for day in mondays[1::2]:
        scan.write(f"minutes/regular/{day.isoformat()}.md", HELD_AGENDA.format(day=day.isoformat()))
    findings, checks = run(scan)
    assert findings == [], [f.message for f in findings]
    general = [c for c in checks if c.record and "General" in c.record]
    assert general and all(c.metrics["meetings_found"] == 12 for c in general), [c.detail for c in checks]


def test_an_agenda_of_a_meeting_to_come_is_not_counted(scan):
    scan.write("procedures/meetings.md", RULES)
    mondays = first_mondays(2024, list(range(1, 13)))
    titled(scan, "minutes/regular", "General Meeting", mondays[0::2])
    for day in mondays[1::2]:
        scan.write(f"minutes/regular/{day.isoformat()}.md",
                   HELD_AGENDA.format(day=day.isoformat()).replace("- Minutes: Cy Park", "- Minutes:")
                   .replace("- Members: Ana Ruiz, Ben Cole, Cy Park", "- Members:"))
    findings, checks = run(scan)
    assert len(findings) == 1 and findings[0].metrics["meetings_found"] == 6, [c.detail for c in checks]
