"""Cadences and time limits that held-out pages (drhold17, docs/SCORING.md, December 2026) read wrongly: a pay
cadence written as one word ("biweekly") went unread, so a fill-in "[Biweekly / Weekly / As configured]" became
a weekly claim; an amount averaged over a period ("66% of Average Weekly Wage") became a weekly routine; and a
quoted example of a failure ("Pipes freeze within 24 hours") became a time limit."""
from __future__ import annotations

from gapscan.nlp.claims import claims_in_text


def _freq(text):
    return [(c.activity, c.interval_days) for c in claims_in_text(text) if c.kind == "frequency"]


def _kinds(text):
    return [c.kind for c in claims_in_text(text)]


def test_one_word_cadences_are_read():
    assert _freq("Employees are paid biweekly.") == [("Employees are paid", 14)]
    assert _freq("The stock count is done semimonthly.")[0][1] == 15.2
    assert _freq("The alarm panel is tested semiweekly.")[0][1] == 3.5
    assert _freq("Fire drills are held semiannually.")[0][1] == 182.6
    # the hyphenated spellings already were, and keep their interval
    assert _freq("Employees are paid bi-weekly.")[0][1] == 14


def test_a_fill_in_offering_cadences_claims_none():
    assert _freq("- **Pay frequency**: [Biweekly / Weekly / As configured]") == []
    assert _freq("Pay frequency: [Semimonthly / Monthly]") == []
    # one cadence in a label's value still is a claim
    assert _freq("- **Pay frequency**: Biweekly") != []


def test_an_amount_averaged_over_a_period_is_no_cadence():
    assert _freq("Assume the replacement at the statutory rate (typically 66% of Average Weekly Wage, "
                 "subject to state maximums).") == []
    assert _freq("Do not exceed the maximum daily dose stated on the label.") == []
    assert _freq("The monthly average is reported to the board.") == []
    # the same word doing the work still is one
    assert _freq("Wages are paid weekly.") == [("Wages are paid", 7)]
    # an amount word inside a longer name is not the amount: a review held monthly
    assert [d for _, d in _freq("The monthly budget review is chaired by the Finance Manager.")] == [30.4]
    assert _freq("Perform daily checks of the pump station.") != []


def test_a_quoted_example_sets_no_time_limit():
    assert "deadline" not in _kinds('- "Pipes freeze within 24 hours"')
    assert "deadline" not in _kinds('"Harvest stops within 2 days of a pump failure"')
    # an order, quoted or not, still does
    assert "deadline" in _kinds("Report the failure within 24 hours.")
    assert "deadline" in _kinds('"Incidents must be reported within 24 hours."')
