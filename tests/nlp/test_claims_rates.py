"""A rate is not a cadence. A payments programme says its merchant "processes 68.4 million card transactions
annually" and that a level starts at "over 6 M transactions annually": gapscan read each as an activity done
once a year and looked for a yearly record of it (fifteen such claims on one set). A count of things given in
millions or thousands per period measures a volume; an activity done at that period is still a cadence."""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _cadences(text: str):
    return [(c.activity, c.interval_days) for c in claims_in_text(text) if c.kind == "frequency"]


@pytest.mark.parametrize("text", [
    "The company processes 68.4 million card transactions annually.",
    "A Level 1 merchant handles over 6 M transactions annually.",
    "The store estate takes 2.5M+ payments per year.",
    "Card present: 1,914 lanes across 482 stores, approximately 50.6 million transactions per year.",
    "The call centre takes about 20 thousand orders monthly.",
])
def test_a_volume_per_period_is_no_cadence(text):
    assert _cadences(text) == []


@pytest.mark.parametrize("text, days", [
    ("The finance team reconciles the card transactions monthly.", 30.4),
    ("Back up the 1,200 laptops weekly.", 7.0),
    ("The manager reviews the million-row export annually.", 365.2),
    ("Internal audits are carried out annually by the quality lead.", 365.2),
])
def test_an_activity_at_a_period_is_still_a_cadence(text, days):
    (found,) = _cadences(text)
    assert found[1] == days
