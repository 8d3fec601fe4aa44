"""SH03: 'findings' and 'templates' that are what the organisation makes are not paperwork talk.

A review of a project that analyses software writes about its "analysis findings" and its report templates;
a factory's review writes about audit findings and form templates. The same words are paperwork only where
the review uses them in that sense.
"""
from gapscan.model import Kind
from gapscan.nlp.review import classify_sentences, classify_text
from recbuild import text_doc


def _groups(paragraphs):
    doc = text_doc("mr/review.md", paragraphs, kind=Kind.REVIEW)
    return {s.text: s.group for s in classify_sentences(doc)}


def test_findings_of_the_work_are_not_audit_findings():
    got = _groups(["Conduct peer review of the analysis findings.",
                   "All findings have source metadata.",
                   "Reports are generated from the findings."])
    assert set(got.values()) == {None}, got


def test_findings_are_audit_findings_where_the_review_says_so():
    got = _groups(["The surveillance audit raised two findings.",
                   "All findings are closed.",
                   "Findings of the internal audit were discussed."])
    assert set(got.values()) == {"paperwork"}, got
    # with no other sense given, a review's findings are an audit's
    assert _groups(["All findings are closed."]) == {"All findings are closed.": "paperwork"}
    assert classify_text("Three findings remain open.")[1] == "paperwork"


def test_a_product_template_is_not_document_status():
    assert classify_text("Jinja templating system implemented.")[1] is None
    assert classify_text("Template rendering issues: 0 issues.")[1] is None


def test_a_template_beside_document_control_is_document_status():
    assert classify_text("The form templates were updated to revision 3.")[1] == "paperwork"
    assert classify_text("The template for the procedure was approved.")[1] == "paperwork"
    assert classify_text("Templates on the shared drive are the controlled versions.")[1] == "paperwork"
    assert classify_text("WI-03 and WI-07 will move to the new template.")[1] == "paperwork"
    assert classify_text("Re-issue the cleaning plan on the new template.")[1] == "paperwork"
