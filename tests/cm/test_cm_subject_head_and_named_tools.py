"""Anchors and the control register read on the mixed/operational boundary (issue 8, session 22 levers27).

- A passive rule's subject is read at its head, not at the word before the modal: "Backups of customer data must be
  encrypted before they leave the site" is done to backups (a thing), not to "data" (the catalogue's subject), so
  under its condition it is a rule of the work; "Access rights of contractors must be removed when ..." is done to
  access rights, not to contractors, and stays control wording (pipeline._subject_head).
- A title-case "Tool" after a name is an application the organisation runs ("the Risk Tool"), not a hand tool;
  "Probability Scale" names a rating scale, not a weighing scale.
- "FY25" is a period, as "Q4" is, not a form's code; "ASTM D882" and "ECSS-M-ST-80C" are standards, not forms.

Seen on the real corpus (tests/eval/real): 2Lines' agent-controls guide ("Tool access table"), IDEALE-eu's risk
procedure ("Probability Scale (P):", "per ECSS-M-ST-80C"), Ox-in-Chair's inspection procedure ("ASTM D882 (tensile
properties)"), cyberask's security policy ("FY25"). The sentences below are written for these tests.
"""
from __future__ import annotations

import pytest

from cm_helpers import anchors, procedure
from gapscan.nlp.mirroring import analyze

RULES = """
# Backup Handling

## Rules

- Backups of customer data must be encrypted before they leave the site.
- Copies of signed contracts must be removed from the shared drive when the project closes.
- Access rights of contractors must be removed when the contract ends.
- Information must be labelled when it is created.
"""


def test_a_rule_on_a_thing_named_before_of_is_no_control_phrase(tmp_path):
    a = analyze(procedure(tmp_path, "backups.md", RULES))
    speak = {h.location.line: h.phrases for h in a.standard_speak}
    assert 5 not in speak and 6 not in speak, speak  # backups, copies: things, under a condition
    assert speak.get(7) == ("must be removed",), speak  # access rights: the catalogue's subject
    assert speak.get(8) == ("must be labelled",), speak


def test_a_named_tool_is_a_system():
    found = anchors("Capture each risk in the Risk Tool and review it with the owner.")
    assert ("Risk Tool", "system") in found, found
    assert ("Tool", "equipment") not in found, found


def test_a_hand_tool_is_still_equipment():
    assert ("tool", "equipment") in anchors("Unplug the tool and clean the blade after use.")


def test_a_rating_scale_is_no_equipment():
    assert not [t for t, kind in anchors("Probability Scale (P): 1 rare, 5 almost certain.") if kind == "equipment"]


def test_a_fiscal_year_is_a_period_not_a_form():
    found = anchors("Targets for FY25 are set by the board and reviewed in Q2.")
    assert ("FY25", "duration") in found and not [t for t, k in found if k == "form"], found


@pytest.mark.parametrize("text", [
    "Seal strength is tested to ASTM F88 and film to ASTM D882.",
    "For spacecraft projects, risk management follows ECSS-M-ST-80C.",
])
def test_a_standards_code_is_no_form(text):
    assert not [t for t, kind in anchors(text) if kind == "form"], anchors(text)
