"""A passive rule that says what is done to a thing the sentence names, under a condition ("Documents must be removed
from printers", "when shared, files must be encrypted"), is a rule the work follows, not the control catalogue's
register; done to the catalogue's own abstract subject ("Information must be labelled"), or with no condition ("All
documents must be labeled with their classification": the control retold), it stays restated control text
(lexicon.CONCRETE_CONTROL_VERBS, CATALOGUE_SUBJECTS, RULE_CONDITIONS). Before, every "must be encrypted" was
standard-speak, whatever it was done to and when: wrong CM03 findings in a SOC 2 pack's Data Classification policy
(SCORING.md, session 20 cmhold10; round 27)."""
from __future__ import annotations

from cm_helpers import procedure
from gapscan.nlp.mirroring import analyze

RULES = """
# Data Handling Policy

## Rules

- Backups must be encrypted before they leave the building.
- Documents must be removed from printers and fax machines.
- When documents are exchanged through file-sharing services, they must be encrypted.
- All documents must be labeled with their classification.
- Information must be labelled when it is created.
- Privileged access should be restricted to authorised users.
"""


def _speak(analysis) -> dict[int, tuple[str, ...]]:
    return {h.location.line: h.phrases for h in analysis.standard_speak}


def test_an_act_on_a_named_thing_under_a_condition_is_no_control_phrase(tmp_path):
    a = analyze(procedure(tmp_path, "handling.md", RULES))  # with the sentence model, as CM03 reads it
    speak = _speak(a)
    # backups before they leave, documents from the printer, files when shared: rules of the work
    assert 5 not in speak and 6 not in speak and 7 not in speak, speak
    # no condition (the control retold), the catalogue's own subject, a control's aim: restated, as before
    assert speak.get(8) == ("must be labeled",), speak
    assert speak.get(9) == ("must be labelled",), speak
    assert 10 in speak, speak
