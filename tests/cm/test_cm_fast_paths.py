"""The fast paths of the clause-mirroring stage give exactly what the plain ones gave.

Each speed-up (sentences and token flags read from arrays, spans assigned to sentences by
bisection, the digit prefilter before the form-code regex, scoring each distinct sentence
once, from the tokens spaCy already made, and only when its score can be read; word tests of
Matcher patterns as vocabulary flags) is checked against the straightforward computation on the
example set's real text.
"""
from __future__ import annotations

from dataclasses import replace
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
    from gapscan.nlp.mirroring import MODAL_WORDS, TRAINING_STATEMENT, _Sentence, own_anchors

    out = []
    speak = list(sdoc.spans["speak"])
    controls = list(sdoc.spans["control"])
    actors = list(sdoc.spans["org_actor"])
    anchors = own_anchors(sdoc)  # the organisation's own: template filler and placeholders left out
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
        if not an:  # the control register counts only in a sentence without anchors
            sp = sorted(sp + inside(controls), key=lambda s: s.start)
        out.append(_Sentence(
            text=sent.text.strip(), location=location,
            strong=tuple(s.text for s in sp if s.label_ in ("phrase", "modal", "control")),
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
    from gapscan.nlp.pipeline import _ACRONYM, _DIGIT, _FILE, _PAREN, FORM_CODE, _record_acronyms, get_nlp

    cues = get_nlp().get_pipe("gapscan_cues")
    skipped = searched = 0
    for sdoc in sdocs:
        flags = cues._shape_flags(sdoc)
        # the shapes' other prefilters skip only texts where their regexes, run on the whole text, find nothing
        if not flags & _FILE:
            assert not any(cues._file_name.finditer(sdoc.text)), sdoc.text
        if not (flags & _PAREN and flags & _ACRONYM):
            assert not _record_acronyms(sdoc.text, cues._record_type_heads), sdoc.text
        if flags & _DIGIT:
            searched += 1
            continue
        skipped += 1
        # the regex on the whole text, as it ran before the prefilter, finds nothing here
        assert not any(FORM_CODE.finditer(sdoc.text)), sdoc.text
        assert not any(ch.isdigit() for ch in sdoc.text), sdoc.text
    assert skipped > 20 and searched > 20
    codes = [s.text for sdoc in sdocs for s in sdoc.spans["anchors"] if s.label_ == "form"]
    assert "QF-11" in codes and "F-8.5-01" in codes


def test_each_distinct_judged_sentence_is_scored_once_from_the_tokens_spacy_already_made(make, monkeypatch):
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
    # the Buyer's line has no standard phrase and no organizational actor: no score of it could be read
    assert seen == [["The organization shall determine the controls."]]
    assert analysis.model_used and analysis.sentences == 4
    assert [h.text for h in analysis.org_actor] == ["The organization shall determine the controls."] * 2


def test_scoring_only_judged_sentences_changes_nothing(monkeypatch):
    """The example set's procedures analysed as before the gate (every sentence but training statements
    scored by the model, and each read in _analyse) and as now give the same analyses, scores included."""
    from gapscan.ingest import parse_file
    from gapscan.model import Kind
    from gapscan.nlp import mirroring, sentence_model

    if sentence_model.load() is None:
        pytest.skip("no sentence model installed")
    docs = []
    for folder in ("harrow-vale", "meadowgate-foods"):
        for path in sorted((EXAMPLES.parent / folder / "procedures").iterdir()):
            doc = parse_file(path, path.name)
            if doc.ok:
                docs.append(replace(doc, kind=Kind.PROCEDURE))
    scored: list[int] = []
    real = sentence_model.score_docs
    monkeypatch.setattr(sentence_model, "score_docs", lambda d: (scored.append(len(d)), real(d))[1])
    gated = mirroring.analyze_many(docs)
    monkeypatch.setattr(mirroring._Sentence, "judged", property(lambda s: not s.training))
    every = mirroring.analyze_many(docs)
    assert gated == every
    assert sum(len(a.standard_speak) + len(a.org_actor) for a in gated.values()) > 50
    assert scored[0] * 2 < scored[1], scored  # most sentences are never read


def test_sentence_docs_score_exactly_as_their_text_retokenised():
    """The sentence model scores each sentence from the span spaCy already tokenised (space tokens at its
    edges dropped, cut at MAX_CHARS); the scores equal those of make_doc on the sentence's text, on every
    sentence of the example set, our own evaluation set and the edge texts."""
    from gapscan.ingest import parse_file
    from gapscan.nlp import mirroring, sentence_model
    from spacy.attrs import IS_SPACE

    from gapscan.nlp.mirroring import _model_doc
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
        is_space = sdoc.to_array(IS_SPACE)
        for sent in sdoc.sents:
            text = sdoc.text[sent.start_char:sent.end_char].strip()
            if text and text not in docs:
                docs[text] = _model_doc(sent, is_space)
    assert len(docs) > 500 and any(len(t) > 2000 for t in docs)
    from_spans = sentence_model.score_docs(list(docs.values()))
    from_text = sentence_model.score_sentences(list(docs))
    mismatched = [(t[:80], a, b) for t, a, b in zip(docs, from_spans, from_text) if abs(a - b) > 1e-6]
    assert not mismatched, mismatched[:5]


@pytest.mark.parametrize("walk", [False, True])
@pytest.mark.parametrize("which", ["cues", "claims"])
def test_word_flags_match_exactly_what_the_written_patterns_match(sdocs, which, walk):
    """The cue and claim patterns, their word tests turned into vocabulary flags (walk=False), or read by the
    GatedMatcher's own walk without a Matcher (walk=True, as shipped), find the same matches in the same order
    as a plain spaCy Matcher holding the patterns as written, on the example set's text."""
    from spacy.matcher import Matcher

    from gapscan.nlp import claims
    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    nlp = get_nlp()
    built = nlp.get_pipe("gapscan_cues").patterns if which == "cues" else claims._matchers()
    gated = GatedMatcher(nlp.vocab, walk=walk)  # a fresh one: its flags are made at its first text, below
    plain = Matcher(nlp.vocab)
    # every match, not only the longest (greedy): more to compare; the keys read as runs too, by the Matcher here
    for key, patterns, _ in built._adds + built._run_adds + built._fixed_adds:
        gated.add(key, patterns)
        plain.add(key, patterns)
    found = 0
    for sdoc in sdocs:
        expected = plain(sdoc)
        assert gated(sdoc) == expected, sdoc.text
        found += len(expected)
    assert found > 250
    if walk:
        assert gated._walks and not gated._built and gated._flagged is None  # no Matcher built, no flag made
        return
    # spaCy has 45 free flag bits for cues and claims together, the cues taking theirs first: with CM05's plain-word
    # details read by the Matcher (5 Dec) the claims' leading tests kept 10. The shipped cue reads those keys
    # without it (GatedMatcher.add(..., fixed=True): tests/cm/test_fixed_rules.py) and takes 24 bits, as before
    # them; this fresh copy gives them to the Matcher, so the claims may get fewer here
    assert sum(1 for p in gated._flagged for t in p if any(k.startswith("FLAG") for k in t)) >= 8
    # many texts were read with a Matcher built for another set of patterns holding theirs, same matches
    assert 0 < 2 * len(gated._built) <= len(gated._matchers)


def test_word_tests_stay_tests_when_the_vocabulary_has_no_free_flag():
    import spacy

    from gapscan.nlp.pipeline import word_flag_patterns

    nlp = spacy.blank("en")
    nlp("word3 is known before the flags are made")
    patterns = [[{"LOWER": {"IN": [f"word{i}"]}}] for i in range(50)]
    compiled = word_flag_patterns(patterns, nlp.vocab)
    assert compiled[0] == [{"FLAG19": True}] and compiled[44] == [{"FLAG63": True}]
    assert compiled[45:] == patterns[45:]
    assert word_flag_patterns(patterns[3:4], nlp.vocab) == compiled[3:4]  # the same test shares its flag
    doc = nlp("word3 Word44 word49 WORD3")
    assert [t.check_flag(22) for t in doc] == [True, False, False, True] and doc[1].check_flag(63)
    # in a vocabulary with bits to spare, the tests of a token a match cannot start at stay tests
    fresh = spacy.blank("en").vocab
    assert word_flag_patterns([[{"LOWER": {"IN": ["x"]}, "OP": "?"}, {"LENGTH": {">=": 2}},
                                {"LOWER": {"IN": ["y"]}}]], fresh) == [
        [{"OP": "?", "FLAG19": True}, {"FLAG20": True}, {"LOWER": {"IN": ["y"]}}]]


def test_longest_triples_choose_as_longest_spans_do(sdocs):
    """The cue component filters overlaps on (start, end, label) and makes Spans of what is left: the same
    spans, in the same order, as filter_spans over a Span for every hit (ties: the first hit wins)."""
    import random

    from spacy.tokens import Span

    from gapscan.nlp.pipeline import get_nlp, longest_spans, longest_triples

    cue = get_nlp().get_pipe("gapscan_cues")
    rng = random.Random(11)
    cases = 0
    for sdoc in sdocs:
        hits = list(cue.phrases(sdoc)) + list(cue.patterns(sdoc))
        n = len(sdoc)
        # the hits, plus random spans that overlap them (same starts, same lengths, nested) in shuffled order
        extra = [(s, min(n, s + rng.randint(1, 4)), rng.choice(hits)[0]) for s in rng.sample(range(n), min(n, 5))] \
            if hits and n else []
        triples = [(s, e, k) for k, s, e in hits] + extra
        rng.shuffle(triples)
        expected = [(sp.start, sp.end, sp.label) for sp in longest_spans([Span(sdoc, s, e, label=k)
                                                                          for s, e, k in triples])]
        assert longest_triples(triples) == expected, sdoc.text
        cases += len(triples) > 1 and len(expected) < len(triples)
    assert cases > 50


def test_run_patterns_find_what_the_matcher_finds():
    """A key added with runs=True is read from its head words back, not by spaCy's Matcher: every (start, end)
    the Matcher finds, each once, filtered the same way when greedy; at the start of a text, with runs longer
    than a pattern's bound, with head words in a row and run words that are heads themselves."""
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    nlp = get_nlp()
    title = {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "and"]}}
    heads = {"LOWER": {"IN": ["manager", "lead", "operators"]}}
    patterns = {
        "STAR": [dict(title, OP="*"), heads],
        "PLUS": [dict(title, OP="+"), dict(heads, IS_TITLE=True)],
        "UPTO": [{"IS_ALPHA": True, "IS_STOP": False, "IS_TITLE": True, "OP": "{0,3}"}, heads],
        "SOME": [{"LOWER": {"IN": ["shift", "quality", "line"]}, "OP": "{1,2}"}, heads],
        "ONE": [{"IS_UPPER": True, "LENGTH": {">=": 2, "<=": 4}}, heads],
    }
    texts = ["Manager", "Quality Manager", "The Site Quality Assurance Production Manager Manager signs.",
             "shift quality line manager and QA Lead and ABCDE Lead", "Two Operators; the Lead Lead Lead.",
             "Approved by Plant Engineering Manager, Shift Lead, QA Manager", "no heads here at all", ""]
    docs = list(nlp.pipe(texts))
    for greedy in (None, "LONGEST", "FIRST"):
        for key, pattern in patterns.items():
            runs, plain = GatedMatcher(nlp.vocab), Matcher(nlp.vocab)
            runs.add(key, [pattern], greedy=greedy, runs=True)
            plain.add(key, [pattern], greedy=greedy)
            found = 0
            for doc in docs:
                expected = plain(doc)
                got = runs(doc)
                assert got == (expected if greedy else sorted(expected)), (key, greedy, doc.text)
                assert [(s.start, s.end, s.label_) for s in runs(doc, as_spans=True)] == \
                    [(s, e, key) for _, s, e in got]
                found += len(got)
            assert found >= 2, (key, greedy)
    # several patterns of one key: each (start, end) once
    runs, plain = GatedMatcher(nlp.vocab), Matcher(nlp.vocab)
    runs.add("ROLE", list(patterns.values()), runs=True)
    plain.add("ROLE", list(patterns.values()))
    for doc in docs:
        assert runs(doc) == sorted(plain(doc)), doc.text
    with pytest.raises(ValueError):
        GatedMatcher(nlp.vocab).add("X", [[{"IS_SENT_START": True}, heads]], runs=True)
    with pytest.raises(ValueError):
        GatedMatcher(nlp.vocab).add("X", [[title, {"LOWER": "manager"}]], runs=True)


def test_a_role_that_is_also_a_quantity_keeps_the_label_it_had():
    """"Two Operators" is both a quantity (a number, a unit) and a role (a title-case run, a role noun): the
    role patterns are read after the Matcher's, as the Matcher listed them after the quantity's."""
    from gapscan.nlp.pipeline import get_nlp

    doc = get_nlp()("We need Two Operators on the line, and the Night Shift Supervisor.")
    assert [(s.text, s.label_) for s in doc.spans["anchors"]] == [("Two Operators", "quantity"),
                                                                 ("Night Shift Supervisor", "role")]
