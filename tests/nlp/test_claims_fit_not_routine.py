"""A sentence that says whom or when something suits is no routine anybody keeps.

Seen held out (drhold21) on a hackerspace's membership page, where a plan is "Great for: freelancers and small
companies using the space daily during regular business hours", and on a makerspace's social-media page, where a
short post is "Ideal during, or in advance of, the weekly makerspace sessions". Both were read as routines (daily,
weekly): not checkable, but noise in the claims list a reader is shown. A routine stated plainly stays.
"""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _cadences(text: str):
    return [(c.activity, c.interval_days) for c in claims_in_text(text) if c.kind == "frequency"]


@pytest.mark.parametrize("text", [
    "Great for: sole traders and start-ups working from the lab daily in office hours.",
    "Quick photos and short clips. Ideal before, or during, the weekly open evenings.",
    "Best for: clubs that book the hall weekly.",
    "Perfect for members who print every week.",
    "Well suited to teams that release monthly.",
    "Ideal for: nightly copies of the shared folder.",
])
def test_what_a_thing_suits_is_no_routine(text):
    assert _cadences(text) == []


@pytest.mark.parametrize("text, days", [
    ("The hall is swept daily during opening hours.", 1),
    ("Great care is taken to back up the shared folder every week.", 7),
    ("The ideal temperature is checked daily by the duty technician.", 1),
    ("For members, the induction is refreshed every year.", 365.2),
])
def test_a_routine_stated_plainly_stays(text, days):
    ((_, found),) = _cadences(text)
    assert found == days
