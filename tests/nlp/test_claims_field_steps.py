"""Required-field claims read from a tool's operating steps. A lab's SOPs say "To capture an image, click the
Photo button or press F2", "Enter the recipe name and press Run", "Note: resolution depends on the lens and
the resist": gapscan read each as "record holds image, click, press F2" and the like (14 on one set). A
field claim needs the words of a record's fields (no step's verb, no pronoun) and, for an instruction to write
something down, a record it goes in (a log, a form code, a workbook, a file) or a list long enough to be a
record's columns."""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _fields(text: str):
    return [c.fields for c in claims_in_text(text) if c.kind == "field"]


@pytest.mark.parametrize("text", [
    "To capture an image, click on the Photo button or press F2.",
    "Enter the recipe name and press Run.",
    "Note: resolution depends on the objective lens and the resist.",
    "Note the time the gel was first applied and provide this information to the responders.",
    "Record all recipe setpoints when you run it and ensure they match the desired values.",
    "Note - if attaching a chip to a carrier, use little oil and ensure even cooling.",
])
def test_a_step_at_a_tool_is_no_field_claim(text):
    assert _fields(text) == []


@pytest.mark.parametrize("text, fields", [
    ("Record the temperature, humidity and initials.", ("temperature", "humidity", "initials")),
    ("Enter the batch number and result on the release form.", ("batch number", "result")),
    ("Record the reading and the operator in the workbook (QF-12).", ("reading", "operator")),
    ("The log shall include the date, the test result and the signature.", ("date", "test result", "signature")),
])
def test_the_fields_of_a_record_are_still_read(text, fields):
    (found,) = _fields(text)
    assert tuple(f.lower() for f in found[:len(fields)]) == fields
