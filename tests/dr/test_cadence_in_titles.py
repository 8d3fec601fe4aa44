"""A cadence word that is part of a title is no frequency: 'the NTP Annual Report on Carcinogens' names a
publication, it does not say anything is done each year (seen on a public lab safety set, session 9)."""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _cadences(sentence: str) -> list[str]:
    return [c.phrase for c in claims_in_text(sentence) if c.kind == "frequency"]


@pytest.mark.parametrize("sentence", [
    "Chemicals listed in the Annual Report on Carcinogens are handled in the fume hood.",
    "Staff consult the NTP Annual Report on Carcinogens before ordering a new chemical.",
    "Annual Survey of Manufactures data are kept by the finance team.",
    "Limits follow the Weekly Bulletin of Occupational Health and Safety.",
])
def test_a_cadence_word_inside_a_title_is_no_frequency(sentence):
    assert _cadences(sentence) == []


@pytest.mark.parametrize("sentence,phrase", [
    ("The Quality Manager prepares an annual report on carcinogens.", "annual"),
    ("The Annual Management Review is held in March.", "Annual"),
    ("Annual refresher training is given to all operators.", "Annual"),
    ("Weekly Inspection of the eyewash stations is done by the lab manager.", "Weekly"),
    ("The Monthly Safety Bulletin is sent to all staff.", "Monthly"),
    ("The report on carcinogens is reviewed Annually by the Safety Officer.", "Annually"),
    # a label or a table cell written all in capitals: the capitals are the style, not a title
    ("Weekly Review of Open Actions", "Weekly"),
])
def test_a_cadence_said_of_the_work_is_still_read(sentence, phrase):
    assert _cadences(sentence) == [phrase]
