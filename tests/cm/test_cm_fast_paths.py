"""The fast paths of the clause-mirroring stage give exactly what the plain ones gave.

Each speed-up (sentences and token flags read from arrays, spans assigned to sentences by
bisection, the digit prefilter before the form-code regex, scoring each distinct sentence
once, from the tokens spaCy already made) is checked against the straightforward computation on the
example set's real text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan.model import Location

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"

EDGE_TEXTS = [
    "", " ", "\n\n", ".", "...", "- - -", "x", "QF-11", "Shall.", "The organization shall. ",
    "Within 5 working days. The Quality Manager shall sign form QF-11! Then? ok",
    "No digits anywhere in this text at all, Quality Manager.",
    "Superscript ² and ISO 9001 and F-8.5-01 and SOP-QA-004 in one line.",
    "The organization shall determine it\n\nTop management shall ensure it.   The Buyer checks Epicor every Monday",
]


def _pieces() -> list[str]:
    from gapscan.ingest import parse_file
    from gapscan.nlp import mirroring

    texts = []
    for path in sorted((EXAMPLES / "procedures").iterdir()):
        doc = parse_file(path, path.name)
        if doc.ok:
            texts.extend(p.text for p in mirroring._prepare(doc).pieces)
    assert len(texts) > 100
    return texts + EDGE_TEXTS


def _plain_sentences(sdoc, location):
    """mirroring._sentences as first written: Doc.sents, Token objects, every span tested against every sentence."""
    from gapscan.nlp.mirroring import MODAL_WORDS, TRAINING_STATEMENT, _Sentence

    out = []
    speak = list(sdoc.spans["speak"])
    actors = list(sdoc.spans["org_actor"])
    anchors = list(sdoc.spans["anchors"])
    for sent in sdoc.sents:
        tokens = [t for t in sent if not t.is_punct and not t.is_space]
        if len(tokens) < 4:
            continue

        def inside(spans, sent=sent):
            return [s for s in spans if s.start >= sent.start and s.end <= sent.end]

        sp = inside(speak)
        obligation = any(t.lower_ in MODAL_WORDS for t in tokens)
        actor = None
        for span in inside(actors):
            if span.label_ == "actor" or obligation:
                actor = span.text
                break
        an = inside(anchors)
        decisions = sum(1 for a in an if a.label_ == "decision")
        out.append(_Sentence(
            text=sent.text.strip(), location=location,
            strong=tuple(s.text for s in sp if s.label_ in ("phrase", "modal")),
            topic=tuple(s.text for s in sp if s.label_ == "topic"),
            actor=actor, anchors=len(an) - decisions, decisions=decisions, obligation=obligation,
            training=bool(TRAINING_STATEMENT.search(sent.text.strip())),
        ))
    return out


@pytest.fixture(scope="module")
def sdocs():
    from gapscan.nlp.pipeline import get_nlp

    texts = _pieces()
    docs = list(get_nlp().pipe(texts))
    for text, sdoc in zip(texts, docs):
        sdoc.user_data["piece"] = text  # the text analyze_many hands to _sentences
    return docs


def test_sentences_match_the_plain_computation(sdocs):
    from gapscan.nlp.mirroring import _sentences

    loc = Location(line=1)
    counted = 0
    for sdoc in sdocs:
        fast = _sentences(sdoc, loc, sdoc.user_data["piece"])
        assert fast == _plain_sentences(sdoc, loc), sdoc.text
        assert _sentences(sdoc, loc) == fast
        counted += len(fast)
    assert counted > 100


def test_digit_prefilter_skips_only_texts_without_form_codes(sdocs):
    from gapscan.nlp.pipeline import FORM_CODE, get_nlp

    cues = get_nlp().get_pipe("gapscan_cues")
    skipped = searched = 0
    for sdoc in sdocs:
        if cues._has_digit(sdoc):
            searched += 1
            continue
        skipped += 1
        # the regex on the whole text, as it ran before the prefilter, finds nothing here
        assert not any(FORM_CODE.finditer(sdoc.text)), sdoc.text
        assert not any(ch.isdigit() for ch in sdoc.text), sdoc.text
    assert skipped > 20 and searched > 20
    codes = [s.text for sdoc in sdocs for s in sdoc.spans["anchors"] if s.label_ == "form"]
    assert "QF-11" in codes and "F-8.5-01" in codes


def test_each_distinct_sentence_is_scored_once_from_the_tokens_spacy_already_made(make, monkeypatch):
    from gapscan.nlp import mirroring, sentence_model

    if sentence_model.load() is None:
        pytest.skip("no sentence model installed")
    text = ("The organization shall determine the controls. The Buyer checks Epicor every Monday.\n\n"
            "The organization shall determine the controls.\n\nThe Buyer checks Epicor every Monday.")
    doc = make("repeat.md", text)
    seen = []
    real = sentence_model.score_docs
    monkeypatch.setattr(sentence_model, "score_docs",
                        lambda docs: (seen.append([d.text.strip() for d in docs]), real(docs))[1])
    analysis = mirroring.analyze(doc)
    assert seen == [["The organization shall determine the controls.", "The Buyer checks Epicor every Monday."]]
    assert analysis.model_used and analysis.sentences == 4


def test_sentence_docs_score_exactly_as_their_text_retokenised():
    """The sentence model scores each sentence from the span spaCy already tokenised (space tokens at its
    edges dropped, cut at MAX_CHARS); the scores equal those of make_doc on the sentence's text, on every
    sentence of the example set, our own evaluation set and the edge texts."""
    from gapscan.ingest import parse_file
    from gapscan.nlp import mirroring, sentence_model
    from gapscan.nlp.mirroring import _sentences
    from gapscan.nlp.pipeline import get_nlp

    if sentence_model.load() is None:
        pytest.skip("no sentence model installed")
    texts = _pieces() + ["The Buyer " + "checks the Epicor order screen again, " * 80 + "every Monday."]
    evaluation = Path(__file__).resolve().parents[1] / "eval" / "docs"
    for path in sorted(evaluation.iterdir()):
        doc = parse_file(path, path.name)
        if doc.ok:
            texts.extend(p.text for p in mirroring._prepare(doc).pieces)
    docs: dict[str, object] = {}
    for sdoc in get_nlp().pipe(texts):
        _sentences(sdoc, Location(line=1), sdoc.text, docs)
    assert len(docs) > 500 and any(len(t) > 2000 for t in docs)
    from_spans = sentence_model.score_docs(list(docs.values()))
    from_text = sentence_model.score_sentences(list(docs))
    mismatched = [(t[:80], a, b) for t, a, b in zip(docs, from_spans, from_text) if abs(a - b) > 1e-6]
    assert not mismatched, mismatched[:5]
