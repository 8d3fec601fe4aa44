"""SH03: one reading of a document named by a bare word (policy, procedure, document, template).

Such a word is document control only where the sentence also speaks of the document's control: its state or
what is done to it (revised, due, reviewed, approved, controlled ...), its code (QP-07) or its issue. review.py
read 'template' with one list of words (document kinds: form, record, report ...) and 'policy' with another
(states, and 'issue' as in 'issued'), so a template's review falling due was not document talk and a policy
beside the problems ('issues') members raise was.
"""
from gapscan.nlp.review import classify_text


def test_a_template_falling_due_for_review_is_document_control():
    # before: None (the template's words were document kinds only)
    assert classify_text("The annual template review is due in the first quarter.")[1] == "paperwork"
    assert classify_text("The notification templates were drafted and approved.")[1] == "paperwork"


def test_problems_beside_a_policy_are_not_its_issue():
    # before: "paperwork" ('issues' read as a document's issue)
    assert classify_text("Members raised issues about what the parking policy should cover.")[1] is None
    assert classify_text("The storage policy was issued to all members.")[1] == "paperwork"
    assert classify_text("Re-issue the cleaning procedure.")[1] == "paperwork"


def test_a_code_or_a_state_word_reads_the_same_for_every_bare_word():
    for word in ("policy", "procedure", "document", "template"):
        assert classify_text(f"The {word} was revised after the audit of QP-07.")[1] == "paperwork", word
        assert classify_text(f"The {word} covers visitors to the workshop.")[1] is None, word
