"""The dated minutes of one meeting are the record that the meeting was held: a cadence claim about that meeting
("the general meeting is held monthly", "the board meets quarterly") is checked against them like any log.

The shape on makerspace sets (brisbanemakerspace/bms-wiki@5a386c9, awwaiid/hacdc-oldwiki@ed9ff7c): the rules say
when the meetings are held and the minutes of each meeting are in the set, one file per meeting, but minutes are
reviews, not records, so no cadence about a meeting was ever checked. Not handed over is still not drift: only
the span the minutes cover is judged, two minutes prove nothing, and minutes of another meeting are never
counted for this one.
"""
from __future__ import annotations

import datetime as dt

from gapscan.model import ClaimStatus

from .minutes_series import run  # noqa: F401 (the meeting tests' run, imported from here by many)


RULES = """# Meetings

## Purpose

How the members run the club.

## General meetings

- A general meeting shall be held on the first Monday of each month at 8pm.
- The secretary shall post the agenda on the forum before the meeting.
"""

BOARD_RULES = """# Board

## Purpose

How the board works.

## Meetings

- The board meets quarterly to approve the budget.
"""

MINUTES = """# {title}

Date: {day}

- Present: Ana Ruiz, Ben Cole, Cy Park
- Chair: Ana Ruiz

## Business

The budget for the bandsaw was approved. Meeting adjourned at 9pm.
"""


def minutes(scan, folder: str, title: str, days: list[dt.date], in_name: bool = True):
    for day in days:
        name = f"{folder}/{day:%Y%m%d}.md" if in_name else f"{folder}/{title.replace(' ', '-')}-{day.day}.md"
        scan.write(name, MINUTES.format(title=f"{title} - {day:%d %B %Y}", day=day.isoformat()))


def first_mondays(year: int, months: list[int]) -> list[dt.date]:
    out = []
    for m in months:
        day = dt.date(year, m, 1)
        out.append(day + dt.timedelta(days=(7 - day.weekday()) % 7))
    return out


def test_months_with_no_minutes_are_drift_with_the_months_named(scan):
    scan.write("procedures/meetings.md", RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2024, [1, 4, 5, 8, 10, 11, 12]))
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    f = findings[0]
    assert "12 expected" in f.message and "7 " in f.message, f.message
    for month in ("Feb 2024", "Mar 2024", "Jun 2024", "Jul 2024", "Sep 2024"):
        assert month in f.message, f.message
    assert f.metrics["meetings_expected"] == 12 and f.metrics["meetings_found"] == 7
    # each quote points at a file of minutes, not at a made-up record
    assert f.evidence and all(ev.path.startswith("minutes/general/") and ev.path.endswith(".md")
                              for ev in f.evidence), f.evidence


def test_minutes_every_month_hold(scan):
    scan.write("procedures/meetings.md", RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2024, list(range(1, 13))))
    findings, checks = run(scan)
    assert findings == []
    held = [c for c in checks if c.status is ClaimStatus.HOLDS]
    assert len(held) == 1 and held[0].metrics["meetings_found"] == 12, [c.detail for c in checks]


def test_two_minutes_prove_nothing(scan):
    scan.write("procedures/meetings.md", RULES)
    minutes(scan, "minutes/general", "General Meeting", [dt.date(2024, 1, 1), dt.date(2024, 9, 2)])
    findings, checks = run(scan)
    assert findings == []
    assert checks and all(c.status is ClaimStatus.NOT_CHECKABLE for c in checks)
    assert any("too few" in c.detail and "General Meeting" in c.detail for c in checks), [c.detail for c in checks]


def test_minutes_of_another_meeting_are_not_counted(scan):
    # the general meeting's minutes are all there; the board's, kept in other months, must not be joined to them,
    # nor stand for the board's quarterly meetings, of which there are no minutes
    scan.write("procedures/meetings.md", RULES)
    scan.write("procedures/board.md", BOARD_RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2024, list(range(1, 13))))
    minutes(scan, "minutes/safety", "Safety Committee Meeting", [dt.date(2023, 3, 7), dt.date(2023, 6, 7),
                                                                 dt.date(2023, 11, 7), dt.date(2024, 3, 7)])
    findings, checks = run(scan)
    assert findings == []
    general = [c for c in checks if c.procedure == "procedures/meetings.md" and c.record]
    assert general and all(c.metrics["meetings_found"] == 12 for c in general), [c.detail for c in general]
    board = [c for c in checks if c.procedure == "procedures/board.md"]
    assert board and all(c.status is ClaimStatus.NOT_CHECKABLE and c.record is None for c in board), \
        [(c.detail, c.record) for c in board]


