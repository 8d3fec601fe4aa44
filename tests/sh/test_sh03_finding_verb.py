"""SH03: "finding" as a verb (finding people, finding a way) is not an audit finding.

The rule-based lemma key gives the noun ("a finding", "findings") and the gerund ("finding volunteers")
one key, so a council's minutes that say how hard it is to find people to do the work were counted as
talk about audit findings (a held-out project's council minutes). The noun keeps its sense.
"""
from gapscan.model import Kind
from gapscan.nlp.review import classify_sentences, classify_text
from recbuild import text_doc


def test_the_verb_finding_is_not_an_audit_finding():
    for text in ("The hardest part is usually finding reliable volunteers for the rota.",
                 "We talked about finding ways to pay the contractors sooner.",
                 "Finding a new venue took most of the evening.",
                 "She is finding out which suppliers can deliver on Fridays."):
        topics, group, _ = classify_text(text)
        assert "audit findings" not in topics, (text, topics)
        # a club's volunteers are its business (members and clients), never paperwork
        assert group is None or topics == ("members and clients",), (text, group)


def test_the_noun_finding_is_still_an_audit_finding():
    for text in ("One finding remains open from the surveillance visit.",
                 "The finding was closed by the quality lead.",
                 "Finding 3: calibration labels missing on two gauges.",
                 "Each finding has an owner and a due date.",
                 "Finding raised by the auditor on the goods-in checks."):
        topics, group, _ = classify_text(text)
        assert "audit findings" in topics, (text, topics)


def test_minutes_about_finding_people_are_not_paperwork():
    doc = text_doc("minutes/2025-03-07.md",
                   ["Date: 7 March 2025",
                    "The hard part is often finding trusted people to do the work.",
                    "We spent the rest of the hour finding ways to fund the infrastructure staff."],
                   kind=Kind.REVIEW)
    groups = [s.group for s in classify_sentences(doc) if "finding" in s.text]
    assert groups and all(g != "paperwork" for g in groups), groups


def test_a_name_that_shares_a_lexicon_words_key_is_not_that_word():
    # the lemma key folds "Claus" and "clause" together; a capitalised word inside a sentence that is no form of
    # the lexicon's word is a name, not the standard's clause
    topics, _, _ = classify_text("Propose a video call with Claus to explain the plan before the meeting.")
    assert "certificate" not in topics, topics
    # the word itself, in any case and inflection, keeps its sense
    assert "certificate" in classify_text("We read Clause 7 of the standard again.")[0]
    assert "certificate" in classify_text("Two clauses were reworded for the transition.")[0]
    assert "document status" in classify_text("The Policies were revised and reissued in May.")[0]
