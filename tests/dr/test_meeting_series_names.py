"""Which meeting a file of minutes records, when its own name says little.

Three shapes from two real sets (docs/SCORING.md, drhold14, meet15, meet16). HACManchester/documentation files its
board minutes one folder per year, named by their date; in some years one file has a name of its own ("2017-12
Decisions", "2015-08-10 - Lone working discussion", "2016-10-06 Standup.md"). That one name said what every
date-named file of its year folder recorded, and started series of its own ("Decisions", "Standup"), so the board's
minutes were split into a handful of series. yorkshire-imaging-collaborative names one group's pages "GI Group
Meeting" and "GI SIG Meeting": one group, two series. A name that names no meeting (no meeting, minutes, board,
committee, review... in it) is not a meeting of its own, and one named file among many named only by their date
does not name them; what kind of group meets (a group, a special-interest group) does not tell two groups apart.
"""
from __future__ import annotations

from .minutes_series import series as minutes_series


MINUTES = """# {title}

- Present: Ana Ruiz, Ben Cole, Cy Park

The budget for the bandsaw was approved. Meeting adjourned at 9pm.
"""


def series(scan, files):
    return sorted((s.name, len(s.meetings)) for s in minutes_series(scan, files))


def test_a_file_named_for_no_meeting_is_the_minutes_of_its_folders_meeting(scan):
    got = series(scan, [("board_minutes/2017/2017-01-05.md", "2017-01-05"),
                        ("board_minutes/2017/2017-04-18.md", "2017-04-18"),
                        ("board_minutes/2017/2017-12-decisions.md", "2017-12-02 Decisions"),
                        ("board_minutes/2016/2016-10-06 Standup.md", "2016-10-06"),
                        ("board_minutes/2016/2016-09-22.md", "2016-09-22")])
    assert got == [("Board", 5)], got


def test_one_meeting_named_in_a_year_folder_does_not_name_its_dated_siblings(scan):
    got = series(scan, [("board_minutes/2017/2017-01-05.md", "2017-01-05"),
                        ("board_minutes/2017/2017-04-18.md", "2017-04-18"),
                        ("board_minutes/2017/2017-07-25.md", "2017-07-25"),
                        ("board_minutes/2017/2017-06-01 Strategy Meeting.md", "Strategy Meeting 2017-06-01")])
    assert got == [("Board", 3), ("Strategy Meeting", 1)], got


def test_a_folder_of_named_minutes_still_names_its_dated_ones(scan):
    got = series(scan, [("minutes/sync/2025-03-14.md", "Council meeting 2025-03-14"),
                        ("minutes/sync/2025-03-28.md", "Council meeting 2025-03-28"),
                        ("minutes/sync/2025-04-11.md", "2025-04-11")])
    assert got == [("Council Meeting", 3)], got


def test_a_group_and_its_special_interest_group_are_one_series(scan):
    got = series(scan, [("meetings/winter-gi-group-meeting.md", "Winter GI Group Meeting 2022-01-10"),
                        ("meetings/2022-gi-sig-meeting.md", "2022 GI SIG Meeting 2022-12-06"),
                        ("meetings/gi-special-interest-group.md", "GI Special Interest Group 2023-04-02"),
                        ("meetings/autumn-chest-group-meeting.md", "Autumn Chest Group Meeting 2022-10-03")])
    assert [n for _, n in got] == [1, 3] and "Chest" in got[0][0], got
