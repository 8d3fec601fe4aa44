"""The rule catalogue is the public contract: codes, names, families never change meaning."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.model import Severity
from gapscan.rules.registry import BY_CODE, RULES, select, unknown_codes

# The v1 contract (../shared/spec/RULES.md), kept here so the project tests itself without ../shared.
CONTRACT = {
    "CM01": ("clause-numbered-headings", "clause mirroring"),
    "CM02": ("clause-ordered-structure", "clause mirroring"),
    "CM03": ("standard-speak", "clause mirroring"),
    "CM04": ("organization-as-actor", "clause mirroring"),
    "CM05": ("no-operational-anchors", "clause mirroring"),
    "DR01": ("unused-form", "practice drift"),
    "DR02": ("cadence-drift", "practice drift"),
    "DR03": ("deadline-drift", "practice drift"),
    "DR04": ("empty-required-field", "practice drift"),
    "DR05": ("role-drift", "practice drift"),
    "DR06": ("step-drift", "practice drift"),
    "PS01": ("shadow-record", "parallel system"),
    "PS02": ("duplicate-recording", "parallel system"),
    "PS03": ("practice-vocabulary-gap", "parallel system"),
    "SH01": ("audit-spike", "system health"),
    "SH02": ("stale-feed", "system health"),
    "SH03": ("paperwork-review", "system health"),
}
TESTS = Path(__file__).resolve().parents[1]


def test_catalogue_matches_the_contract():
    assert {r.code: (r.name, r.family) for r in RULES} == CONTRACT


@pytest.mark.parametrize("code", sorted(CONTRACT))
def test_every_rule_is_implemented_documented_and_tested(code):
    rule = BY_CODE[code]
    assert rule.implemented, f"{code} has no check"
    doc = rule.doc.lower()
    assert len(doc) > 200 and "fix" in doc, f"{code}'s docstring must say why, how it decides and how to fix"
    assert rule.severity in Severity
    # at least one test file outside this one names the rule
    named = [p for p in TESTS.rglob("test_*.py") if p.name != Path(__file__).name and code in p.read_text()]
    assert named, f"no test names {code}"


def test_select_and_ignore_by_prefix():
    assert {r.code for r in select(["CM"], None)} == {c for c in CONTRACT if c.startswith("CM")}
    assert "DR02" not in {r.code for r in select(["DR"], ["DR02"])}
    assert unknown_codes(["CM", "XX", "DR0", "DR9"]) == ["XX", "DR9"]
