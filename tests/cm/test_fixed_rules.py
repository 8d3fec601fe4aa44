"""Keys of a few fixed tokens read without spaCy's Matcher (GatedMatcher.add(..., fixed=True)).

CM05's plain-word detail patterns ("the member portal", "Committee Chair", "Head of Legal", "Fluke 45") are read
by looking up one token's words and testing the tokens around it. They must find exactly what a Matcher holding
the same patterns finds, and the cue component must give the same span groups as when the Matcher reads them.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

DETAIL_TEXTS = [
    "The Chair signs. Chair of the board. the Committee Chair and the Chair agree.",
    "Chair", "the Chair", "Vice Chair", "Head of Legal reports to the Chief of Maintenance. Head of",
    "Chief", "the hiring manager and our site supervisor; the release manager", "the manager",
    "Post in the member portal, the booking calendar or the shared drive; the following list; the list",
    "Work in the machine room or the wood shop. the designated room",
    "Use the Fluke 45, the HP 6268B and the Keithley 2400 (not Section 12, ISO 9001, Top 10, DP 01, Suite 228).",
    "Fluke 45", "45", "Slack #lasers and # of items; #ops-alerts",
    "the mailing list. The Lasers Subcommittee meets. 2 maintainers and the keyholder; qualify instructors.",
]


def _pieces() -> list[str]:
    """The mirroring pieces of two example sets' procedures."""
    from gapscan.ingest import parse_file
    from gapscan.nlp import mirroring

    texts = []
    for folder in ("harrow-vale", "meadowgate-foods"):
        for path in sorted((EXAMPLES / folder / "procedures").iterdir()):
            doc = parse_file(path, path.name)
            if doc.ok:
                texts.extend(p.text for p in mirroring._prepare(doc).pieces)
    assert len(texts) > 100
    return texts


def _soups(n: int) -> list[str]:
    """Token soups of the words the detail patterns test, title case, numbers, models and stops."""
    rng = random.Random(14)
    words = ["the", "our", "this", "The", "Our", "chair", "Chair", "CHAIR", "coach", "Mentor", "Captain", "Flight",
             "hiring", "manager", "supervisor", "portal", "member", "calendar", "drive", "list", "room", "machine",
             "shop", "wood", "following", "designated", "Chief", "Head", "head", "of", "Of", "Legal", "Maintenance",
             "Fluke", "HP", "Keithley", "Section", "ISO", "Suite", "45", "6268B", "2400", "01", "9001", "12345",
             "AB123CD", "#", "lasers", "ops-alerts", ".", ",", "!", "\n", "and", "is", "a", "Secretary",
             "keyholder", "Subcommittee", "mailing"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(n)]


def _fresh_nlp(monkeypatch=None, fixed: bool = True):
    """A pipeline of its own (its own vocabulary and flag bits), its fixed keys read by the Matcher if not
    `fixed`."""
    from spacy.lang.en import English

    from gapscan.nlp import pipeline

    pipeline.get_nlp()  # registers the factories
    if not fixed:
        add = pipeline.GatedMatcher.add

        def by_matcher(self, key, patterns, greedy=None, runs=False, first=False, fixed=False):
            return add(self, key, patterns, greedy, runs, first)

        monkeypatch.setattr(pipeline.GatedMatcher, "add", by_matcher)
    nlp = English()
    nlp.add_pipe("gapscan_sentencizer", name="sentencizer")
    nlp.add_pipe("gapscan_cues")
    nlp.get_pipe("gapscan_cues")  # built here, with the patched add
    if not fixed:
        monkeypatch.undo()
    return nlp


def _groups(nlp, texts):
    return [{name: [(s.start, s.end, s.label_) for s in doc.spans[name]] for name in sorted(doc.spans)}
            for doc in nlp.pipe(texts)]


def test_the_cue_reads_its_fixed_keys_without_the_matcher():
    from gapscan.nlp.pipeline import get_nlp

    gated = get_nlp().get_pipe("gapscan_cues").patterns
    fixed = {key for key, _, _ in gated._fixed_adds}
    assert {"detail:role_the", "detail:system_the", "detail:place_the", "detail:equipment"} <= fixed
    assert not fixed & {key for key, _, _ in gated._adds}


