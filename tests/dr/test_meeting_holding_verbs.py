"""A meeting held by a verb other than 'meet' ("The working group typically conducts a 1 hour weekly sync meeting",
"We hold a monthly meeting") is the body the page's headings name, as "The Team meets weekly" is; and one meeting's
minutes whose names write its words in other forms ('Release WG', 'WG Releases') are one series.

The shape (drhold28, electron/governance@0939245, wg-releases/README.md): under "# Releases WG" and "## Standard
Meeting Structure", "The working group typically conducts a 1 hour weekly sync meeting every Wednesday"; 52 files of
the group's notes in wg-releases/meeting-notes/, titled "Release WG" (9, 2019) then "Releases WG" (43, to 2021-04),
with weeks and months of none. 'conducts' was no word of holding and only 'meet' took the headings' body, so the claim
linked no minutes; and the two spellings made two series, so it could only have been ambiguous.
"""
from __future__ import annotations

import datetime as dt

import pytest

from gapscan import meetings

from .minutes_series import meeting_checks, series
from .test_meeting_minutes import minutes, run


def wednesdays(first: dt.date, weeks: int, skip: set[int]) -> list[dt.date]:
    return [first + dt.timedelta(weeks=w) for w in range(weeks) if w not in skip]


PAGE = """# {title}

## Membership

Members are the maintainers who run releases.

## Standard Meeting Structure

{sentence} The structure of the meeting is as follows:

* Take attendance
* Review open issues
"""


@pytest.mark.parametrize("sentence", [
    "The working group typically conducts a 1 hour weekly sync meeting every Wednesday.",
    "The group holds a weekly sync meeting every Wednesday.",
    "We hold a weekly sync meeting every Wednesday.",
])
def test_a_meeting_held_by_a_generic_body_is_the_headings_body(scan, sentence):
    scan.write("procedures/releases.md", PAGE.format(title="Releases WG", sentence=sentence))
    # 20 weeks, 8 without minutes
    minutes(scan, "minutes", "Releases WG", wednesdays(dt.date(2024, 1, 3), 20, {3, 4, 5, 8, 9, 12, 13, 15}))
    findings, checks = run(scan)
    got = meeting_checks(checks)
    assert len(got) == 1, [(c.claim.text, c.detail) for c in checks]
    assert got[0].metrics["periods_missed"] == 8 and len(findings) == 1, got[0].metrics


@pytest.mark.parametrize("sentence", [
    # a body named in the sentence is not the headings' one
    "The Security Team conducts a weekly sync meeting every Wednesday.",
    # a survey conducted weekly is no meeting
    "The working group conducts a weekly survey of open issues.",
])
def test_a_named_body_or_no_meeting_links_no_minutes(scan, sentence):
    scan.write("procedures/releases.md", PAGE.format(title="Releases WG", sentence=sentence).replace(
        " The structure of the meeting is as follows:", ""))
    minutes(scan, "minutes", "Releases WG", wednesdays(dt.date(2024, 1, 3), 20, {3, 4, 5}))
    findings, checks = run(scan)
    assert not meeting_checks(checks), [(c.claim.text, c.detail) for c in checks]


def test_one_meeting_named_in_two_forms_of_its_words_is_one_series(scan):
    got = series(scan, [("minutes/2019-02-13.md", "Release WG"), ("minutes/2019-02-27.md", "Release WG"),
                        ("minutes/2019-05-08.md", "Releases WG"), ("minutes/2019-05-15.md", "Releases WG"),
                        ("minutes/2019-05-22.md", "Releases WG")], under="minutes")
    assert len(got) == 1 and len(got[0].meetings) == 5, [(s.name, len(s.meetings)) for s in got]
    # the name shown is the first form read
    assert got[0].name in ("Release WG meeting", "Releases WG meeting")


def test_two_meetings_of_other_words_stay_two_series(scan):
    got = series(scan, [("minutes/a/2019-02-13.md", "Release WG"), ("minutes/a/2019-02-27.md", "Release WG"),
                        ("minutes/b/2019-02-14.md", "Outreach WG"), ("minutes/b/2019-02-28.md", "Outreach WG")],
                 under="minutes")
    assert sorted(s.name for s in got) == ["Outreach WG meeting", "Release WG meeting"], [s.name for s in got]


def test_the_words_of_holding_take_conducts():
    assert meetings.HOLDING.match("conducts") and meetings.HOLDING.match("conduct")
