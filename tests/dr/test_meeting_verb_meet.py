"""A meeting's cadence said with the verb 'meet' ("the committee will meet on the first Monday of every month",
"we aim to meet on the second Wednesday of every month" under a heading "Plenums") is a claim about that
meeting, checked against its minutes like "the committee meets monthly".

The shape held out on a hackerspace's site (hackerspacesg/hackerspace.sg@2aa5980, contents/plenum/): the page
of the plenum says "We aim to meet on the second Wednesday of every month", and 29 files of plenum minutes sit
under it; 'meet' was not read as a meeting word, and the sentence names the plenum only through its heading, so
the claim was never put to the minutes. 'Meet' is also the verb of "meet the requirements": it counts only
where minutes of a meeting the sentence, or its heading, names are in the set.
"""
from __future__ import annotations

from gapscan.model import ClaimStatus

from .minutes_series import meeting_checks, series
from .test_meeting_minutes import first_mondays, minutes, run


COMMITTEE = """# Committee

## Purpose

How the committee runs the club.

## Meetings

- The committee will meet on the first Monday of every month to approve spending.
- The secretary keeps the minutes on the shared drive.
"""

PLENUM = """# Plenums

## Purpose

How members take decisions together.

## Plenums

Plenums are open to all members; decisions are taken by consensus of those present.

We aim to meet on the first Monday of every month, subject to the availability of the treasurer.
"""

REQUIREMENTS = """# Product checks

## Purpose

How the workshop checks what it ships.

## Monthly checks

- Each batch must meet the customer's drawing; the committee checks a sample every month.
- A member on the concession rate must meet the requirements of it every month.
"""


def test_will_meet_monthly_is_checked_against_the_committee_minutes(scan):
    scan.write("procedures/committee.md", COMMITTEE)
    minutes(scan, "minutes/committee", "Committee Meeting", first_mondays(2024, [1, 2, 5, 6, 9, 10, 11, 12]))
    findings, checks = run(scan)
    assert len(findings) == 1, [(c.claim.text, c.detail) for c in checks]
    f = findings[0]
    assert f.metrics["meetings_expected"] == 12 and f.metrics["meetings_found"] == 8, f.metrics
    assert all(ev.path.startswith("minutes/committee/") for ev in f.evidence), f.evidence


def test_we_meet_under_a_heading_naming_the_meeting(scan):
    scan.write("procedures/plenum.md", PLENUM)
    minutes(scan, "minutes/plenum", "Plenum", first_mondays(2024, [1, 2, 3, 7, 8, 12]))
    findings, checks = run(scan)
    assert len(findings) == 1, [(c.claim.text, c.detail) for c in checks]
    assert findings[0].metrics["meetings_found"] == 6 and findings[0].metrics["meetings_expected"] == 12


def test_we_meet_every_month_holds_when_every_month_has_minutes(scan):
    scan.write("procedures/plenum.md", PLENUM)
    minutes(scan, "minutes/plenum", "Plenum", first_mondays(2024, list(range(1, 13))))
    findings, checks = run(scan)
    assert findings == []
    held = meeting_checks(checks)
    assert len(held) == 1 and held[0].status is ClaimStatus.HOLDS, [(c.claim.text, c.detail) for c in checks]


def test_meet_the_drawing_is_not_a_meeting(scan):
    # 'meet' of a requirement, under a heading that names no meeting of the set: never put to the minutes
    scan.write("procedures/checks.md", REQUIREMENTS)
    minutes(scan, "minutes/committee", "Committee Meeting", first_mondays(2024, [1, 2]))
    findings, checks = run(scan)
    assert not meeting_checks(checks), [(c.claim.text, c.detail) for c in checks]
    assert findings == []
    # nor is it said to be a meeting whose minutes are missing
    assert checks and not any("minutes of this meeting" in c.detail for c in checks), [c.detail for c in checks]


# --- the plenum's minutes as one series -------------------------------------------------------------------------
# The same site files each plenum's minutes as plenum/<date>/_index/main.md, most titled "Plenum 2018-01-16
# Agenda/Minutes" and the oldest only "Plenum 12-Feb-2014". A title that says agenda AND minutes is the agenda
# filled in at the meeting, its minutes; a folder named "_index" (a site generator's page folder) names no meeting.

NOTES = """## {title}

- Present: Ana Ruiz, Ben Cole, Cy Park

### 20:05 Open

The budget for the bandsaw was approved. Closed at 21:30.
"""


def _series(scan, files):
    return sorted((s.name, len(s.meetings)) for s in series(scan, files, NOTES))


def test_agenda_and_minutes_in_one_title_are_minutes(scan):
    got = _series(scan, [("plenum/2018-01-16/_index/main.md", "Plenum 2018-01-16 Agenda/Minutes"),
                         ("plenum/2018-02-12/_index/main.md", "Plenum 2018-02-12 Agenda/Minutes"),
                         ("plenum/2018-03-14/_index/main.md", "Plenum 2018-03-14 Agenda & Minutes"),
                         ("plenum/2021-01-19/_index/main.md", "Plenum 2021-01-19 Minutes")])
    assert got == [("Plenum meeting", 4)], got


def test_an_agenda_alone_is_still_not_minutes(scan):
    got = _series(scan, [("plenum/2018-01-16/_index/main.md", "Plenum 2018-01-16 Minutes"),
                         ("plenum/2018-02-12/_index/main.md", "Plenum 2018-02-12 Minutes"),
                         ("plenum/2018-03-14/_index/main.md", "Plenum 2018-03-14 Agenda"),
                         ("plenum/2018-04-11/_index/main.md", "Plenum 2018-04-11 Minutes template")])
    assert got == [("Plenum meeting", 2)], got


def test_an_index_folder_names_no_meeting(scan):
    got = _series(scan, [("plenum/2014-02-12/_index/main.md", "Plenum 12-Feb-2014"),
                         ("plenum/2014-04-03/_index/main.md", "Plenum 3-Apr-2014"),
                         ("plenum/2021-01-19/_index/main.md", "Plenum 2021-01-19 Minutes")])
    assert got == [("Plenum meeting", 3)], got