def test_cue_spans_are_those_of_the_matcher_reading_every_key(monkeypatch):
    texts = _pieces() + DETAIL_TEXTS + _soups(1500)
    with_fixed = _groups(_fresh_nlp(), texts)
    by_matcher = _groups(_fresh_nlp(monkeypatch, fixed=False), texts)
    assert with_fixed == by_matcher
    details = sum(len(g["details"]) for g in with_fixed)
    labels = {label for g in with_fixed for _, _, label in g["details"]}
    assert details > 500 and {"role", "system", "place", "equipment"} <= labels


@pytest.mark.parametrize("pattern", [
    [{"LOWER": {"IN": ["the", "our"]}}, {"IS_ALPHA": True, "IS_LOWER": True, "LOWER": {"NOT_IN": ["following"]}},
     {"LOWER": {"IN": ["room", "list"]}, "IS_LOWER": True}],
    [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["the"]}, "OP": "?"},
     {"LOWER": {"IN": ["chair", "coach"]}, "IS_TITLE": True, "IS_SENT_START": False}],
    [{"ORTH": {"IN": ["Chief", "Head"]}}, {"LOWER": "of"}, {"IS_TITLE": True}],
    [{"IS_ALPHA": True, "TEXT": {"REGEX": r"^[A-Z][A-Za-z]+$"}}, {"TEXT": {"REGEX": r"^[A-Z]{0,3}\d{2,5}[A-Z]{0,3}$"}}],
    [{"ORTH": "#", "IS_SENT_START": True}, {"IS_LOWER": True}],
    [{"LOWER": {"IN": ["of"]}, "OP": "?"}, {"LENGTH": {">=": 4}}, {"LOWER": "head"}],
])
def test_a_fixed_rule_finds_what_the_matcher_finds(pattern):
    from spacy.lang.en import English
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    get_nlp()  # registers the sentencizer's factory
    nlp = English()
    nlp.add_pipe("gapscan_sentencizer", name="sentencizer")
    gated, plain = GatedMatcher(nlp.vocab), Matcher(nlp.vocab)
    gated.add("KEY", [pattern], fixed=True)
    plain.add("KEY", [pattern])
    found = 0
    for doc in nlp.pipe(DETAIL_TEXTS + _soups(4000)):
        expected = plain(doc)
        assert gated(doc) == sorted(expected), doc.text
        assert [(s.start, s.end) for s in gated(doc, as_spans=True)] == sorted((s, e) for _, s, e in expected)
        found += len(expected)
    assert found > 10


def test_a_pattern_a_fixed_rule_cannot_read_is_refused():
    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    gated = GatedMatcher(get_nlp().vocab)
    for pattern in ([{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}], [{"LOWER": "a", "OP": "*"}, {"LOWER": "b"}],
                    [{"LOWER": {"IN": ["a"]}, "OP": "?"}], [{"POS": "NOUN"}]):
        with pytest.raises(ValueError):
            gated.add("KEY", [pattern], fixed=True)
    with pytest.raises(ValueError):
        gated.add("KEY", [[{"LOWER": "a"}]], fixed=True, greedy="LONGEST")


def _word_soups(n: int) -> list[str]:
    """Token soups of a post box, a board, money, e-mail addresses and numbers."""
    rng = random.Random(25)
    words = ["box", "Box", "BOX", "PO", "Board", "board", "BOARD", "Advisory", "Review", "the", "$", "€", "£", "12",
             "457", "ten", "1,000", "3.5", "a@b.org", "ops@example.com", "Fluke", "45", "HP", "6268B", ".", ",", "\n",
             "and", "of", "Change", "Street"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(n)]


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "box"}, {"LIKE_NUM": True}],
    [{"IS_TITLE": True, "IS_ALPHA": True}, {"ORTH": "Board"}],
    [{"ORTH": "Board", "IS_SENT_START": False}, {"LOWER": "of"}],
    [{"LOWER": {"IN": ["po", "p.o."]}, "OP": "?"}, {"LOWER": "box"}, {"LIKE_NUM": True}],
    [{"IS_CURRENCY": True}, {"LIKE_NUM": True}],
    [{"LIKE_EMAIL": True}],
])
def test_a_rule_naming_one_word_finds_what_the_matcher_finds(pattern):
    from spacy.lang.en import English
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    get_nlp()
    nlp = English()
    nlp.add_pipe("gapscan_sentencizer", name="sentencizer")
    gated, plain = GatedMatcher(nlp.vocab), Matcher(nlp.vocab)
    gated.add("KEY", [pattern], fixed=True)
    plain.add("KEY", [pattern])
    found = 0
    for doc in nlp.pipe(["PO Box 457, the Change Advisory Board; Board of Review", "box 12", "Board"]
                        + _word_soups(3000)):
        expected = plain(doc)
        assert gated(doc) == sorted(expected), doc.text
        found += len(expected)
    assert found > 10


