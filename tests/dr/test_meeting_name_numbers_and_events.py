"""A number that is a word of a meeting's name is kept; an event's notes filed beside a team's minutes are no minutes
of the team's meeting.

The shape (drhold30, held out: nodejs/next-10@d3eccaf): meetings/ holds the minutes of the "Node.js Next 10 Years
team Meeting" (named by date, titled with the meeting's name) beside the notes of the team's summits, named by month
('summit-nov-2021.md', titled "Next-10 Mini-Summit 18 Nov 2021"). The series was shown as the "Node.js Next Years
Team Meeting" (the "10" dropped as a file's number is) and counted the summits' notes as its minutes (83 files where
the team's own minutes are 81).
"""
from __future__ import annotations

import datetime as dt

from gapscan.meetings import _name

from .minutes_series import series, write_dated

MINUTES = """# {title} {day}

- Present: Ana Ruiz, Ben Cole, Cy Park

The release plan was approved.
"""

SUMMIT = """# Next-10 Mini-Summit {day}

- Present: Ana Ruiz, Ben Cole, Cy Park, Di Lee

The constituencies were discussed.
"""


def test_a_number_between_words_of_the_name_is_shown():
    assert _name("Node.js  Next 10 Years team Meeting 2020-07-29")[0] == "Node.js Next 10 Years Team Meeting"


def test_numbers_of_files_dates_and_years_are_still_taken_out():
    assert _name("Board Meeting 12")[0] == "Board Meeting"
    assert _name("Retro 5 Notes")[0] == "Retro"
    assert _name("March 3 Board Meeting 2024")[0] == "Board Meeting"
    assert _name("Q1 Board Meeting 2024")[0] == "Board Meeting"


def test_the_series_keeps_its_number_and_leaves_the_summits_out(scan):
    days = [dt.date(2021, 1, 6) + dt.timedelta(days=14 * k) for k in range(10)]
    write_dated(scan, "meetings", "Node.js Next 10 Years team Meeting", days, MINUTES)
    for month, day in (("nov-2021", "18 Nov 2021"), ("jan-2022", "20 Jan 2022"), ("apr-2022", "21 Apr 2022")):
        scan.write(f"meetings/summit-{month}.md", SUMMIT.format(day=day))
    found = series(scan, under="meetings", only=True)
    team = [s for s in found if "Years" in s.name]
    assert [(s.name, len(s.meetings)) for s in team] == [("Node.js Next 10 Years Team Meeting", 10)], \
        [(s.name, len(s.meetings)) for s in found]
    summits = [s for s in found if "Summit" in s.name]
    assert [len(s.meetings) for s in summits] == [3], [(s.name, len(s.meetings)) for s in found]


def test_files_named_by_date_still_join_the_team_beside_the_summits(scan):
    # one file named by its date alone ('2021-01-06.md', no title of its own): the meeting the folder's other
    # minutes name, the summits' notes not counting as another meeting of the folder
    days = [dt.date(2021, 1, 20) + dt.timedelta(days=14 * k) for k in range(6)]
    write_dated(scan, "meetings", "Node.js Next 10 Years team Meeting", days, MINUTES)
    scan.write("meetings/2021-01-06.md", "Attendees:\n\n* Ana Ruiz\n* Ben Cole\n\nThe plan was approved.\n")
    scan.write("meetings/summit-nov-2021.md", SUMMIT.format(day="18 Nov 2021"))
    found = series(scan, under="meetings", only=True)
    team = [s for s in found if "Years" in s.name]
    assert [len(s.meetings) for s in team] == [7], [(s.name, len(s.meetings)) for s in found]
