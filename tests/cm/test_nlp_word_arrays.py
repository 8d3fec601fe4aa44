"""The nlp stage's mirroring readers take sentence bounds and the sentence model's Docs from arrays read
once per text, not from a Token or Span object per question: each reading must give what the objects gave.

Texts: the example set's procedure pieces, edge texts, and generated word soups with random sentence breaks."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"

EDGE_TEXTS = [
    "", " ", "\n\n", ".", "x", "QF-11", "Shall.", "  The organization shall.  ",
    "Within 5 working days. The Quality Manager shall sign form QF-11! Then? ok",
    "If Tmp < 16.0 Then OFF. If the seal is damaged, then stop.\n\nIF Level >= 80 THEN Pump := FALSE;",
    "The Shift Lead checks the log daily; ~2% of lots are re-tested monthly (about 3 percent).",
    "Records are approved by the QA Manager. The committee met monthly, as it did before. We review weekly.",
]
WORDS = ["The", "the", "Quality", "Manager", "shall", "review", "log", "QF-11", "daily", ";", ":", ".", "!", "?",
         "(", ")", "-", "and", "Then", "if", "\n", "  ", "2%", "~3", "met", "weekly", "Ünïcode", "e.g.", "ISO", "9001"]


def _soups(n: int = 300) -> list[str]:
    rng = random.Random(17)
    return ["".join(rng.choice(WORDS) + rng.choice([" ", " ", "", "\n"]) for _ in range(rng.randint(1, 60)))
            for _ in range(n)]


@pytest.fixture(scope="module")
def sdocs():
    from gapscan.ingest import parse_file
    from gapscan.nlp import mirroring
    from gapscan.nlp.pipeline import get_nlp

    texts = []
    for path in sorted((EXAMPLES / "procedures").iterdir()):
        doc = parse_file(path, path.name)
        if doc.ok:
            texts.extend(p.text for p in mirroring._prepare(doc).pieces)
    texts += EDGE_TEXTS + _soups()
    return list(zip(texts, get_nlp().pipe(texts)))


def test_sentence_bounds_by_bisection_are_span_sent(sdocs):
    from gapscan.nlp.mirroring import _marked_starts, _sent_end, _sent_start

    rng = random.Random(5)
    asked = 0
    for _, sdoc in sdocs:
        n = len(sdoc)
        if not n:
            continue
        marked = _marked_starts(sdoc)
        for _ in range(20):  # spans anywhere, across sentence breaks too
            a = rng.randrange(n)
            b = rng.randrange(a + 1, n + 1)
            sent = sdoc[a:b].sent
            assert (_sent_start(marked, a), _sent_end(marked, a, n)) == (sent.start, sent.end)
            asked += 1
    assert asked > 1000


def _plain_code_sentences(own, text):
    """mirroring._code_sentences as first written, with Span.sent."""
    from gapscan.nlp.mirroring import code_rule

    if not own or not ("hen" in text or "HEN" in text):
        return {}
    out = {}
    for sent in {span.sent.start: span.sent for span in own}.values():
        line = text[sent.start_char:sent.end_char].strip()
        if code_rule(line):
            out[sent.start] = line
    return out


def _plain_own_anchors(sdoc, text):
    """mirroring.own_anchors's filter as first written, with Span.sent."""
    from gapscan.nlp.mirroring import _BRACKETED_CODE, PLACEHOLDER, _generic_anchor

    spans = list(sdoc.spans["anchors"])
    if spans:
        if "[" in text or "<" in text or "{{" in text:
            slots = [m.span() for m in PLACEHOLDER.finditer(text) if not _BRACKETED_CODE.match(m.group())]
            spans = [s for s in spans if not any(a < s.start_char and s.end_char < b for a, b in slots)]
        generic = [_generic_anchor(s, text[s.start_char:s.end_char]) for s in spans]
        if any(generic):
            specific = {s.sent.start for s, g in zip(spans, generic) if not g and s.label_ != "decision"}
            spans = [s for s, g in zip(spans, generic) if not g or s.sent.start in specific]
    return [(s.start, s.end, s.label_) for s in spans]


def test_code_sentences_and_own_anchors_are_those_of_span_sent(sdocs):
    from gapscan.nlp.mirroring import _code_sentences, own_anchors

    found = filtered = 0
    for text, sdoc in sdocs:
        own = own_anchors(sdoc, text)
        assert [(s.start, s.end, s.label_) for s in own] == _plain_own_anchors(sdoc, text), text[:80]
        filtered += len(own) < len(sdoc.spans["anchors"])
        assert _code_sentences(own, text) == _plain_code_sentences(own, text)
        found += len(_code_sentences(own, text))
    assert found >= 1 and filtered >= 1  # the controller's rules in EDGE_TEXTS; generic anchors left out


def test_model_docs_from_one_array_are_as_doc(sdocs):
    from spacy.attrs import IS_SPACE

    from gapscan.nlp import sentence_model
    from gapscan.nlp.mirroring import _model_doc

    model = sentence_model.load()
    compared = 0
    for _, sdoc in sdocs:
        if not len(sdoc):
            continue
        head = sdoc._get_array_attrs()
        copied = (head, sdoc.to_array(head))
        is_space = sdoc.to_array(IS_SPACE)
        for sent in sdoc.sents:
            plain, fast = _model_doc(sent, is_space), _model_doc(sent, is_space, copied)
            assert [(t.text, t.whitespace_) for t in fast] == [(t.text, t.whitespace_) for t in plain]
            assert (fast.to_array(head) == plain.to_array(head)).all()
            if model is not None and len(plain):
                assert model.score_docs([fast]) == model.score_docs([plain])
            compared += 1
    assert compared > 300
