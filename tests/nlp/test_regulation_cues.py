"""cites_regulation: REGULATION_CITE searched only where a text holds one of the words every match holds
(REGULATION_CUES), with the same answer as searching every text."""
from __future__ import annotations

import random

from gapscan.nlp import mirroring

CITING = ["as required by Regulation E, the Bank replies", "under 12 CFR 1005.11 the notice", "see 15 U.S.C. 1693",
          "per 21 C.F.R. part 11", "§ 1020.320 applies", "§164.308(a)", "the Truth in Savings Act requires notice",
          "This Act applies", "under the General Data Protection Directive", "of the HIPAA Security Rule",
          "the regulation requires a report", "These regulations mandate", "This statute prescribes",
          "mandated by law.", "prescribed by statute", "Reg. DD sets the limit", "by 42 USC 1320d"]
PLAIN = ["The operator checks the gas lines before each run.", "Corrective Action Request QF-19 within 10 days.",
         "Actions are reviewed by the Quality Lead.", "as a rule, the lab rules apply", "Regular checks", "lawful",
         "ISO 9001 §9.3 review", "§10.2", "the Decision Rule", "Activity log", "the Quality Manager"]


def test_citations_are_found_and_plain_text_is_not():
    for text in CITING:
        assert mirroring.cites_regulation(text), text
    for text in PLAIN:
        assert not mirroring.cites_regulation(text), text


def test_a_text_without_a_cue_is_not_searched(monkeypatch):
    searched = []

    class Counting:
        def search(self, text, *args):
            searched.append(text)
            return real.search(text, *args)

    real = mirroring.REGULATION_CITE
    monkeypatch.setattr(mirroring, "REGULATION_CITE", Counting())
    assert not mirroring.cites_regulation("The operator checks the gas lines before each run. " * 40)
    assert searched == []
    assert mirroring.cites_regulation("as required by Regulation E")


def test_the_answer_is_the_patterns_on_random_texts():
    words = ["the", "The", "This", "these", "under", "Under", "by", "of", "with", "Truth", "in", "Savings", "Act",
             "Action", "Directive", "Rule", "rule", "rules", "regulation", "regulations", "Regulation", "Reg.", "Reg",
             "E", "DD", "12", "CFR", "C.F.R.", "U.S.C.", "USC", "§", "1020.320", "law", "statute", "required",
             "mandated", "requires", "mandates", "Security", "HIPAA", "and", "x", "\n", "  "]
    rng = random.Random(3)
    for _ in range(30_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        assert mirroring.cites_regulation(text) == (mirroring.REGULATION_CITE.search(text) is not None), text
