"""A cadence given as an example of a looser rule ("The committee shall meet regularly (e.g. weekly by video
call)") is not the rule: the rule is "regularly", which names no period the records could be held to.

The shape held out on an open-source foundation's charter (nodejs/TSC@0e35767, TSC-Charter.md line 48, drhold22
in docs/SCORING.md): "The TSC shall meet regularly using tools that enable participation by the community (e.g.
weekly on a Google Hangout On Air, or through any other appropriate means selected by the TSC)" was read as a
weekly meeting; linked to the minutes it would report every week without minutes as drift. A cadence that is the
rule, with an example of something else beside it, stays.
"""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _cadences(text: str):
    return [(c.activity, c.interval_days) for c in claims_in_text(text) if c.kind == "frequency"]


@pytest.mark.parametrize("text", [
    "The committee shall meet regularly using tools members can join (e.g. weekly on a video call, or by any other "
    "means the committee selects).",
    "Backups must be tested periodically, for example monthly, by restoring one file.",
    "The lead shall review the access list at set intervals, e.g., quarterly.",
    "Rotate the keys on a regular schedule, for instance every 90 days.",
])
def test_a_cadence_given_as_an_example_is_not_the_rule(text):
    assert _cadences(text) == []


@pytest.mark.parametrize("text, days", [
    ("The committee shall meet weekly using any tool members can join (e.g. a video call).", 7.0),
    ("Backups must be tested monthly by restoring one file, for example a spreadsheet.", 30.4),
    ("Check the fire extinguishers monthly.", 30.4),
])
def test_a_cadence_that_is_the_rule_stays(text, days):
    (found,) = _cadences(text)
    assert found[1] == days
