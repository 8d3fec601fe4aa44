"""CM05 on a text with many details of few kinds says which kinds it never names. A lab protocol of 401 words
read "names 102 concrete details in 401 words (48 time limits, 54 decisions): 2 kinds of detail, where a
procedure people can follow names 3 or more": 102 details under a heading of "names few or none" is hard to
defend unless the message says what is missing (who does it, with what)."""
from __future__ import annotations

from gapscan.rules.cm import CM05

from cm_helpers import run
from test_cm_rules import VAGUE_WITH_A_FEW_ANCHORS


def test_cm05_few_kinds_names_the_kinds_never_named(make):
    (f,) = run(CM05, make("training.md", VAGUE_WITH_A_FEW_ANCHORS))
    missing = f.metrics["missing"]
    assert "place" in missing and "role" not in missing
    # before: "...: 2 kinds of detail, where a procedure people can follow names 3 or more"
    assert ": only 2 kinds of detail, where a procedure people can follow names 3 or more; it never names a " in f.message
    assert "a place" in f.message.split("it never names", 1)[1]
    assert " role" not in f.message.split("it never names", 1)[1]


def test_cm05_fix_names_the_kinds_in_words(make):
    (f,) = run(CM05, make("training.md", VAGUE_WITH_A_FEW_ANCHORS))
    # before: "add team, equipment, place, quantity, duration, form to the steps": the rule's own keys
    assert "duration" not in f.fix and "time limits" in f.fix and "pieces of equipment" in f.fix
