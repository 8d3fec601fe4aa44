"""How a meeting series is named when its files are named in lower case, and a page saying no meeting was held.

Shapes from session 16 (drhold22: ossf/tac@1692e85, nodejs/TSC@0e35767). A series named from file names written in
lower case ("tsc-meeting-2024-01-09.md") was shown "Tsc Meeting", though every title in it writes "TSC": the
set's own spelling of the acronym is what a reader knows it by. And a page of the minutes folder titled
"2023-12-12 - NO MEETING DUE TO GOV BOARD MEETING" (the attendance table of the template left under it) or
"2021-06-01 Meeting - CANCELLED" was read as minutes of a meeting held and made a series of its own ("No Meeting
Due To Gov Board Meeting"): a meeting that was not held is no entry of the log of meetings held.
"""
from __future__ import annotations

from .minutes_series import series


MINUTES = """# {title}

## Present

Ana Ruiz, Ben Cole, Cy Park, Dee Shah

## Notes

The release plan was approved. The security policy review moves to the next meeting. Meeting adjourned at 9pm.
"""

CANCELLED = """# {title}

## Attendance (mark an X if you are here)

| | Name/Affiliation | GH ID |
|---|---|---|
| | Ana Ruiz (Widget) | aruiz |
| | Ben Cole (Gadget) | bcole |
| | Cy Park (Sprocket) | cpark |
| | Dee Shah (Widget) | dshah |
| | Eli Moss (Gadget) | emoss |
| | Fay Lund (Sprocket) | flund |
| | Gus Hart (Widget) | ghart |
| | Hal Ives (Gadget) | hives |
| | Ida Kent (Sprocket) | ikent |
| | Jo Lamb (Widget) | jlamb |
| | Kit Noor (Gadget) | knoor |
| | Lou Park (Sprocket) | lpark |

## Agenda

* Welcome new members
* Working group updates and the quarterly reports due this month
* Review of the open pull requests on the governance repository
"""


def _series(scan, files):
    return sorted((s.name, len(s.meetings)) for s in series(scan, files, "{title}"))


def test_a_series_named_in_lower_case_shows_its_acronym_as_its_titles_write_it(scan):
    got = _series(scan, [(f"meetings/tsc-meeting-2024-0{m}-09.md",
                          MINUTES.format(title=f"TSC Meeting 2024-0{m}-09")) for m in range(1, 6)])
    assert got == [("TSC Meeting", 5)], got


def test_a_page_saying_no_meeting_was_held_is_no_meeting_of_a_series(scan):
    held = [(f"minutes/2023-{m:02d}-14.md", MINUTES.format(title=f"2023-{m:02d}-14 Council Meeting"))
            for m in range(1, 11)]
    got = _series(scan, held + [
        ("minutes/2023-12-12.md", CANCELLED.format(title="**2023-12-12 - NO MEETING DUE TO GOV BOARD MEETING**")),
        ("minutes/2023-11-28.md", CANCELLED.format(title="**2023-11-28 Council Meeting - CANCELLED**")),
        ("minutes/2023-11-14.md", CANCELLED.format(title="**2023-11-14 Council Meeting (canceled)**"))])
    assert got == [("Council Meeting", 10)], got


def test_minutes_that_mention_a_later_cancellation_are_still_held(scan):
    text = MINUTES.format(title="2022-12-13 Council Meeting") + "\n* Reminder - No Meeting on December 27, 2022\n"
    got = _series(scan, [("minutes/2022-12-13.md", text),
                         ("minutes/2022-11-29.md", MINUTES.format(title="2022-11-29 Council Meeting"))])
    assert got == [("Council Meeting", 2)], got
