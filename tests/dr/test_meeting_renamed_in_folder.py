"""Minutes of one meeting filed in one folder (year folders aside) whose titles changed over the years ("Attendees"
over the old notes, then "Legal Team Meeting, January 12, 2023"; the shape of spdx/meetings, drhold29) are one
series: one cadence, never two on one day, a word of the name shared. Before, the folder's minutes split into
'Legal meeting' and 'Legal Team meeting', and a fortnightly claim was checked against half the team's minutes.
Two meetings at one rhythm filed side by side are still two (read together they meet twice as often), and so are a
monthly meeting and an annual one."""
from __future__ import annotations

import datetime as dt

from gapscan import meetings
from .minutes_series import as_minutes

OLD = """## Attendees

- Ana Ruiz
- Tom Beck

## Licence submissions

Two new licences were reviewed; one goes on the list.
"""

NEW = """# Licence Team Meeting, {when}

## Attendees

- Ana Ruiz
- Lee Ward

## Licence submissions

The namespace proposal was discussed and left open.
"""


def fortnights(start: dt.date, n: int, step: int = 14) -> list[dt.date]:
    return [start + dt.timedelta(days=step * i) for i in range(n)]


def write(scan, folder: str, days, text: str) -> None:
    for d in days:
        scan.write(f"{folder}/{d.year}/{d:%Y-%m-%d}.md", text.format(when=f"{d:%B} {d.day}, {d.year}"))


def test_retitled_minutes_in_one_folder_are_one_series(scan):
    old = fortnights(dt.date(2021, 1, 7), 20)
    new = fortnights(old[-1] + dt.timedelta(days=14), 20)
    write(scan, "licence", old, OLD)
    write(scan, "licence", new, NEW)
    found = meetings.series_of(as_minutes(scan.documents()))
    # before: two series, 'Licence meeting' (20 files) and 'Licence Team Meeting' (20 files)
    assert len(found) == 1, [s.key for s in found]
    assert [d for d, _, _ in found[0].meetings] == old + new
    assert found[0].words == frozenset({"licenc"}) and found[0].name == "Licence Team Meeting"
    assert "under 2 names" in found[0].key and "in licence/" in found[0].key


def test_titles_that_alternate_while_the_name_changes_are_one_series(scan):
    days = fortnights(dt.date(2021, 1, 7), 30)
    write(scan, "licence", days[:12] + [days[13], days[15]], OLD)
    write(scan, "licence", [days[12], days[14]] + days[16:], NEW)
    (found,) = meetings.series_of(as_minutes(scan.documents()))
    assert [d for d, _, _ in found.meetings] == days


def test_two_meetings_at_one_rhythm_side_by_side_are_two(scan):
    # the Licence Team and the Licence Tooling Team both meet every other week, a week apart
    write(scan, "licence", fortnights(dt.date(2021, 1, 7), 20), NEW)
    tooling = NEW.replace("Licence Team", "Licence Tooling Team")
    write(scan, "licence", fortnights(dt.date(2021, 1, 14), 20), tooling)
    found = meetings.series_of(as_minutes(scan.documents()))
    assert sorted(s.name for s in found) == ["Licence Team Meeting", "Licence Tooling Team Meeting"]


def test_a_monthly_and_an_annual_meeting_are_two(scan):
    write(scan, "licence", [dt.date(y, m, 10) for y in (2021, 2022, 2023) for m in range(1, 13)], NEW)
    annual = NEW.replace("Licence Team", "Licence Annual Assembly")
    write(scan, "licence", [dt.date(y, 6, 28) for y in (2021, 2022, 2023)], annual)
    assert len(meetings.series_of(as_minutes(scan.documents()))) == 2


def test_names_sharing_no_word_are_two(scan):
    old = fortnights(dt.date(2021, 1, 7), 10)
    write(scan, "licence", old, NEW.replace("Licence Team", "Docs Group"))
    write(scan, "licence", fortnights(old[-1] + dt.timedelta(days=14), 10), NEW)
    assert len(meetings.series_of(as_minutes(scan.documents()))) == 2
