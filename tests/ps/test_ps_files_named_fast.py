"""set_files_named: the files of the set a procedure names by file name, counted as searching its whole text counts
them, with the name search run only where an extension is written (it backed over every word of every procedure)."""
from __future__ import annotations

import random
from urllib.parse import unquote

from gapscan.rules.ps import common


def _whole_text(text: str, names: frozenset[str]) -> int:
    # what set_files_named counted before: _FILE_NAME over the whole text
    return len({unquote(m.group(0)).lower() for m in common._FILE_NAME.finditer(text)} & names)


NAMES = frozenset({"ai_risk_register.csv", "release_checklist.md", "glass audit form.md", "qf-12 log.xlsx",
                   "minutes.pdf", "index.html", "notes.md.pdf", "a.md"})


def test_names_written_in_links_paths_and_brackets_are_counted():
    text = ("See ../templates/release_checklist.md and [the register](AI_Risk_Register.csv); the form is "
            "Glass%20audit%20form.md, the log 'QF-12 log.xlsx' (not qf-12 log.xlsx2), minutes.PDF, index.htm, "
            "index.html: notes.md.pdf, a.md.")
    # a name with a space is found only written with %20: "QF-12 log.xlsx" is its last word
    assert common.set_files_named(text, NAMES) == _whole_text(text, NAMES) == 7


def test_a_text_without_an_extension_is_not_searched_for_names(monkeypatch):
    searched = []

    class Counting:
        def finditer(self, text):
            searched.append(text)
            return common._FILE_NAME_REAL.finditer(text)

    monkeypatch.setattr(common, "_FILE_NAME_REAL", common._FILE_NAME, raising=False)
    monkeypatch.setattr(common, "_FILE_NAME", Counting())
    prose = "The operator checks the gas lines for leaks before each run. Records are kept for 3.5 years. " * 50
    assert common.set_files_named(prose, NAMES) == 0
    # no name in it, so no word of it is backed over looking for one
    assert searched == []
    assert common.set_files_named(prose + " See minutes.pdf.", NAMES) == 1
    assert searched and all(len(t) < 20 for t in searched)


def test_the_count_is_the_whole_texts_on_random_texts():
    pieces = list("ab.mdpfxlso-_%2 /\\()[]<>`'\"|*,;:\n\tMDPDFıſé") + [".md", ".pdf", ".xlsx", ".html", "a.md", ".md.pdf"]
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        names = NAMES | {unquote(m.group(0)).lower() for m in common._FILE_NAME.finditer(text)}
        assert common.set_files_named(text, frozenset(names)) == _whole_text(text, frozenset(names)), text
