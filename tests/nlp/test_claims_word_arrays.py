"""The claims' readers read a text's words once, as lists (session 23, perf23a): `_words_of` makes the lower-case
forms, the words and the lexical flags from the doc's LOWER and ORTH hashes, and the role, activity, share and
told-not-stated readers index them instead of making a Token per look; sentence_claims enters each part (forms,
cadences, time limits) only when the sentence holds a match of its labels. The equivalence tests hold the lists to
the Token attributes they replace; the claims themselves are held by the tests of each rule."""
from __future__ import annotations

import random

import pytest

from gapscan.model import Location
from gapscan.nlp import claims, pipeline

TEXT = ("The Quality Manager shall review form QF-101 (Daily Vehicle Check Log) every week. "
        "Records are kept for 3 years; about 2% are checked monthly by the Maintenance Team, who was told so. "
        "The supplier must be notified within 5 working days of the breach, or before dispatch. "
        "Calibration is done annually by the Lab Technician & approved by the QA Lead.")


@pytest.fixture(scope="module")
def nlp():
    return pipeline.get_nlp()


def _soups(nlp):
    rng = random.Random(23)
    words = TEXT.replace(".", " . ").replace(",", " , ").split() + ["~5", "ÉTÉ", "1,200", "ten", "é", "…", "(", ")"]
    yield nlp(TEXT)
    for _ in range(60):
        yield nlp(" ".join(rng.choice(words) for _ in range(rng.randint(0, 40))))


def test_the_word_lists_are_the_token_attributes(nlp):
    for doc in _soups(nlp):
        read = claims._words_of(doc)
        assert read.low == [t.lower_ for t in doc]
        assert read.text == [t.text for t in doc]
        flags = [t.is_punct * claims.PUNCT | t.is_alpha * claims.ALPHA | t.is_stop * claims.STOP
                 | t.like_num * claims.NUM for t in doc]
        assert read.flags == flags


def test_the_word_lists_are_read_once_per_doc_and_never_another_docs(nlp):
    first, second = nlp(TEXT), nlp(TEXT)
    read = claims._words_of(first)
    assert claims._words_of(first) is read
    other = claims._words_of(second)
    assert other is not read and other.doc is second
    assert claims._words_of(first) is not other


def test_the_claims_are_the_same_whether_or_not_the_words_were_read_before(nlp):
    matcher = claims._matchers()
    for doc in _soups(nlp):
        claims._LAST_WORDS[0] = None
        cold = claims._doc_claims(doc, matcher, Location(page=1), text=doc.text)
        again = claims._doc_claims(doc, matcher, Location(page=1), text=doc.text)
        assert cold == again
    doc = nlp(TEXT)
    found = claims._doc_claims(doc, matcher, Location(page=1), text=doc.text)
    kinds = {c.kind for c in found}
    assert {"form", "frequency", "deadline", "role"} <= kinds, found


def test_a_sentence_of_roles_only_enters_no_cadence_form_or_limit_reader(nlp, monkeypatch):
    def never(*args, **kwargs):
        raise AssertionError("entered a part the sentence holds no match for")

    for name in ("_cadence_bounds", "_names_a_form", "_deadline", "_is_form_code"):
        monkeypatch.setattr(claims, name, never)
    doc = nlp("The Shift Lead checks the line and the QA Lead approves the release.")
    roles = [span for span in claims._matchers()(doc, as_spans=True) if span.label_ == "ROLE"]
    assert roles
    sent = next(iter(doc.sents))
    found = claims.sentence_claims(sent, {"ROLE": roles}, Location(page=1))
    assert [c.role for c in found] == ["Shift Lead", "QA Lead"]  # before: _cadence_bounds ran on every sentence


def test_a_form_codes_sentence_given_is_the_one_it_starts_in(nlp):
    doc = nlp("Use QF-101 now. The QP-7 record and form SOP-2 apply; see ISO-9001 and the log QF-3 here. Done")
    codes = [span for span in claims._matchers()(doc, as_spans=True) if span.label_ == "FORM_CODE"]
    assert len(codes) >= 4
    for span in codes:
        assert claims._is_form_code(span, span.sent) == claims._is_form_code(span)
    assert [claims._is_form_code(span) for span in codes] == [True, True, True, False, True]


def test_a_run_of_words_text_is_the_spans(nlp):
    rng = random.Random(5)
    for doc in _soups(nlp):
        for source in (None, doc.text):
            claims._LAST_WORDS[0] = None
            read = claims._words_of(doc, source=source)
            for _ in range(20):
                a, b = rng.randint(0, len(doc)), rng.randint(0, len(doc))
                assert read.span_text(a, b) == doc[a:b].text, (a, b)
    doc = nlp("  Two  spaces\nand a line   break ")
    read = claims._words_of(doc)
    assert [read.span_text(a, b) for a in range(len(doc)) for b in range(len(doc) + 1)] == \
        [doc[a:b].text for a in range(len(doc)) for b in range(len(doc) + 1)]