def test_a_rule_naming_one_word_is_read_from_that_word_not_at_every_token():
    """{"LOWER": "box"} and {"ORTH": "Board"} are lists of one word: the rule is looked up by it, as a rule listing
    its words is, not tried at every token of every text (CM05's post box and the cue's boards were two of the
    five rules tried everywhere: about a third of the cue's fixed-key time on the 500-document set)."""
    from spacy.lang.en import English

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    get_nlp()
    vocab = English().vocab
    gated = GatedMatcher(vocab)
    gated.add("BOX", [[{"LOWER": "box"}, {"LIKE_NUM": True}]], fixed=True)
    gated.add("BOARD", [[{"IS_TITLE": True, "IS_ALPHA": True}, {"ORTH": "Board"}]], fixed=True)
    assert not gated._fixed_anywhere
    assert gated._fixed_heads == {vocab.strings["box"], vocab.strings["board"]}
    # a token listing words stays the anchor over one naming a single word
    gated.add("CHIEF", [[{"ORTH": {"IN": ["Chief", "Head"]}}, {"LOWER": "of"}, {"IS_TITLE": True}]], fixed=True)
    assert gated._fixed[-1][1][0].heads == {vocab.strings["chief"], vocab.strings["head"]}
    cue = get_nlp().get_pipe("gapscan_cues").patterns
    anywhere = {cue.vocab.strings[key] for key, rules in cue._fixed for r in rules if r.heads is None}
    assert "detail:place_box" not in anywhere and "anchor:team_board" not in anywhere


def test_a_rule_added_after_texts_were_read_answers_their_words_too():
    """The rules without anchor words answer each word once, together; one added later answers the words the
    others had answered before it came."""
    from spacy.lang.en import English
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    get_nlp()
    nlp = English()
    gated, plain = GatedMatcher(nlp.vocab), Matcher(nlp.vocab)
    gated.add("MONEY", [[{"IS_CURRENCY": True}, {"LIKE_NUM": True}]], fixed=True)
    texts = ["Pay $ 45 to ops@example.com or £ 12", "ops@example.com", "$ 12 and 45"]
    for doc in nlp.pipe(texts):
        gated(doc)
    gated.add("EMAIL", [[{"LIKE_EMAIL": True}]], fixed=True)
    plain.add("MONEY", [[{"IS_CURRENCY": True}, {"LIKE_NUM": True}]])
    plain.add("EMAIL", [[{"LIKE_EMAIL": True}]])
    key = {k: nlp.vocab.strings[k] for k in ("MONEY", "EMAIL")}
    for doc in nlp.pipe(texts):
        assert sorted(gated(doc)) == sorted(plain(doc)), doc.text
    assert any(m[0] == key["EMAIL"] for doc in nlp.pipe(texts) for m in gated(doc))


def test_a_rule_without_anchor_words_tests_no_position_of_a_text_lacking_a_word_for_one_token():
    """CM05's money rule ({"IS_CURRENCY"}, {"LIKE_NUM"}) was tried at every number of every text; a text with no
    currency sign holds no match, and its positions are not tested (each word's answers are learnt once)."""
    from spacy.lang.en import English

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    get_nlp()
    nlp = English()
    gated = GatedMatcher(nlp.vocab)
    gated.add("MONEY", [[{"IS_CURRENCY": True}, {"LIKE_NUM": True}]], fixed=True)
    rule = gated._fixed[0][1][0]
    asked = []

    def counting(test):
        return lambda orth: asked.append(orth) or test(orth)

    rule.tests = [counting(t) for t in rule.tests]
    numbers = nlp("Check 12 items, 45 boxes and 3 pallets on 7 racks; £ 20 on Fridays.")
    assert gated(numbers) and asked  # learnt the words, found "£ 20"
    asked.clear()
    doc = nlp("Check 12 items, 45 boxes and 3 pallets on 7 racks.")
    assert gated(doc) == [] and asked == []
