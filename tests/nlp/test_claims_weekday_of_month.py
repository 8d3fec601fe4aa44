"""A cadence named by a weekday's place in a month. A members' society's bylaws hold their regular meeting
"every second Tuesday of the month": no frequency claim was read, so the minutes were never checked against a
monthly cadence. "The first Monday of each month" read as a cadence of "each month" with the weekday left in
its activity. A weekday's place in a month (quarter, year) is one occasion a month (quarter, year); the same
words after "until the" are one date, no cadence."""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _freq(text: str):
    return [c for c in claims_in_text(text) if c.kind == "frequency"]


@pytest.mark.parametrize("text, days", [
    ("Regular meetings of voting members shall be held every second Tuesday of the month.", 30.4),
    ("General meetings are held on the first Monday of each month.", 30.4),
    ("The treasurer reports to the board on the last Friday of every quarter.", 91.3),
    ("The committee meets on the 2nd Tuesday of the month.", 30.4),
])
def test_a_weekday_of_the_month_is_a_cadence_of_the_month(text, days):
    (claim,) = _freq(text)
    assert claim.interval_days == days
    assert "Monday" not in claim.activity and "Tuesday" not in claim.activity and "Friday" not in claim.activity


def test_a_postponement_to_a_weekday_of_the_month_is_no_cadence():
    assert _freq("If that day is a holiday the meeting is postponed until the 3rd Tuesday of the month.") == []


def test_every_tuesday_is_still_weekly():
    (claim,) = _freq("The committee meets every Tuesday.")
    assert claim.interval_days == 7.0
