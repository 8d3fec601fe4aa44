"""Two searches run on most texts of the nlp stage, made cheaper with the same answers (perf25).

- pipeline.FORM_CODE opens on the code's first capital, its lookbehind after it: `re` then looks for the capitals
  in C instead of trying the pattern at every character. It must find what the lookbehind-first pattern found.
- claims._advice runs ADVICE's search only on a sentence holding one of the words every ADVICE match holds (an
  ASCII text; any other is searched): the same answer, and most sentences are not searched.
"""
from __future__ import annotations

import re
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# pipeline.FORM_CODE as written before perf25: the lookbehind first
LOOKBEHIND_FIRST = re.compile(r"(?<![\w-])([A-Z]{1,5}(?:-[A-Z]{1,5})*)-?(\d{1,4}(?:[.\-/]\d{1,4}){0,3}[A-Z]?)(?![\w-])")

CODES = ["QF-100", "-QF-100", "aQF-100", "ÉQF-12", "éQF-12", "_QF-1", " QF-1 ", "QF1", "ABCDEFG-12", "AB-CD-12A",
         "x-AB1", "Q4 2025", "(QF-07)", "QF-07-", "ÀB12", "ŁB12", "ǅA12", "İA12", "SOP-QA-004 and F-8.5-01/2B",
         "see QF-11, QF-12;QF-13.QF-14", "ABCDEF12", "A1 B2-C3", "Form QF-08 rev 3", "AB12CD", "ŉAB12", "٣AB12"]


def _texts() -> list[str]:
    texts = list(CODES)
    for path in sorted(EXAMPLES.rglob("*")):
        if path.suffix in (".md", ".txt", ".csv") and path.is_file():
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def test_form_codes_are_those_the_lookbehind_first_pattern_found():
    from gapscan.nlp.pipeline import FORM_CODE

    found = 0
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in LOOKBEHIND_FIRST.finditer(text)]
        assert [(m.span(), m.groups()) for m in FORM_CODE.finditer(text)] == expected, text[:80]
        found += len(expected)
        for word in text.split():
            assert (FORM_CODE.fullmatch(word) is None) == (LOOKBEHIND_FIRST.fullmatch(word) is None), word
    assert found > 50


ADVISING = ["You may find it useful to have it calibrated by a technician.", "One might wish to check twice.",
            "Feel free to ask the Quality Manager.", "It may help to log the reading.", "it could be helpful",
            "YOU MAY WANT TO SIGN IT", "It can be useful to keep a copy.", "\u0130t may help to call.",
            "\u0131t may help to call.", "you could like to", "Ops may find it helpful to review the log."]
NOT_ADVISING = ["The Shift Lead checks the log daily.", "You must sign the form within 24 hours.",
                "bone may wish to", "xyou may want to", "It may be checked weekly.", "Helpful staff log it.",
                "Find it in the register.", "free of charge", "like-for-like replacements", "Caf\u00e9 staff clean it."]


def test_advice_is_read_as_the_search_reads_it():
    from gapscan.nlp import claims

    for text in ADVISING + NOT_ADVISING + _texts()[len(CODES):]:
        for line in text.splitlines() or [text]:
            assert claims._advice(line) == (claims.ADVICE.search(line) is not None), line
    assert all(claims._advice(t) for t in ADVISING)
    assert not any(claims._advice(t) for t in NOT_ADVISING)


def test_a_sentence_without_the_words_of_advice_is_not_searched_for_it(monkeypatch):
    from gapscan.nlp import claims

    searched = []

    class Counting:
        def search(self, text):
            searched.append(text)
            return claims.ADVICE_PATTERN.search(text)

    monkeypatch.setattr(claims, "ADVICE_PATTERN", claims.ADVICE, raising=False)
    monkeypatch.setattr(claims, "ADVICE", Counting())
    said = claims.claims_in_text("The Shift Lead checks the fridge log daily and records it on QF-07.")
    assert said and searched == []
    assert claims.claims_in_text("You may find it useful to check the fridge log daily.") == ()
    assert searched
