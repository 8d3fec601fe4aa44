"""A condition is not a requirement. A programme's risk paper said "if the reconciliation finds that any of
the 100 records holds an entitlement, the movement is reversed": gapscan read it as "record holds
entitlement, entry returns" and then reported every record without an 'entitlement' column. A record noun
and a verb of holding inside an if/where/when clause test a record; they do not say what it must carry."""
from __future__ import annotations

import pytest

from gapscan.nlp.claims import claims_in_text


def _fields(text: str):
    return [c.fields for c in claims_in_text(text) if c.kind == "field"]


@pytest.mark.parametrize("text", [
    "If the audit finds that any of the 40 records holds an exemption, the change is reversed and the entry "
    "returns to review.",
    "Where a record holds a waiver, a deviation or a concession, the owner signs it again.",
    "Whenever the log includes a failure, a warning or a timeout, raise a ticket.",
])
def test_a_condition_on_records_is_no_field_claim(text):
    assert _fields(text) == []


@pytest.mark.parametrize("text, fields", [
    ("The log holds the date, the operator and the result.", ("date", "operator", "result")),
    ("When a nonconformity is raised, the register records the date, the owner and the cause.",
     ("date", "owner", "cause")),
    ("Each record shall include the batch number, the inspector and the result.",
     ("batch number", "inspector", "result")),
])
def test_a_requirement_on_records_is_still_a_field_claim(text, fields):
    (found,) = _fields(text)
    assert tuple(f.lower() for f in found[:len(fields)]) == fields


def test_an_instruction_with_a_condition_still_names_fields():
    # a condition after the instruction narrows when, not what: the log's fields are still named (a condition
    # of failure is another matter: what to write on a failure is not every entry's, test_claims_failure_conditions)
    (found,) = _fields("Record the date, the operator and the batch in the log if the line is restarted.")
    assert tuple(f.lower() for f in found[:3]) == ("date", "operator", "batch")
