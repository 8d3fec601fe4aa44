"""A pattern that needs a token of a listed shape ("8.4" is "d.d", "14:30" is "dd:dd") is left out of a text
with no such token, as a pattern that needs a listed word is: a text of neither reads no Matcher at all,
and every text still gets the matches one Matcher of all the patterns gives."""
from __future__ import annotations


def _matches(gated, full, doc):
    return sorted(gated(doc)), sorted(full(doc))


def test_required_shapes_lists_the_required_shape_tokens():
    from gapscan.nlp.pipeline import required_shapes

    pattern = [{"SHAPE": {"IN": ["d.d", "dd.d"]}}, {"SHAPE": "xx", "OP": "?"}, {"SHAPE": "Xx", "OP": "+"},
               {"LOWER": "days"}]
    assert required_shapes(pattern) == (frozenset({"d.d", "dd.d"}), frozenset({"Xx"}))
    assert required_shapes([{"LOWER": {"IN": ["a"]}}]) == ()


def test_a_text_without_the_shape_reads_no_matcher_and_one_with_it_matches():
    from spacy.matcher import Matcher

    from gapscan.nlp.pipeline import GatedMatcher, get_nlp

    nlp = get_nlp()
    gated = GatedMatcher(nlp.vocab)
    full = Matcher(nlp.vocab)
    patterns = {
        "REF": [[{"SHAPE": {"IN": ["d.d", "d.d.d"]}}]],
        "TIME": [[{"LOWER": "at"}, {"SHAPE": {"IN": ["dd:dd"]}, "TEXT": {"REGEX": r"^[012]\d:[0-5]\d$"}}]],
    }
    for key, pats in patterns.items():
        gated.add(key, pats)
        full.add(key, pats)
    plain = nlp.make_doc("Records are kept by the team at the site")
    assert gated(plain) == full(plain) == []
    assert not [m for m in gated._by_present.values() if m is not None]  # no Matcher was built or read
    # "at" alone is not enough for TIME, and a word spelt like a shape is no shape
    for text, keys in [("See 8.4 and 10.2.1 at noon", ["REF"]), ("Start at 14:30 per 7.1.5", ["REF", "TIME"]),
                       ("the d.d word at xx:xx", [])]:
        doc = nlp.make_doc(text)
        got, want = _matches(gated, full, doc)
        assert got == want, text
        assert sorted({nlp.vocab.strings[m[0]] for m in got}) == keys, text


def test_the_cue_finds_clause_numbers_in_a_text_with_no_listed_word():
    from gapscan.nlp.pipeline import get_nlp

    doc = get_nlp()("Records of 8.4.2 are kept")
    assert [s.text for s in doc.spans["clause_ref"]] == ["8.4.2"]
