"""perf20a's fast paths of the nlp stage give exactly what the plain ones gave, on the example set's real text.

- analyze_many runs the cue component itself, handing it the text each Doc was made from (CueMatcher's `text`):
  the spans are those the pipeline's own run (which joins the tokens back into ``doc.text``) makes.
- GatedMatcher reads which of its word lists a text holds from the text's words that are in any list (one
  set intersection), not list by list: the same patterns are read.
"""
from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"
EDGE_TEXTS = ["", " ", "\n\n", ".", "QF-11", "Within 5 working days. The Quality Manager shall sign form QF-11!",
              "Investigation (INV) records live in deploy.yml and F-8.5-01, per ISO 9001.",
              "No digits anywhere in this text at all, Quality Manager."]


@pytest.fixture(scope="module")
def texts():
    from gapscan.ingest import parse_file
    from gapscan.nlp import mirroring

    out = []
    for path in sorted((EXAMPLES / "procedures").iterdir()):
        doc = parse_file(path, path.name)
        if doc.ok:
            out.extend(p.text for p in mirroring._prepare(doc).pieces)
    assert len(out) > 100
    return out + EDGE_TEXTS


def _groups(sdoc):
    return {name: [(s.start, s.end, s.label_) for s in group] for name, group in sdoc.spans.items()}


def test_cues_given_the_text_find_what_the_pipeline_finds(texts):
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    cues = nlp.get_pipe("gapscan_cues")
    found = 0
    for text, whole, bare in zip(texts, nlp.pipe(texts), nlp.pipe(texts, disable=["gapscan_cues"])):
        assert not bare.spans
        cues(bare, text=text)
        assert _groups(bare) == _groups(whole), text
        found += sum(len(g) for g in _groups(whole).values())
    assert found > 500


def test_analysis_is_the_same_with_the_cues_run_by_the_pipeline(monkeypatch):
    """analyze_many with the cue component run as a pipe (as before) gives the same analyses."""
    from gapscan.ingest import parse_file
    from gapscan.nlp import mirroring
    from gapscan.nlp.pipeline import get_nlp

    folder = EXAMPLES / "procedures"
    docs = [parse_file(p, p.name) for p in sorted(folder.iterdir())]
    fast = mirroring.analyze_many(docs)
    nlp = get_nlp()
    piped = nlp.pipe

    def pipe_with_cues(texts, **kw):  # the cue component left in the pipe, and run again by hand: same spans
        kw.pop("disable", None)
        return piped(texts, **kw)

    monkeypatch.setattr(nlp, "pipe", pipe_with_cues)
    assert mirroring.analyze_many(docs) == fast
    assert len(fast) >= 5


def test_gates_read_from_the_words_in_any_list_are_the_list_by_list_gates(texts):
    from gapscan.nlp import claims
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    for gated in (nlp.get_pipe("gapscan_cues").patterns, claims._matchers()):
        # every word of a list carries the bit of each list holding it, and no other
        for word, bits in gated._list_bits.items():
            assert bits == sum(1 << j for j, n in enumerate(gated._lists) if word in n)
        assert gated._list_words == frozenset(w for n in gated._lists for w in n)
        seen = set()
        for sdoc in nlp.pipe(texts, disable=["gapscan_cues"]):
            words = {t.lower for t in sdoc} | {t.shape for t in sdoc}
            present = 0
            for word in words & gated._list_words:
                present |= gated._list_bits[word]
            assert present == sum(1 << j for j, n in enumerate(gated._lists) if not n.isdisjoint(words))
            seen.add(present)
        assert len(seen) > 10


def test_word_tests_answer_each_word_once_from_a_dict(texts):
    """_lexeme_test's test is an _Answers dict's bound __getitem__: a word's answer is computed at its first
    asking and read from the dict after, the same answer as the spec's tests on the word's Lexeme."""
    import re

    from gapscan.nlp.pipeline import _Answers, _lexeme_test, get_nlp

    nlp = get_nlp()
    test = _lexeme_test({"LOWER": {"IN": ["record", "form"]}, "IS_ALPHA": True}, nlp.vocab)
    shaped = _lexeme_test({"TEXT": {"REGEX": r"^[A-Z]{2,}-\d+$"}}, nlp.vocab)
    assert isinstance(test.__self__, _Answers) and isinstance(shaped.__self__, _Answers)
    words = {t.orth for sdoc in nlp.pipe(texts[:60], disable=["gapscan_cues"]) for t in sdoc}
    words |= {nlp.vocab.strings.add(w) for w in ("Record", "FORM", "QF-11", "record1")}
    for orth in words:
        text = nlp.vocab.strings[orth]
        assert test(orth) == (text.lower() in ("record", "form") and text.isalpha()), text
        assert bool(shaped(orth)) == bool(re.match(r"^[A-Z]{2,}-\d+$", text)), text
        assert orth in test.__self__ and test(orth) == test.__self__[orth]
    assert len(test.__self__) == len(words) and any(test(orth) for orth in words)
