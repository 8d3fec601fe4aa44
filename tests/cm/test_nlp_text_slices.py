"""The nlp stage reads sentence and anchor texts sliced from the text it tokenised, not joined back from
spaCy's tokens, and searches for training statements only where one can be: the results must be those of
the slower reads."""
from pathlib import Path

import pytest

from gapscan.ingest import parse_file
from gapscan.nlp import claims, mirroring
from gapscan.nlp.pipeline import get_nlp, longest_spans
from gapscan.nlp.units import text_units

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _procedures():
    folder = EXAMPLES / "harrow-vale" / "procedures"
    return [parse_file(p, f"procedures/{p.name}") for p in sorted(folder.iterdir()) if p.is_file()]


def test_claims_from_sliced_sentences_are_those_from_span_text():
    nlp = get_nlp()
    matcher = claims._matchers()
    seen = 0
    for doc in _procedures():
        for unit in text_units(doc, include_tables=True):
            with nlp.select_pipes(enable=["sentencizer"]):
                sdoc = nlp(unit.text)
            sliced = claims._doc_claims(sdoc, matcher, unit.location, text=unit.text)
            assert sliced == claims._doc_claims(sdoc, matcher, unit.location), unit.text[:80]
            seen += len(sliced)
    assert seen > 20  # the example procedures state deadlines, forms, roles and fields


def test_own_anchors_from_the_piece_text_are_those_from_doc_text():
    nlp = get_nlp()
    text = ("The Goods-in Inspector records each delivery on the Goods Intake Log (QF-11) within 2 hours; "
            "the [Quality Manager] reviews the Risk Register annually. Access is approved by IT Security in Okta.")
    a, b = nlp(text), nlp(text)
    given = [(s.start, s.end, s.label_) for s in mirroring.own_anchors(a, text)]
    joined = [(s.start, s.end, s.label_) for s in mirroring.own_anchors(b)]
    assert given == joined
    assert ("Goods Intake Log" in [text[s.start_char:s.end_char] for s in a.spans["own_anchors"]]
            or any("QF-11" in text[s.start_char:s.end_char] for s in a.spans["own_anchors"]))


@pytest.mark.parametrize("sentence, expected", [
    ("Operators shall be trained in the use of the metal detector.", True),
    ("All visitors must receive a site induction before entry.", True),
    ("New starters will be made aware of the allergen controls.", True),
    ("Drivers are to be briefed on the route before each shift.", True),
    ("The Quality Manager shall review the log weekly.", False),
    ("Training records are kept for five years.", False),  # a word it needs, but no statement
    # non-ASCII: IGNORECASE matches the dotless i to "i", so such text is always searched
    ("Drivers shall be br\u0131efed on the route.", True),
])
def test_training_statement_precheck_agrees_with_the_search(sentence, expected):
    assert mirroring._training(sentence) is expected
    assert mirroring._training(sentence) == (mirroring.TRAINING_STATEMENT.search(sentence) is not None)


def test_longest_spans_is_filter_spans():
    from spacy.util import filter_spans

    doc = get_nlp()("the Quality Manager and the Shift Lead check the line")
    for spans in ([], [doc[1:3]], [doc[1:3], doc[2:3]], [doc[2:3], doc[1:3], doc[5:7], doc[6:7]]):
        assert longest_spans(spans) == filter_spans(spans)
