"""A number before "Business", "Working" or "Calendar" is a duration only when a day or hour follows: a policy
titled "IS 10 Business Continuity policy" was read as the time limit "10 Business" (an operational anchor that
counts towards an operational verdict). "2 business days" and "5 working days" still are durations."""
from __future__ import annotations

import pytest


def _durations(text: str) -> list[str]:
    from gapscan.nlp.pipeline import get_nlp

    doc = get_nlp()(text)
    return [s.text for s in doc.spans["anchors"] if s.label_ == "duration"]


@pytest.mark.parametrize("text", [
    "See policy IS 10 Business Continuity for the recovery plan.",
    "Section 4 Working Environment describes the office.",
    "Annex 2 Calendar of Events lists the meetings.",
])
def test_a_number_before_a_qualifier_alone_is_no_duration(text):
    assert _durations(text) == []


@pytest.mark.parametrize("text, duration", [
    ("Complaints are answered within 2 business days.", "2 business days"),
    ("Close the action within 5 working days.", "5 working days"),
    ("Appeals are heard within 30 calendar days.", "30 calendar days"),
    ("Backups are kept for 14 days.", "14 days"),
])
def test_a_qualified_duration_stays(text, duration):
    assert duration in _durations(text)


@pytest.mark.parametrize("text", [
    "Daily Harvest Foods Ltd is committed to a safe and healthy workplace.",
    "Our supplier Weekly Star Printing Company Limited signs the agreement.",
])
def test_a_cadence_word_opening_a_company_name_is_no_duration(text):
    assert _durations(text) == []


@pytest.mark.parametrize("text, duration", [
    ("Daily checks are made by the Quality Manager.", "Daily"),
    ("The fridge is checked daily by Harvest Foods Ltd staff.", "daily"),
])
def test_a_cadence_word_that_opens_no_name_stays(text, duration):
    assert duration in _durations(text)
