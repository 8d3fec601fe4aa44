"""classify._blank_field_count looks for what each BLANK_FIELD alternative needs before searching; these are
the lines each alternative finds, so that a look-up that skipped one would fail here."""
from __future__ import annotations

import pytest

from gapscan.classify import BLANK_FIELD, LABEL_PLACEHOLDER, _blank_field_count


@pytest.mark.parametrize("text", [
    "Name: ______",
    "Signature .......... and date",
    "Date of check: dd/mm/yy",
    "Calibrated on DD-MM-YYYY by the technician",
    "Use yyyy-mm-dd throughout",
    "Enter the lot number here.",
    "WRITE THE SERIAL NUMBER HERE",
    "List every guard removed here",
    "Inſert the code here",          # ſ is an s to the pattern (re ignores case so), not to str.lower
    "İnsert the batch here",
    "Owner: [name]",
])
def test_every_kind_of_blank_is_counted(text):
    expected = len(BLANK_FIELD.findall(text)) + len(LABEL_PLACEHOLDER.findall(text))
    assert expected >= 1
    assert _blank_field_count(text) == expected


@pytest.mark.parametrize("text", [
    "Where the guard is missing, stop the line and tell the shift lead here and now.",
    "The address of the site is on the permit; the command is given by the supervisor.",
    "Contents ........ 4",
])
def test_prose_without_a_blank_counts_none(text):
    assert _blank_field_count(text) == len(BLANK_FIELD.findall(text)) + len(LABEL_PLACEHOLDER.findall(text)) == 0
