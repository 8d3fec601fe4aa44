"""A quarter, half-year or financial year written in a meeting's name says when, as a date does (left18, polish18):
'Q1 Board Meeting' was shown as 'Q Board Meeting', and 'FY24 Board Meeting' beside 'FY25 Board Meeting' was a series
named 'FY Board Meeting' whose words held 'fy', apart from the same board's minutes named without a year."""
from __future__ import annotations

import pytest

from .minutes_series import series


NOTES = """# {title}

- Present: Ana Ruiz, Ben Cole, Cy Park

The budget for the new press was approved. Closed at 21:30.
"""


def _series(scan, files):
    return sorted((s.name, sorted(s.words), len(s.meetings)) for s in series(scan, files, NOTES))


@pytest.mark.parametrize("files,name", [
    ([("minutes/Q1 Board Meeting 2024-03-12.md", "Minutes"), ("minutes/Q2 Board Meeting 2024-06-11.md", "Minutes")],
     "Board Meeting"),
    ([("minutes/q1-board-minutes-2024-03-12.md", "Minutes"), ("minutes/q2-board-minutes-2024-06-11.md", "Minutes")],
     "Board"),
    ([("minutes/FY24 Board Meeting 2024-03-12.md", "Minutes"), ("minutes/FY25 Board Meeting 2025-03-11.md", "Minutes"),
      ("minutes/Board Meeting 2025-06-10.md", "Minutes")], "Board Meeting"),
    ([("minutes/2024-03-12.md", "Board Meeting Q1 FY2024"), ("minutes/2024-09-10.md", "Board Meeting H2 FY2024")],
     "Board Meeting"),
])
def test_a_quarter_or_financial_year_is_no_part_of_the_meeting_s_name(scan, files, name):
    got = _series(scan, files)
    assert got == [(name, ["board"], len(files))], got


def test_a_word_with_digits_of_its_own_is_still_shown(scan):
    got = _series(scan, [("minutes/IPv6 WG Meeting 2024-03-12.md", "Minutes"),
                         ("minutes/IPv6 WG Meeting 2024-04-09.md", "Minutes")])
    assert [n for n, _, _ in got] == ["IPv6 WG Meeting"], got
