"""A committee named by its acronym ("The TSC shall meet monthly") is the meeting whose minutes use that acronym.

The shape (drhold22, nodejs/TSC@0e35767): the charter names the committee only as "TSC"; its minutes, one file per
meeting named by the day, are titled "Node Foundation TSC Meeting 2015-05-27", later "Node.js Foundation Technical
Steering Committee (TSC) Meeting 2018-09-05" and "Node.js Technical Steering Committee (TSC) Meeting 2024-04-10".
A series is named only when all its words stand by a meeting word, so "TSC" named none of the four; and the one
committee, renamed, was four series. Now an acronym of the sentence, written in capitals beside a meeting word,
names the series whose minutes use it in their titles or names; series that share it, filed in the same folder and
never on the same day (one body renamed over time), are read as one.
"""
from __future__ import annotations

from dataclasses import replace

from gapscan import meetings
from gapscan.model import ClaimStatus, Kind

from .minutes_series import months, write_dated
from .test_meeting_minutes import run


RULES = """# Charter

## Meetings

The TSC shall meet monthly using tools that let the community take part.
"""

MINUTES = """# {title} {day}

## Present

- Ana Ruiz, Ben Cole, Cy Park

## Business

The release plan was approved.
"""


def write(scan, folder, title, days):
    write_dated(scan, folder, title, days, MINUTES)


def test_the_acronym_names_the_committee_whose_minutes_use_it(scan):
    scan.write("procedures/charter.md", RULES)
    write(scan, "minutes", "Example Technical Steering Committee (TSC) Meeting", months(2024, [1, 2, 3, 6, 7, 8, 12]))
    findings, checks = run(scan)
    tsc = [c for c in checks if c.record and "Steering" in c.record]
    assert tsc, [(c.status, c.detail) for c in checks]
    m = tsc[0].metrics
    assert (m["meetings_expected"], m["meetings_found"]) == (12, 7), m
    assert m["periods_without_minutes"] == ["Apr 2024", "May 2024", "Sep 2024", "Oct 2024", "Nov 2024"], m
    assert len(findings) == 1


def test_a_renamed_committee_s_minutes_are_one_series_for_its_acronym(scan):
    scan.write("procedures/charter.md", RULES)
    write(scan, "minutes", "Example Foundation TSC Meeting", months(2023, [1, 2, 3, 4, 5, 6]))
    write(scan, "minutes", "Example Foundation Technical Steering Committee (TSC) Meeting",
          months(2023, [7, 8, 9, 10, 11, 12]))
    write(scan, "minutes", "Example Technical Steering Committee (TSC) Meeting", months(2024, [1, 2, 3, 4, 8]))
    findings, checks = run(scan)
    tsc = [c for c in checks if c.claim.phrase == "monthly"]
    assert tsc and tsc[0].status is ClaimStatus.HOLDS, [(c.status, c.detail) for c in checks]  # 3 of 20: 15%
    m = tsc[0].metrics
    assert m["minutes_files"] == 17 and m["meetings_expected"] == 20, m
    assert m["periods_without_minutes"] == ["May 2024", "Jun 2024", "Jul 2024"], m


def test_two_bodies_sharing_an_acronym_are_not_one(scan):
    # minutes of the same months in two folders are two bodies, not one renamed: not counted as one
    scan.write("procedures/charter.md", RULES)
    write(scan, "east", "East TSC Meeting", months(2024, [1, 4, 7, 10]))
    write(scan, "west", "West TSC Meeting", months(2024, [1, 4, 7, 10]))
    findings, checks = run_any(scan)
    assert not findings, [c.detail for c in checks]
    assert all(c.status is not ClaimStatus.HOLDS for c in checks), [c.detail for c in checks]


def test_an_acronym_the_minutes_do_not_use_names_no_series(scan):
    scan.write("procedures/charter.md", RULES.replace("TSC", "ARB"))
    write(scan, "minutes", "Example Technical Steering Committee (TSC) Meeting", months(2024, [1, 5, 9]))
    findings, checks = run(scan)
    assert not findings and all(c.status is ClaimStatus.NOT_CHECKABLE for c in checks), [c.detail for c in checks]


def test_a_word_in_capitals_is_no_acronym_where_the_whole_title_is(scan):
    docs = []
    write(scan, "minutes", "BOARD MEETING", months(2024, [1, 2, 3]))
    docs = [replace(d, kind=Kind.REVIEW) for d in scan.documents()]
    assert [sorted(s.acronyms) for s in meetings.series_of(docs)] == [[]]


def run_any(scan):
    """run, with the minutes of every folder but procedures read as minutes."""
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    docs = [replace(d, kind=Kind.REVIEW) if not d.path.startswith("procedures") else d for d in scan.documents()]
    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02"]


def test_a_review_delivered_to_the_committee_is_not_its_meeting(scan):
    # "reviews to the TSC" is the working groups' review, held at no meeting of the TSC's own that a claim states
    scan.write("procedures/charter.md", "# Working groups\n\nEach working group shall deliver quarterly reviews "
                                        "to the TSC.\n")
    write(scan, "minutes", "Example Technical Steering Committee (TSC) Meeting", months(2024, [1, 2, 3, 9, 12]))
    findings, checks = run(scan)
    assert not any(c.record and "Steering" in c.record for c in checks), [(c.detail, c.record) for c in checks]
