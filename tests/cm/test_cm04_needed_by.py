"""CM04: the organization after a participle of need ("documents needed by the organization", "records required by
the Company") is whoever needs the thing, not the actor of an obligation.

Seen on an oil-and-gas contractor's ISO 9001 quality manual (cmhold12, held out): "Documentation procedures will
sustain the availability and reliability of all documents needed by the organization to ensure effective planning"
was reported as "the organization is the actor"; the duty is the documentation procedures', and the organization
only needs the documents. A passive whose agent does the work still counts.
"""
from __future__ import annotations

import pytest

from gapscan.rules.cm import CM04

from cm_helpers import run


def _text(sentence: str) -> str:
    return f"DOCUMENTS\n\n{sentence}\n\nThe Document Controller files each request in the register within 2 days.\n"


@pytest.mark.parametrize("sentence", [
    "Documentation procedures will sustain the availability of all documents needed by the organization to ensure "
    "effective planning.",
    "The register must list every record required by the Company for audits.",
    "Suppliers shall deliver the outcomes expected by the organization on time.",
])
def test_cm04_is_silent_where_the_organization_only_needs_the_thing(make, sentence):
    assert run(CM04, make("manual.md", _text(sentence))) == [], sentence


@pytest.mark.parametrize("sentence", [
    "All documents must be approved by the organization before issue.",
    "The documents needed for the audit shall be provided by the organization.",
])
def test_cm04_still_fires_where_the_organization_does_the_work(make, sentence):
    assert len(run(CM04, make("manual.md", _text(sentence)))) == 1, sentence
