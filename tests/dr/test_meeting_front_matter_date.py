"""Minutes whose meeting is dated only in the page's front matter (Eleventy/Decap CMS pages: 'start:
2022-12-06T12:00:43Z', the agenda and minutes in block scalars, nothing below the closing '---'; the shape of
yorkshire-imaging-collaborative's group meeting pages, docs/SCORING.md) are dated by that key, so they join their
meeting's series and a stated cadence is checked against them. Seasons in the page names ('spring-', 'autumn-')
say when, like months, not which meeting."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan import meetings
from gapscan.model import Kind
from .test_meeting_minutes import run

RULES = """# Ferry crews

## Purpose

How the ferry crews keep their practice in line.

## Meetings

- The ferry crews group meets quarterly to review incidents and the rota.
"""

PAGE = """---
title: {title}
{key}: {when}
location: Crew room
minutes: >-
  ### Attendance


  *Ana Ruiz, Tom Beck, Lee Ward*


  ### Discussion


  * Rota changes were agreed.

  * The lifejacket audit found two expired lights.
---
"""

SEASON = {1: "winter", 4: "spring", 7: "summer", 10: "autumn"}


def page(scan, day: dt.date, *, key: str = "start", suffix: str = "") -> None:
    season = SEASON[day.month]
    title = f"{season.title()} Ferry Crews Group Meeting"
    scan.write(f"minutes/{season}-ferry-crews-group-meeting{suffix}.md",
               PAGE.format(title=title, key=key, when=f"{day.isoformat()}T09:30:00.000Z"))


def series(scan):
    docs = [replace(d, kind=Kind.REVIEW) for d in scan.documents() if d.path.startswith("minutes")]
    return meetings.series_of(docs)


def test_pages_dated_in_front_matter_are_one_dated_series(scan):
    days = [dt.date(2023, 1, 10), dt.date(2023, 4, 11), dt.date(2023, 7, 11), dt.date(2023, 10, 10),
            dt.date(2024, 1, 9)]
    for n, day in enumerate(days):
        page(scan, day, suffix="-1" if n == 4 else "")
    found = series(scan)
    assert [(s.name, len(s.meetings), s.undated) for s in found] == [("Ferry Crews Group Meeting", 5, ())]
    assert [d for d, _, _ in found[0].meetings] == days
    assert all(line == 3 for _, _, line in found[0].meetings)  # the 'start:' line is the evidence


def test_a_stated_cadence_is_checked_against_them_both_ways(scan):
    scan.write("procedures/ferry-crews.md", RULES)
    for n, day in enumerate([dt.date(2023, 1, 10), dt.date(2023, 4, 11), dt.date(2023, 7, 11), dt.date(2023, 10, 10),
                             dt.date(2024, 1, 9)]):
        page(scan, day, suffix="-1" if n == 4 else "")
    findings, checks = run(scan)
    assert findings == [], [f.message for f in findings]
    assert checks and all(c.metrics["meetings_found"] == 5 for c in checks), [c.detail for c in checks]


def test_a_quarter_without_a_page_is_a_finding(scan):
    scan.write("procedures/ferry-crews.md", RULES)
    # no spring or summer meeting in 2023
    for n, day in enumerate([dt.date(2023, 1, 10), dt.date(2023, 10, 10), dt.date(2024, 1, 9), dt.date(2024, 4, 9)]):
        page(scan, day, suffix=f"-{n}")
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    assert findings[0].metrics["meetings_found"] == 4, findings[0].metrics
    assert "Q2 2023" in findings[0].message and "Q3 2023" in findings[0].message, findings[0].message


def test_an_edit_date_does_not_date_the_meeting(scan):
    # 'updated:' says when the page was edited: the pages stay undated and form no dated series
    for day in [dt.date(2023, 1, 10), dt.date(2023, 4, 11), dt.date(2023, 7, 11)]:
        page(scan, day, key="updated")
    assert series(scan) == ()


def test_a_front_matter_date_of_another_year_than_the_name_is_not_taken(scan):
    scan.write("minutes/ferry-crews-group-meeting-2022.md",
               PAGE.format(title="Ferry Crews Group Meeting 2022", key="date", when="2024-05-02"))
    doc = replace(scan.documents()[0], kind=Kind.REVIEW)
    assert meetings.front_matter_date(doc) == (dt.date(2024, 5, 2), 3)
    assert meetings.meeting_date(doc) is None
