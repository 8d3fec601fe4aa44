"""A generic body as the subject of a meeting ("The Team meets weekly", "The Committee meets monthly") is the body the
page's title names, as "we meet" is.

The shape (left18, openjs-foundation/cross-project-council@f7426cb, governance/GOVERNANCE.md): under "# OpenJS Cross
Project Council" and "## Team Meetings", "The Team meets weekly on Zoom.us."; 184 files of "OpenJS Foundation Cross
Project Council Meeting" minutes sit in meetings/. "The Team" named no series, so the claim linked no minutes. A
title may name the body shorter than its minutes do ('Foundation' left out): the body it names is matched when all
its own words (two at least) are words of one series' name.
"""
from __future__ import annotations

import datetime as dt

import pytest

from .minutes_series import meeting_checks
from .test_meeting_minutes import minutes, run


def mondays(first: dt.date, weeks: int, skip: set[int]) -> list[dt.date]:
    return [first + dt.timedelta(weeks=w) for w in range(weeks) if w not in skip]


PAGE = """# {title}

## Members

Membership is open to the maintainers of each project.

## Team Meetings

The {subject} meets weekly on a video call. A moderator runs the meeting.
"""


@pytest.mark.parametrize("title,series", [
    ("Security Team", "Security Team Meeting"),
    # the title leaves a word of the minutes' name out ('Foundation'); 'OpenJS' is 'Open JS' as the minutes write it
    ("OpenJS Cross Project Council", "Open JS Foundation Cross Project Council Meeting"),
])
def test_the_team_meets_is_the_body_of_the_page_title(scan, title, series):
    scan.write("procedures/governance.md", PAGE.format(title=title, subject="Team"))
    minutes(scan, "minutes", series, mondays(dt.date(2024, 1, 1), 20, {3, 4, 5, 8, 9, 12, 13, 15}))
    findings, checks = run(scan)
    got = meeting_checks(checks)
    assert len(got) == 1, [(c.claim.text, c.detail) for c in checks]
    assert got[0].metrics["meetings_found"] == 12 and len(findings) == 1, got[0].metrics


@pytest.mark.parametrize("title,subject", [
    ("Security Team", "Release Team"),  # a body named in the sentence is not the title's
    ("Membership", "Team"),  # the title names no body of the minutes
    ("Council", "Team"),  # one generic word names no series
])
def test_a_named_body_or_a_title_naming_none_links_no_minutes(scan, title, subject):
    scan.write("procedures/governance.md", PAGE.format(title=title, subject=subject))
    minutes(scan, "minutes", "Security Team Meeting", mondays(dt.date(2024, 1, 1), 20, {3, 4, 5}))
    minutes(scan, "minutes/council", "Finance Council Meeting", mondays(dt.date(2024, 1, 2), 20, {3, 4, 5}))
    findings, checks = run(scan)
    assert not meeting_checks(checks), [(c.claim.text, c.detail) for c in checks]


def test_two_series_the_title_could_name_link_neither(scan):
    # both names hold every word of the title's body, and neither is the title's own: no guess between them
    scan.write("procedures/governance.md", PAGE.format(title="OpenJS Cross Project Council", subject="Team"))
    minutes(scan, "minutes/a", "OpenJS Foundation Cross Project Council Meeting",
            mondays(dt.date(2024, 1, 1), 20, {3, 4, 5}))
    minutes(scan, "minutes/b", "OpenJS Foundation Cross Project Council Private Meeting",
            mondays(dt.date(2024, 1, 3), 20, {3, 4}))
    findings, checks = run(scan)
    assert not meeting_checks(checks), [(c.record, c.detail) for c in checks]


def test_the_title_s_own_body_is_linked_never_a_longer_named_one(scan):
    scan.write("procedures/governance.md", PAGE.format(title="Cross Project Council", subject="Team"))
    minutes(scan, "minutes/a", "Cross Project Council Meeting", mondays(dt.date(2024, 1, 1), 20, {3, 4, 5}))
    minutes(scan, "minutes/b", "Cross Project Council Private Meeting", mondays(dt.date(2024, 1, 3), 20, {3, 4}))
    findings, checks = run(scan)
    got = meeting_checks(checks)
    assert len(got) == 1 and "Private" not in got[0].record, [(c.record, c.detail) for c in got]



@pytest.mark.parametrize("title,series,linked", [
    # a name of kinds alone is many bodies' name: the Security Steering Committee's minutes are not the page's
    ("Steering Committee", "Security Steering Committee Meeting", False),
    ("Technical Advisory Board", "Acme Technical Advisory Board Meeting", False),
    # a name with a word of its own is one body's, as the OpenJS title above
    ("Security Steering Committee", "Acme Security Steering Committee Meeting", True),
])
def test_a_title_naming_a_body_by_its_kind_links_no_longer_named_minutes(scan, title, series, linked):
    scan.write("procedures/governance.md", PAGE.format(title=title, subject="Committee"))
    minutes(scan, "minutes", series, mondays(dt.date(2024, 1, 1), 20, {3, 4, 5}))
    findings, checks = run(scan)
    assert bool(meeting_checks(checks)) is linked, [(c.record, c.detail) for c in checks]
