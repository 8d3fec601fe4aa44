"""A heading at level 1 after the page's title names what is under it; a page that says its group was retired
states a former cadence.

The shape (drhold28, nodejs/community-committee@79635aa): README.md opens "# This Committee is Retired" ("The Node.js
Community Committee has been retired."), then "# Community Committee" over "## Meetings" over "Current meeting cadence
is every other week on Thursdays". drift._headings_over dropped every heading at level 1, so the second one, which
names the committee, was lost and the cadence named no series; and the notice that the committee no longer meets was
not read, so its minutes ending in 2020 could be drift.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import ClaimStatus, Kind

NOTES = """# Node.js  Community Committee Meeting {day}

## Attendees

- Ana Ruiz, Ben Cole

## Notes

- Conference talk proposals were reviewed.
"""

PAGE = """# {first}

{notice}

# Community Committee

The Community Committee is a top-level committee of the project.

## Meetings

Current meeting cadence is every other week on Thursdays. Please check the calendar for the next meeting.
"""


def _checks(scan, first: str, notice: str, days):
    from gapscan.drift import analyze

    scan.write("README.md", PAGE.format(first=first, notice=notice))
    for day in days:
        scan.write(f"meetings/{day.isoformat()}.md", NOTES.format(day=day.isoformat()))
    # the minutes go on after the page's meetings stop, another body's minutes in the set showing it was kept later
    docs = [replace(d, kind=Kind.REVIEW) if d.path.startswith("meetings/") else replace(d, kind=Kind.OTHER)
            for d in scan.documents()]
    return [c for c in analyze(docs, {}).checks if c.procedure == "README.md" and c.rule == "DR02"]


FORTNIGHTS = [dt.date(2024, 1, 4) + dt.timedelta(days=14 * k) for k in range(26)]


def test_a_second_heading_at_level_one_names_the_meeting(scan):
    checks = _checks(scan, "Node.js", "Welcome to the project.", FORTNIGHTS)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]
    assert "Community Committee" in checks[0].related[0], checks[0].related


def test_a_retired_group_s_cadence_is_not_checked(scan):
    held = [d for d in FORTNIGHTS if not dt.date(2024, 5, 1) <= d <= dt.date(2024, 10, 31)]
    checks = _checks(scan, "This Committee is Retired", "The Node.js Community Committee has been retired.", held)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.NOT_CHECKABLE, [(c.status, c.detail) for c in checks]
    assert "no longer meets" in checks[0].detail and "This Committee is Retired" in checks[0].detail, checks[0].detail


def test_the_same_gaps_without_the_notice_are_drift(scan):
    held = [d for d in FORTNIGHTS if not dt.date(2024, 5, 1) <= d <= dt.date(2024, 10, 31)]
    checks = _checks(scan, "Node.js", "Welcome to the project.", held)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]


def test_a_list_of_retired_initiatives_further_down_is_no_notice():
    from gapscan.drift import RETIRED_NOTICE

    assert not RETIRED_NOTICE.search("Completed / Retired")
    assert not RETIRED_NOTICE.search("Minutes are archived in the wiki.")
    assert RETIRED_NOTICE.search("This working group is archived.")
    assert RETIRED_NOTICE.search("The team no longer meets; see the new council.")


VC_PAGE = """# Virtual Project Meetings

The full group meets in video conferences biweekly. The usual schedule is on the calendar.

There are also several subgroups that keep their own meeting schedule.

All attendees are required to be members of the [community group](https://example.org/cg) prior to attending.
"""

CG_NOTES = """# Community Group meeting {day}

## Attendees

- Ana Ruiz, Ben Cole

## Notes

- The proposal was moved to phase 2.
"""

WG_NOTES = CG_NOTES.replace("Community Group", "Working Group")


def _vc_checks(scan, page: str, cg_days, wg_days):
    from gapscan.drift import analyze

    scan.write("process/vc-meetings.md", page)
    for day in cg_days:
        scan.write(f"main/{day.year}/CG-{day:%m-%d}.md", CG_NOTES.format(day=day.isoformat()))
    for day in wg_days:
        scan.write(f"wg/{day.year}/WG-{day:%m-%d}.md", WG_NOTES.format(day=day.isoformat()))
    docs = [replace(d, kind=Kind.REVIEW) if d.path.startswith(("main/", "wg/")) else replace(d, kind=Kind.OTHER)
            for d in scan.documents()]
    return [c for c in analyze(docs, {}).checks if c.procedure == "process/vc-meetings.md" and c.rule == "DR02"]


def test_the_full_group_is_the_body_the_page_names(scan):
    # wasm's process/vc-meetings.md (drhold29, WebAssembly/meetings): the full group is the Community Group, whose
    # minutes the set holds; before, the cadence matched no series and read "no minutes of this meeting in the set"
    wg = [dt.date(2024, 1, 10) + dt.timedelta(days=28 * k) for k in range(12)]
    checks = _vc_checks(scan, VC_PAGE, FORTNIGHTS, wg)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]
    assert "Community Group" in checks[0].related[0], checks[0].related


def test_a_meeting_no_series_is_named_by_does_not_say_its_minutes_are_missing(scan):
    # the page names both bodies: which is "the full group" cannot be told, and the reason says so
    page = VC_PAGE.replace("[community group]", "community group or the working group ([link]")
    wg = [dt.date(2024, 1, 10) + dt.timedelta(days=28 * k) for k in range(12)]
    checks = _vc_checks(scan, page, FORTNIGHTS, wg)
    assert len(checks) == 1 and checks[0].status is ClaimStatus.NOT_CHECKABLE, [(c.status, c.detail) for c in checks]
    assert "no minutes of this meeting" not in checks[0].detail, checks[0].detail
    assert "name one of the meetings whose minutes the set holds" in checks[0].detail, checks[0].detail
