"""A token array's columns are made Python lists once per text (session 24, perf24): converting a column of word
hashes builds an int per token, and the claims' matcher read the words in its walk and again for its run keys,
then the claims' readers read them a third and fourth time. `TokenRows` keeps each column's list; the GatedMatcher
and the claims' word lists share it. The matches and the claims stay the same (held here against a matcher run
without the shared rows, and by the tests of each rule)."""
from __future__ import annotations

import numpy as np
import pytest

from gapscan.model import Location
from gapscan.nlp import claims, pipeline

TEXT = ("The Quality Manager shall review form QF-101 (Daily Vehicle Check Log) every week and the Shift Lead "
        "approves it. The supplier must be notified within 5 working days of the breach, or before dispatch.")


class _Counted(np.ndarray):
    """A token array that counts how often a column of it is made a list."""

    made: list[int] = []

    def tolist(self):
        _Counted.made.append(1)
        return super().tolist()


@pytest.fixture(scope="module")
def nlp():
    return pipeline.get_nlp()


def test_the_matcher_makes_each_column_a_list_once(nlp):
    matcher = claims._matchers()
    doc = nlp(TEXT)
    cols = doc.to_array(matcher.columns())
    plain = matcher(doc, cols=cols)
    assert any(doc.vocab.strings[key] == "ROLE" for key, _, _ in plain)  # the run keys are read
    assert any(doc.vocab.strings[key] == "DEADLINE_WITHIN" for key, _, _ in plain)  # and the walk
    _Counted.made = []
    assert matcher(doc, cols=cols.view(_Counted)) == plain
    assert len(_Counted.made) <= cols.shape[1]  # lower-case words, words, sentence starts: once each


def test_the_claims_readers_take_the_matchers_lists(nlp, monkeypatch):
    made: list[int] = []

    class Rows(pipeline.TokenRows):
        def __getitem__(self, k):
            if k not in self._lists:
                made.append(k)
            return super().__getitem__(k)

    doc = nlp(TEXT)
    matcher = claims._matchers()
    claims._LAST_WORDS[0] = None
    expected = claims._doc_claims(doc, matcher, Location(page=1), text=TEXT)
    assert {c.kind for c in expected} >= {"form", "frequency", "deadline", "role"}
    monkeypatch.setattr(claims, "TokenRows", Rows)
    claims._LAST_WORDS[0] = None
    assert claims._doc_claims(doc, matcher, Location(page=1), text=TEXT) == expected
    assert sorted(made) == sorted(set(made))  # no column made a list twice
    read = claims._words_of(doc)
    assert read.low == [t.lower_ for t in doc] and read.text == [t.text for t in doc]


def test_rows_of_an_empty_text_and_a_matcher_without_them(nlp):
    matcher = claims._matchers()
    empty = nlp("")
    assert matcher(empty) == [] and claims._doc_claims(empty, matcher, Location(page=1), text="") == []
    doc = nlp(TEXT)
    assert matcher(doc) == matcher(doc, rows=pipeline.TokenRows(doc.to_array(matcher.columns())))
