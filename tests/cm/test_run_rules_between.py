"""A run key may hold fixed word tokens between its run and its head word ("Daily Check Sheet": a run of title words,
"check", then "sheet"); claims' FORM_TITLE is read that way, not by spaCy's Matcher, with the same matches."""
from __future__ import annotations

import random

import pytest


def _soups(n: int) -> list[str]:
    rng = random.Random(15)
    words = ["Daily", "Site", "Vehicle", "the", "and", "of", "check", "Check", "log", "Log", "job", "time", "Time",
             "sheet", "Sheet", "book", "card", "form", "Form", "register", "Register", "template", "record",
             "-", "near", "miss", "QF-08", "12", ".", ",", ":", "\n", "Training", "Record", "Job", "Card", "Risk"]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) for _ in range(n)]


@pytest.mark.parametrize("pattern", [
    [{"IS_ALPHA": True, "IS_STOP": False, "OP": "{0,3}"}, {"LOWER": {"IN": ["check", "log", "job", "time"]}},
     {"LOWER": {"IN": ["sheet", "book", "card", "form"]}}],
    [{"IS_TITLE": True, "OP": "+"}, {"LOWER": "check"}, {"IS_TITLE": True}, {"LOWER": {"IN": ["sheet", "card"]}}],
    [{"TEXT": {"REGEX": r"^(?:[A-Za-z]+|-)$"}, "IS_STOP": False, "OP": "{1,5}"}, {"LOWER": {"IN": ["form", "log"]}}],
])
def test_a_run_rule_with_tokens_before_its_head_finds_what_the_matcher_finds(pattern):
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    nlp = get_nlp()
    runs, plain = GatedMatcher(nlp.vocab), Matcher(nlp.vocab)
    runs.add("KEY", [pattern], runs=True)
    plain.add("KEY", [pattern])
    found = 0
    with nlp.select_pipes(enable=["sentencizer"]):
        for doc in nlp.pipe(["Daily Check Sheet", "check sheet", "Site Vehicle Daily Check Sheet and the Job Card."]
                            + _soups(3000)):
            expected = plain(doc)
            assert runs(doc) == sorted(expected), doc.text
            found += len(expected)
    assert found > 50


def test_form_titles_are_read_as_a_run_key():
    from gapscan.nlp.claims import _matchers

    matcher = _matchers()
    assert "FORM_TITLE" in {key for key, _, _ in matcher._run_adds}
    assert "FORM_TITLE" not in {key for key, _, _ in matcher._adds}
