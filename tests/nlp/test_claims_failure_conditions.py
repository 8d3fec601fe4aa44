"""What to write down when a check fails is not what every entry of the log holds. A procedure that says
"If the check fails, the operator must record the date, the cause and the action" asks for those details on a
failure only; read as the log's fields, it reported every daily check log without a 'cause' column. Fields
required on a failure, a reading out of range or a limit exceeded give no field claim, whichever side of the
instruction the condition stands; a condition that names the event each entry records ("when a delivery
arrives") keeps them."""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _fields(text: str):
    return [c.fields for c in claims_in_text(text) if c.kind == "field"]


@pytest.mark.parametrize("text", [
    "If the check fails, the operator must record the date, the cause and the action.",
    "If the check fails, you must record the date, the cause and the action in the log.",
    "Record the date, the cause and the action in the log if the check fails.",
    "If the check fails, the log records the date, the cause and the action.",
    "Where a reading is outside the limits, the technician shall record the time, the value and the action taken.",
    "When the temperature exceeds 8 C, the log must include the time, the reading and the corrective action.",
])
def test_fields_asked_for_on_a_failure_are_no_field_claim(text):
    assert _fields(text) == []


@pytest.mark.parametrize("text, fields", [
    ("When a delivery arrives, the storeperson must record the date, the supplier and the quantity.",
     ("date", "supplier", "quantity")),
    ("Record the date, the supplier and the quantity in the goods-in log when a delivery arrives.",
     ("date", "supplier", "quantity")),
    ("The log holds the date, the operator and the result.", ("date", "operator", "result")),
])
def test_fields_of_every_entry_are_still_a_field_claim(text, fields):
    (found,) = _fields(text)
    assert tuple(f.lower() for f in found[:len(fields)]) == fields
