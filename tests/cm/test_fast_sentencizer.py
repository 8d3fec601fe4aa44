"""The pipeline's sentencizer reads word ids instead of Token objects; its sentence starts must be
exactly spaCy's Sentencizer's, including the odd cases: closing punctuation after a full stop, a run of
stops, unicode sentence-ending marks, a text ending on a stop, a preset sentence start, empty texts."""
from __future__ import annotations

import random

import pytest


def _texts() -> list[str]:
    fixed = [
        "", " ", ".", "...", "Done.", "Done. Next", "Done.) Next step.", "Stop!? Go",
        "Ask (why?) then act.", "Version 1.2 of QP-07. Approve it", "Line one\n\nLine two. 'Quoted.' After",
        "End。 Next ｡ Then", "Wait... \u2014 and then. - bullet", "Review annually. \n\n- Item one; item two.\n- Item three",
    ]
    words = ["The", "manager", "shall", "review", ".", "!", "?", ")", "(", '"', ",", ";", "-", "\n", "  ", "QF-11",
             "8.4", "e.g.", "etc.", "。", "…", "ok", "—", "»", "'"]
    rng = random.Random(7)
    generated = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    return fixed + generated


def _starts(doc) -> list[int]:
    return [t.i for t in doc if t.is_sent_start]


def test_the_pipeline_sentencizer_is_the_fast_one():
    from gapscan.nlp.pipeline import _sentencizer_class, get_nlp

    assert isinstance(get_nlp().get_pipe("sentencizer"), _sentencizer_class())


@pytest.mark.parametrize("batched", [False, True])
def test_sentence_starts_are_spacys(batched):
    from spacy.pipeline import Sentencizer

    from gapscan.nlp.pipeline import _sentencizer_class, get_nlp

    nlp = get_nlp()
    ours, theirs = _sentencizer_class()("sentencizer"), Sentencizer()
    texts = _texts()
    docs_a = [nlp.make_doc(t) for t in texts]
    docs_b = [nlp.make_doc(t) for t in texts]
    if batched:
        docs_a, docs_b = list(ours.pipe(docs_a, batch_size=16)), list(theirs.pipe(docs_b, batch_size=16))
    else:
        docs_a, docs_b = [ours(d) for d in docs_a], [theirs(d) for d in docs_b]
    assert sum(len(_starts(d)) for d in docs_b) > len(texts)  # the texts do hold several sentences
    for text, a, b in zip(texts, docs_a, docs_b):
        assert _starts(a) == _starts(b), text
        assert [s.text for s in a.sents] == [s.text for s in b.sents], text


def test_a_preset_start_is_kept_as_spacys_is():
    from spacy.pipeline import Sentencizer

    from gapscan.nlp.pipeline import _sentencizer_class, get_nlp

    nlp = get_nlp()
    out = []
    for component in (_sentencizer_class()("sentencizer"), Sentencizer()):
        doc = nlp.make_doc("one two three. four five six")
        doc[2].is_sent_start = True
        doc[5].is_sent_start = False
        out.append(_starts(component(doc)))
    assert out[0] == out[1] == [0, 2, 4]
