"""A meeting named by a word in capitals keeps it as written in the series' name.

hacman (HACManchester/documentation, drhold14) titles its member meetings "2017-07-27 Member Meeting Minutes (MMMMM
1)": the series was shown as "Member Meeting Mmmmm", a word nobody wrote, in every DR message naming the set's
minutes; carp's "EC-special-meeting-..." files made "Ec Special Meeting". A name written all in capitals is still
shown in title case.
"""
from __future__ import annotations

from .minutes_series import series


MINUTES = """# {title}

- Present: Ana Ruiz, Ben Cole, Cy Park

The budget for the bandsaw was approved. Meeting adjourned at 9pm.
"""


def names(scan, files):
    return sorted(s.name for s in series(scan, files))


def test_a_word_in_capitals_is_shown_as_written(scan):
    got = names(scan, [("general/MMMMM/2017-07-24.md", "2017-07-27 Member Meeting Minutes (MMMMM 1)"),
                       ("general/MMMMM/2017-08-29.md", "2017-08-29 Member Meeting Minutes (MMMMM 2)")])
    assert got == ["Member Meeting MMMMM"], got


def test_an_abbreviation_in_a_file_name_is_shown_as_written(scan):
    got = names(scan, [("minutes/EC-special-meeting-2022-09-16.md", "16 September 2022")])
    assert got == ["EC Special Meeting"], got


def test_a_name_all_in_capitals_is_shown_in_title_case(scan):
    got = names(scan, [("minutes/BOARD MINUTES 2024-03-12.md", "BOARD MINUTES 2024-03-12")])
    assert got == ["Board"], got
