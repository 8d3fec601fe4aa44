"""Minutes of which most files were not read as minutes prove no meeting missed.

The shape (drhold23, python/steering-council@62dc258): updates/ holds 48 monthly updates, each the month's meetings
under dated headings, all named 'YYYY-MM-steering-council-update.md'; 4 were read as minutes, the other 44 as
procedures or pages. "The SC and Łukasz will meet every two weeks" was checked against the 4: "64 of 68 fortnights
without minutes (94%)", a DR02 finding, wrong: the meetings are in the 44. Now, where the folders of a series hold
more files named for the same meeting that were not read as its minutes than files that were, the gaps may be in
the reading: not checkable, with the count said.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gapscan.model import ClaimStatus, Kind

RULES = """# Board

## Meetings

The Board meets monthly. Members may attend as observers.
"""

MINUTES = """# {title} {day}

## Present

- Ana Ruiz, Ben Cole, Cy Park

## Business

The budget was approved.
"""


def run(scan, read_as_minutes):
    from gapscan.drift import analyze
    from gapscan.rules.base import Context
    from gapscan.rules.dr import DR02

    docs = [replace(d, kind=Kind.REVIEW) if d.path in read_as_minutes else d for d in scan.documents()]
    result = analyze(docs, {})
    ctx = Context(documents=tuple(docs), records={}, drift=result)
    return list(DR02.check(ctx)), [c for c in result.checks if c.rule == "DR02" and c.claim.phrase == "monthly"]


def write(scan, name, title, days):
    paths = []
    for day in days:
        path = f"minutes/{day.isoformat()}-{name}.md"
        scan.write(path, MINUTES.format(title=title, day=day.isoformat()))
        paths.append(path)
    return paths


def days(ms):
    return [dt.date(2024, m, 12) for m in ms]


def test_gaps_where_most_same_named_files_were_read_as_pages_are_not_drift(scan):
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 6, 12]))
    write(scan, "board-meeting", "Board Meeting", days([2, 3, 4, 5, 7, 8, 9, 10, 11]))
    findings, checks = run(scan, set(read))
    assert not findings, [c.detail for c in checks]
    assert [c.status for c in checks] == [ClaimStatus.NOT_CHECKABLE], [(c.status, c.detail) for c in checks]
    assert "9" in checks[0].detail and "3" in checks[0].detail, checks[0].detail


def test_other_files_in_the_folder_named_for_something_else_do_not_count(scan):
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 6, 12]))
    write(scan, "newsletter", "Newsletter", days([2, 3, 4, 5, 7, 8, 9, 10, 11]))
    findings, checks = run(scan, set(read))
    assert [c.status for c in checks] == [ClaimStatus.DRIFTED], [(c.status, c.detail) for c in checks]
    assert len(findings) == 1


def test_agendas_named_for_the_meeting_are_not_unread_minutes(scan):
    # agendas posted for months without minutes are no minutes: the months stay missing
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 6, 12]))
    write(scan, "board-meeting-agenda", "Board Meeting Agenda", days([2, 3, 4, 5, 7, 8, 9, 10, 11]))
    findings, checks = run(scan, set(read))
    assert [c.status for c in checks] == [ClaimStatus.DRIFTED], [(c.status, c.detail) for c in checks]


def test_a_few_misread_files_leave_the_check_standing(scan):
    # 2 of 12 files read as pages: the series is mostly read; the months of the two are still counted missing
    scan.write("procedures/board.md", RULES)
    read = write(scan, "board-meeting", "Board Meeting", days([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
    write(scan, "board-meeting", "Board Meeting", days([11, 12]))
    findings, checks = run(scan, set(read))
    assert [c.status for c in checks] != [ClaimStatus.NOT_CHECKABLE], [(c.status, c.detail) for c in checks]
