"""The GatedMatcher reads its patterns without spaCy's Matcher (`_walk`): the Matcher's own state machine, run
only from the words that may start a match near a word every match holds. Whatever the patterns (every
quantifier, sentence starts, greedy keys) and the text, it must give what one spaCy Matcher holding the same
patterns gives: the same (key, start, end) in the same order, since the cue's overlap filter keeps the first
of two equal spans."""
from __future__ import annotations

import random

import pytest

WORDS = ["a", "b", "Cc", "DD", "-", "12", "e", "The", "of", "x1", "log", "Log"]


def _token(r: random.Random) -> dict:
    tests = [
        lambda: {"LOWER": r.choice(["a", "b", "cc", "dd", "e", "log"])},
        lambda: {"LOWER": {"IN": r.sample(["a", "b", "cc", "dd", "e", "the", "of", "log"], 2)}},
        lambda: {"ORTH": {"IN": ["Log", "-"]}},
        lambda: {"IS_TITLE": r.random() < 0.5},
        lambda: {"TEXT": {"REGEX": r.choice([r"^\d+$", "^[A-Z]", "x"])}},
        lambda: {"ORTH": "-"},
        lambda: {},
        lambda: {"IS_SENT_START": r.random() < 0.5},
        lambda: {"IS_SENT_START": True, "LOWER": {"IN": ["the", "a"]}},
        lambda: {"LOWER": {"NOT_IN": ["a", "b"]}, "IS_ALPHA": True},
        lambda: {"LIKE_NUM": True},
        lambda: {"LENGTH": {">=": 2}},
    ]
    spec = dict(r.choice(tests)())
    op = r.choice(["1", "1", "1", "?", "+", "*", "!", "{1,3}", "{0,2}", "{2}", "{2,}", "{,2}"])
    if op != "1":
        spec["OP"] = op
    return spec


def _soup(seed: int, sets: int, docs: int):
    """(patterns by key, greedy by key, docs) for `sets` random pattern sets, each with `docs` random texts."""
    from spacy.tokens import Doc

    from gapscan.nlp.pipeline import get_nlp

    vocab = get_nlp().vocab
    r = random.Random(seed)
    for _ in range(sets):
        patterns = {f"K{k}": [[_token(r) for _ in range(r.randint(1, 4))] for _ in range(r.randint(1, 3))]
                    for k in range(r.randint(1, 4))}
        greedy = {key: r.choice([None, None, "LONGEST", "FIRST"]) for key in patterns}
        texts = []
        for _ in range(docs):
            words = [r.choice(WORDS) for _ in range(r.randint(0, 16))]
            starts = [r.random() < 0.3 for _ in words] if words else None
            texts.append(Doc(vocab, words=words, sent_starts=starts))
        yield patterns, greedy, texts


@pytest.mark.parametrize("seed", [11, 12])
def test_the_walk_gives_the_matchers_matches_in_its_order_on_token_soups(seed):
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    vocab = get_nlp().vocab
    compared = found = 0
    for patterns, greedy, texts in _soup(seed, 120, 10):
        plain, gated = Matcher(vocab), GatedMatcher(vocab)
        for key, pats in patterns.items():
            plain.add(key, pats, greedy=greedy[key])
            gated.add(key, pats, greedy=greedy[key])
        assert gated._walks is not None  # every test here is the word's own or a sentence start
        for doc in texts:
            expected = plain(doc)
            assert gated(doc) == expected, (patterns, greedy, [t.text for t in doc])
            spans = gated(doc, as_spans=True)
            assert [(s.label, s.start, s.end) for s in spans] == expected
            compared += 1
            found += len(expected)
        assert not gated._built  # no spaCy Matcher was built to read them
    assert compared == 1200 and found > 2000


def test_a_pattern_the_walk_cannot_read_goes_to_spacys_matcher():
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    nlp = get_nlp()
    patterns = [[{"LOWER": "form"}, {"LENGTH": {">=": 2}, "OP": "+"}], [{"LOWER": "form"}, {"_": {"x": True}}]]
    gated, plain = GatedMatcher(nlp.vocab), Matcher(nlp.vocab)
    gated.add("F", patterns[:1])
    plain.add("F", patterns[:1])
    doc = nlp.make_doc("Fill in form QF 11 today, then the form again")
    assert gated(doc) == plain(doc) and len(plain(doc)) == 4 and not gated._built
    from spacy.tokens import Token

    Token.set_extension("x", default=False, force=True)
    gated.add("G", patterns[1:])  # an extension attribute: not the word's own
    plain.add("G", patterns[1:])
    assert gated._walks is None
    doc = nlp.make_doc("Fill in form QF 11 today, then the form again")
    assert gated(doc) == plain(doc) and gated._built


def test_the_shipped_gated_matchers_build_no_spacy_matcher():
    """The cue component's and the claims' GatedMatchers read a procedure's text without one Matcher: before,
    each built a Matcher per set of patterns a text could match (85 for the cue on the 500-document set)."""
    from gapscan.nlp.claims import _matchers
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    text = ("The Quality Manager shall review form QF-11 within 5 working days. Records are kept in the "
            "maintenance log and entered on the Daily Vehicle Check Log. The organization shall determine it.")
    doc = nlp(text)
    assert [s.text for s in doc.spans["anchors"]] and [s.text for s in doc.spans["speak"]]
    for gated in (nlp.get_pipe("gapscan_cues").patterns, _matchers()):
        gated(doc)
        assert gated._walks is not None and not gated._built
