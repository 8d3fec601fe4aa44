"""A group's page says "We meet every other week" and names the group shorter than its minutes do: the page is
titled for the repository ('next-10'), each file of minutes for the meeting in full ('Node.js Next 10 Years Team
Meeting 2024-01-10'). "We" is then the group whose minutes are filed below the page, and the cadence is checked
against them.

The shape (drhold30, held out: nodejs/next-10@d3eccaf): the README's "We meet every other week" was read as a claim,
but no meeting series was found for it (the title's one word is not the minutes' whole name), so the team's 81
files of minutes, 44% of their fortnights without any, were never asked: no DR02. The guards: a committee's, board's
or council's minutes are another body's meetings than the group's ("We meet every Tuesday night" on a makerspace's
page); two series that both fit, or minutes filed outside the page's folder, name none. A word of the title that
says what the page is ('About', 'README') is no word of the group's name.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import ClaimStatus, Kind

PAGE = """# {title}

This repository is where the group works on the project's long-term direction.

We meet every other week; the agenda is posted as an issue a few days before.
"""

NOTES = """# {name} {day}

## Present

* Ana Ruiz
* Ben Cole

## Notes

* The survey questions were agreed.
"""


def _fortnights_then_monthly() -> list[dt.date]:
    start = dt.date(2024, 1, 10)
    days = [start + dt.timedelta(days=14 * k) for k in range(12)]
    return days + [days[-1] + dt.timedelta(days=28 * k) for k in range(1, 12)]


def _checks(scan, page: str, title: str, name: str, folder: str, days, more: tuple[tuple[str, str], ...] = ()):
    from gapscan.drift import analyze

    scan.write(page, PAGE.format(title=title))
    for day in days:
        scan.write(f"{folder}/{day.isoformat()}.md", NOTES.format(name=name, day=day.isoformat()))
    for other_folder, other_name in more:
        for day in days:
            scan.write(f"{other_folder}/{day.isoformat()}.md", NOTES.format(name=other_name, day=day.isoformat()))
    minutes = (folder,) + tuple(f for f, _ in more)
    docs = [replace(d, kind=Kind.REVIEW) if d.path.startswith(minutes) else replace(d, kind=Kind.OTHER)
            for d in scan.documents()]
    return [c for c in analyze(docs, {}).checks if c.procedure == page and c.rule == "DR02"]


def _on_minutes(checks) -> list:
    return [c for c in checks if c.metrics.get("minutes_files")]


def test_we_on_a_group_page_is_the_group_whose_minutes_are_filed_below_it(scan):
    checks = _checks(scan, "README.md", "next-10", "Node.js Next 10 Years team Meeting", "meetings",
                     _fortnights_then_monthly())
    assert len(checks) == 1 and checks[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
    assert _on_minutes(checks) and "Next" in checks[0].related[0], checks[0].related


def test_the_group_kept_to_its_cadence_holds(scan):
    start = dt.date(2024, 1, 10)
    checks = _checks(scan, "README.md", "next-10", "Node.js Next 10 Years team Meeting", "meetings",
                     [start + dt.timedelta(days=14 * k) for k in range(24)])
    assert len(checks) == 1 and checks[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]


def test_we_on_a_makerspace_page_is_not_its_committee(scan):
    # the members meet; the committee's minutes are another body's meetings
    checks = _checks(scan, "README.md", "Harbour Makerspace", "Harbour Makerspace Committee Meeting", "minutes",
                     _fortnights_then_monthly())
    assert not _on_minutes(checks), [(c.status, c.detail) for c in checks]


def test_two_series_that_fit_name_none(scan):
    checks = _checks(scan, "README.md", "next-10", "Node.js Next 10 Years team Meeting", "meetings",
                     _fortnights_then_monthly(), more=(("release-calls", "Next Release Planning Call Meeting"),))
    assert not _on_minutes(checks), [(c.status, c.detail) for c in checks]


def test_minutes_outside_the_page_folder_are_not_its_group(scan):
    checks = _checks(scan, "docs/team.md", "next-10", "Node.js Next 10 Years team Meeting", "meetings",
                     _fortnights_then_monthly())
    assert not _on_minutes(checks), [(c.status, c.detail) for c in checks]


def test_a_word_that_says_what_the_page_is_is_no_part_of_the_groups_name(scan):
    checks = _checks(scan, "README.md", "About next-10", "Node.js Next 10 Years team Meeting", "meetings",
                     _fortnights_then_monthly())
    assert _on_minutes(checks) and checks[0].status is ClaimStatus.DRIFTED, [(c.status, c.detail) for c in checks]
