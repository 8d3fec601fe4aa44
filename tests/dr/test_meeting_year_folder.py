"""Minutes filed in a folder named by the year alone, their file names and titles giving the month and day but no year
('main/2024/CG-01-16.md', "... the January 16th video call ..."; the shape of WebAssembly/meetings, drhold29), are
dated in the folder's year: before, they were undated, so the meeting had no dated minutes, no series, and a stated
cadence read "no minutes of this meeting". A year in the name or title still wins over the folder's, and a folder
named otherwise ('2024-archive') gives none."""
from __future__ import annotations

import datetime as dt

from gapscan import meetings
from .minutes_series import as_minutes
from .test_meeting_minutes import run

RULES = """# Crew council

## Meetings

- The crew council meets monthly to review the rota and any incidents.
"""

MINUTES = """# Crew council meeting, {when}

- Present: Ana Ruiz, Tom Beck, Lee Ward

The rota for next month was agreed. Two incidents were reviewed and closed.
"""


def write(scan, folder: str, days, when=lambda d: f"{d:%B} {d.day}th") -> None:
    for d in days:
        scan.write(f"{folder}/council-{d:%m-%d}.md", MINUTES.format(when=when(d)))


def test_month_and_day_in_a_year_folder_date_the_minutes(scan):
    days = [dt.date(2024, m, 16) for m in (1, 2, 3, 4, 5, 6)]
    write(scan, "minutes/2024", days)
    (found,) = meetings.series_of(as_minutes(scan.documents()))
    assert [d for d, _, _ in found.meetings] == days and found.undated == ()


def test_a_year_in_the_title_wins_over_the_folders(scan):
    write(scan, "minutes/2024", [dt.date(2023, 12, 16)], when=lambda d: f"{d:%B} {d.day}th, {d.year}")
    write(scan, "minutes/2024", [dt.date(2024, 1, 16), dt.date(2024, 2, 16)])
    (found,) = meetings.series_of(as_minutes(scan.documents()))
    assert [d for d, _, _ in found.meetings] == [dt.date(2023, 12, 16), dt.date(2024, 1, 16), dt.date(2024, 2, 16)]


def test_a_folder_not_named_by_a_year_alone_dates_nothing():
    assert meetings.folder_year("minutes/2024-archive/council-01-16.md") is None
    assert meetings.folder_year("minutes/2023/notes/council-01-16.md") == 2023
    assert meetings.folder_year("council-01-16.md") is None


def test_a_monthly_cadence_is_checked_against_them(scan):
    scan.write("procedures/crew-council.md", RULES)
    # minutes for January to March and for July to September 2024 only: April to June have none
    write(scan, "minutes/2024", [dt.date(2024, m, 16) for m in (1, 2, 3, 7, 8, 9)])
    findings, checks = run(scan)
    # before: "no minutes of this meeting in the set" (the files undated), nothing checked
    assert [f.rule for f in findings] == ["DR02"], [c.detail for c in checks]
    assert checks[0].metrics["meetings_found"] == 6 and checks[0].metrics["periods_without_minutes"] == [
        "Apr 2024", "May 2024", "Jun 2024"], checks[0].detail


def test_the_titles_month_and_day_win_over_a_full_date_said_at_the_meeting(scan):
    # wasm's gc/2023/GC-08-22.md, 'Agenda for the August 22 video call', whose notes plan 'a vote for Sep 12, 2023':
    # dated 2023-09-12 before, a day of no meeting
    body = MINUTES + "\nScheduling: the vote is planned for Sep 12, 2024, after the holidays.\n"
    for d in (dt.date(2024, 7, 22), dt.date(2024, 8, 22), dt.date(2024, 9, 22)):
        scan.write(f"minutes/2024/council-{d:%m-%d}.md", body.format(when=f"{d:%B} {d.day}"))
    (found,) = meetings.series_of(as_minutes(scan.documents()))
    assert [d for d, _, _ in found.meetings] == [dt.date(2024, 7, 22), dt.date(2024, 8, 22), dt.date(2024, 9, 22)]