def test_a_gap_after_the_last_minutes_is_not_drift(scan):
    # minutes handed over for the first half of the year only: the months after the last of them are not judged
    # against another meeting's minutes that begin after them (it may be this meeting renamed; a meeting that stops
    # while another held beside it goes on is drift: test_meeting_minutes_stopped)
    scan.write("procedures/meetings.md", RULES)
    minutes(scan, "minutes/general", "General Meeting", first_mondays(2024, [1, 2, 3, 4, 5, 6]))
    minutes(scan, "minutes/safety", "Safety Committee Meeting", [dt.date(2025, m, 7) for m in (1, 4, 7, 10)])
    findings, checks = run(scan)
    assert findings == [], [f.message for f in findings]


AGM_RULES = """# Membership

## Purpose

How the members run the club.

## Rules

- The list of members authorised on the laser is reviewed at least annually, typically after the AGM.
- The fees shall be approved each year at the annual general meeting.
"""

YEARLY = """# Annual General Meeting

Date: Tuesday, March {day}

- Members Present: Ana Ruiz, Ben Cole, Cy Park
- Meeting called to order at 7:35. Quorum reached.

## Elections

Ana was elected president. Meeting adjourned at 9pm.
"""


def test_a_routine_done_at_a_meeting_is_not_the_meetings_cadence(scan):
    # the AGM's minutes skip two years; the rules say when a list is reviewed and fees approved, not how often
    # the AGM is held, so its minutes check neither
    scan.write("procedures/membership.md", AGM_RULES)
    for year in (2019, 2020, 2023, 2024):
        scan.write(f"minutes/AGM {year}.md", YEARLY.format(day=12))
    findings, checks = run(scan)
    assert findings == []
    assert checks and all(c.record is None for c in checks), [(c.detail, c.record) for c in checks]
    assert not any("name one of the meetings whose minutes the set holds" in c.detail for c in checks), \
        [c.detail for c in checks]


def test_minutes_named_for_the_year_are_read_in_that_year(scan):
    # 'Date: Tuesday, March 12' in 'Annual General Meeting 2019.md' is 12 March 2019; a file of the year with no
    # day in it still shows that year's meeting was minuted
    scan.write("procedures/bylaws.md", "# Bylaws\n\n## Meetings\n\n- An annual general meeting of all members "
                                       "shall be held in March.\n")
    for year in (2019, 2020, 2022, 2023):
        scan.write(f"minutes/Annual General Meeting {year}.md", YEARLY.format(day=12))
    scan.write("minutes/Annual General Meeting 2021.md", YEARLY.replace("Date: Tuesday, March {day}", "Held online."))
    findings, checks = run(scan)
    assert findings == []
    held = [c for c in checks if c.status is ClaimStatus.HOLDS]
    assert len(held) == 1, [c.detail for c in checks]
    m = held[0].metrics
    assert (m["meetings_expected"], m["meetings_found"], m["first_meeting"]) == (5, 5, "2019-03-12"), m


def test_a_rule_quoted_as_what_the_previous_bylaws_said_is_not_checked(scan):
    # 'Old Standing Rules.md' on awwaiid/hacdc-oldwiki@ed9ff7c quotes the weekly meetings of the bylaws an
    # amendment replaced by monthly ones: the minutes of monthly meetings do not contradict a rule no longer in force
    scan.write("procedures/standing-rules.md", "# Standing rules\n\n## Regular meetings\n\nWhat the previous bylaws "
                                               "said:\n\n: Regular meetings of voting members shall be held every "
                                               "Tuesday at 19:30.\n\nThe members now meet once a month.\n")
    minutes(scan, "minutes", "Regular Member Meeting", first_mondays(2024, list(range(1, 13))))
    findings, checks = run(scan)
    assert findings == []
    weekly = [c for c in checks if c.claim.interval_days == 7]
    assert weekly and all(c.status is ClaimStatus.NOT_CHECKABLE and "former" in c.detail for c in weekly), \
        [(c.claim.text, c.detail) for c in checks]


def test_management_reviews_held_less_often_than_the_procedure_says(scan):
    # the QMS shape: a procedure says how often top management reviews the system; the review minutes are dated
    scan.write("procedures/QP-09 management review.md",
               "# Management review\n\n## Procedure\n\nTop management shall review the quality management system at "
               "least annually.\n")
    for year in (2020, 2023, 2024):
        scan.write(f"minutes/MR-{year}-03.md", MINUTES.format(title=f"Management Review Minutes March {year}",
                                                               day=f"{year}-03-10"))
    findings, checks = run(scan)
    assert len(findings) == 1, [c.detail for c in checks]
    m = findings[0].metrics
    assert (m["meetings_expected"], m["meetings_found"], m["periods_without_minutes"]) == (5, 3, ["2021", "2022"])
