"""The nlp stage reads each thing once per piece (session 22, perf22a): the cue component one token array for its
patterns, its shape test and its misread filter; the walk its actions from a table, not a call per state at every
token; sentence_claims the text the caller sliced. The equivalence tests hold the new readings to the ones they replaced."""
from __future__ import annotations

import random

import pytest

from gapscan.model import Location
from gapscan.nlp import claims, pipeline

TEXT = ("The Quality Manager shall review form QF-101 (Daily Vehicle Check Log) every week. "
        "Records are kept in the shared drive for 3 years by the Maintenance Team. "
        "Section 8.4 applies; the supplier must be notified within 5 working days of the breach. "
        "Top management shall ensure that the quality policy is established.")


@pytest.fixture(scope="module")
def nlp():
    return pipeline.get_nlp()


def test_cue_component_hands_its_array_to_the_shape_test(nlp, monkeypatch):
    from spacy.attrs import SHAPE

    seen = []
    original = pipeline.CueMatcher._shape_flags

    def spy(self, doc, shapes=None):
        seen.append(shapes)
        return original(self, doc, shapes)

    monkeypatch.setattr(pipeline.CueMatcher, "_shape_flags", spy)
    doc = nlp(TEXT)
    assert seen and seen[-1] == doc.to_array(SHAPE).tolist()  # None before: it read the array again


def test_cue_component_same_spans_with_the_array_read_again(nlp):
    doc = nlp(TEXT)
    cue = nlp.get_pipe("gapscan_cues")
    again = nlp.make_doc(TEXT)
    nlp.get_pipe("sentencizer")(again)
    # the shapes and the array read by the callee, as before
    hits = cue.patterns(again)
    assert hits == cue.patterns(again, cols=again.to_array(cue.patterns.columns()))
    assert cue._shape_flags(again) == cue._shape_flags(again, again.to_array(pipeline.spacy_names().SHAPE).tolist())
    cue(again, text=TEXT)
    for name in doc.spans:
        assert [(s.start, s.end, s.label_) for s in doc.spans[name]] == \
            [(s.start, s.end, s.label_) for s in again.spans[name]], name


def test_walk_reads_actions_from_its_table(nlp, monkeypatch):
    calls = []
    original = pipeline._action
    monkeypatch.setattr(pipeline, "_action", lambda *a: calls.append(a) or original(*a))
    doc = nlp(TEXT)
    assert len(doc.spans["anchors"]) > 0
    assert calls == []  # one call per state at every token before


def test_action_table_is_the_matchers_action():
    vocab = pipeline.get_nlp().vocab
    w = pipeline._WalkPattern.of([{"LOWER": "a", "OP": "*"}, {"LOWER": "b", "OP": "?"}, {"LOWER": "c"},
                                  {"LOWER": "d", "OP": "+"}, {"LOWER": "e", "OP": "!"}], 1, 0, vocab)
    for p, q in enumerate(w.quants):
        for match in (False, True):
            assert w.acts[p][match] == pipeline._action(q, match, p == w.last)


def test_active_patterns_by_masks_as_by_lists(nlp):
    gated = nlp.get_pipe("gapscan_cues").patterns
    n = len(gated._lists)
    rng = random.Random(22)
    for present in [0, (1 << n) - 1, *(rng.getrandbits(n) for _ in range(300)),
                    *((1 << n) - 1 - (1 << j) for j in range(n))]:
        old = tuple(i for i, ids in enumerate(gated._list_ids) if all(present >> j & 1 for j in ids))
        new = tuple(i for i, mask in enumerate(gated._list_masks) if present & mask == mask)
        assert old == new


def test_sentence_claims_reads_the_callers_text(nlp, monkeypatch):
    seen = []
    original = claims._asked
    monkeypatch.setattr(claims, "_asked", lambda text: seen.append(text) or original(text))
    text = "The Maintenance Team completes the Daily Vehicle Check Log every week. Is it done?"
    sdoc = nlp(text)
    given = []
    for sent in sdoc.sents:
        sent_text = text[sent.start_char:sent.end_char]
        given.append(sent_text)
        claims.sentence_claims(sent, {}, Location(), sent_text)
    assert len(seen) == len(given) and all(a is b for a, b in zip(seen, given))  # sent.text joined again before
