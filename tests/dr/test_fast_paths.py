"""The fast paths of the drift stage give exactly what the plain ones gave.

Each speed-up (pattern gating, caches, memoised record reads) is checked against the
straightforward computation on the example set's real text and records.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapscan.dates import working_days_between
from gapscan.model import BlockType

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"


def _example_texts() -> list[str]:
    from gapscan.ingest import parse_file
    from gapscan.nlp.units import text_units

    texts = []
    for path in sorted((EXAMPLES / "procedures").iterdir()):
        doc = parse_file(path, path.name)
        texts.extend(u.text for u in text_units(doc, include_tables=True) if u.block_type is not BlockType.HEADING)
    assert len(texts) > 100
    return texts


def _full_matcher(gated):
    """One plain spaCy Matcher holding every pattern of a GatedMatcher, added in the same order (with their
    word tests as flags, as the GatedMatcher holds them: tests/cm/test_cm_fast_paths.py compares those with
    the patterns as written)."""
    from spacy.matcher import Matcher

    matcher = Matcher(gated.vocab, validate=False)
    for key, patterns in gated._adds:
        matcher.add(key, patterns)
    return matcher


@pytest.mark.parametrize("which", ["claims", "cues"])
def test_gated_matcher_finds_what_one_matcher_finds(which):
    from gapscan.nlp.claims import _matchers
    from gapscan.nlp.pipeline import get_nlp

    nlp = get_nlp()
    gated = _matchers() if which == "claims" else nlp.get_pipe("gapscan_cues").patterns
    full = _full_matcher(gated)
    texts = _example_texts() + ["", "Within 5 working days.", "QF-11 every 12 months by the Quality Manager."]
    found = 0
    with nlp.select_pipes(enable=["sentencizer"]):
        for sdoc in nlp.pipe(texts):
            expected = full(sdoc)
            assert gated(sdoc) == expected, sdoc.text  # same matches in the same order
            found += len(expected)
    assert found > 200


def test_gating_skips_only_patterns_that_need_a_missing_word():
    from gapscan.nlp.pipeline import required_words

    pattern = [{"LOWER": "every", "OP": "?"}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["Day", "days"]}},
               {"ORTH": "-", "OP": "{0,2}"}, {"IS_TITLE": True, "OP": "+"}, {"TEXT": "QF", "OP": "{1,3}"}]
    assert required_words(pattern) == (frozenset({"day", "days"}), frozenset({"qf"}))
    assert required_words([{"TEXT": {"REGEX": "^A"}}]) == ()


def test_working_days_between_matches_a_day_by_day_count():
    start = dt.date(2025, 12, 24)
    for wd in range(7):
        a = start + dt.timedelta(days=wd)
        for n in range(0, 40):
            b = a + dt.timedelta(days=n)
            slow = sum(1 for i in range(1, n + 1) if (a + dt.timedelta(days=i)).weekday() < 5)
            assert working_days_between(a, b) == slow
            assert working_days_between(b, a) == -slow


def test_cached_field_header_and_stems_answer_like_the_first_call():
    from gapscan.linking import content_stems, field_header, stem

    headers = ("Batch No.", "Inspector", "Result", "Date checked")
    for _ in range(2):
        assert field_header("batch number", headers) == "Batch No."
        assert field_header("batch number", iter(headers)) == "Batch No."  # any iterable, not only tuples
        assert field_header("colour", headers) is None
        assert stem("Calibrations") == stem("calibrations") == "calibr"
    stems = content_stems("calibration of gauges")
    stems.add("mutated")  # a caller's copy: the cached value stays as it was
    assert "mutated" not in content_stems("calibration of gauges")
