"""A question asks; it states no routine of the set. Seen on drhold27's held-out JJordan1983/grc_portfolio: a vendor
security questionnaire ("3. Do you test your business continuity plan annually? Evidence: test report.") gave the
set three cadence claims of its own (business continuity tests yearly, penetration tests yearly, access reviews
quarterly) and its ten numbered questions a "10 steps" claim. The questions are what a vendor is asked; the set's
own cadence is what it states."""
from __future__ import annotations

from gapscan.ingest import parse_file
from gapscan.nlp.claims import claims_in_text, extract_claims

from .conftest import Scan

QUESTIONNAIRE = """# Vendor Security Questionnaire

Answer Yes/No and provide supporting evidence.

1. Is data encrypted at rest? Evidence: audit summary or config doc.
2. Do you test your business continuity plan annually? Evidence: test report.
3. Do you conduct annual penetration testing? Evidence: report summary.
4. Are access privileges reviewed quarterly? Evidence: review log.
5. Is the vendor form VSQ-01 signed by an officer? Evidence: signed form.
"""


def test_questions_are_no_claims():
    for question in ("Do you test your business continuity plan annually?",
                     "Are access privileges reviewed quarterly?",
                     "Is the Visitor Log reviewed weekly by the Security Manager?",
                     "**Are backups tested monthly?**"):
        assert claims_in_text(question) == (), question
    # the same words stated are claims
    assert [c.kind for c in claims_in_text("Access privileges are reviewed quarterly.")] == ["frequency"]
    # the answer after a question is a sentence of its own and still states something
    kinds = [c.kind for c in claims_in_text("How often are backups tested? Backups are tested monthly.")]
    assert kinds == ["frequency"]


def test_a_statement_before_a_question_still_states():
    # the regression sets: a review that asks a question of each entry, a step whose time limit stands before the
    # question it answers, a log that supports a patient's quoted question
    kinds = [c.kind for c in claims_in_text(
        "The security team reviews the badge access records monthly and asks one question of every entry: "
        "**was there a reason to be in the room?**")]
    assert sorted(kinds) == ["frequency", "role"], kinds
    deadlines = [c.kind for c in claims_in_text("STEP 1: ROOT CAUSE ANALYSIS (within 5 days) \u2753 Why did the "
                                                "nonconformity occur?")]
    assert deadlines == ["deadline"], deadlines
    forms = [c.form_title for c in claims_in_text(
        'The same access log supports a patient\'s question "who has looked at my record?"') if c.kind == "form"]
    assert forms == ["access log"], forms
    # and a question after a label is still a question
    assert claims_in_text("Q3: Do you test your business continuity plan annually?") == ()


def _file_claims(tmp_path, name: str, text: str) -> list:
    """The claims of a file `name` written with `text` and parsed as gapscan reads it."""
    Scan(tmp_path).write(name, text)
    return list(extract_claims(parse_file(tmp_path / name, name)))


def test_a_questionnaire_gives_no_cadence_and_no_steps(tmp_path):
    claims = _file_claims(tmp_path, "vendor_security_questionnaire.md", QUESTIONNAIRE)
    assert [(c.kind, c.text) for c in claims] == []


def test_numbered_steps_with_a_question_among_them_are_still_steps(tmp_path):
    claims = _file_claims(tmp_path, "backup.md", "# Backup restore test\n\n1. Pick a backup from last week.\n2. "
                          "Restore it to the test server.\n3. Does the restored database open? Note the result.\n4. "
                          "Record the test in the log.\n")
    assert [c.kind for c in claims if c.kind == "steps"] == ["steps"]


def test_a_checklist_of_labels_with_questions_in_brackets_is_still_steps(tmp_path):
    claims = _file_claims(tmp_path, "review.md", "# Code review steps\n\n1. Correctness (does it work as "
                          "intended?)\n2. Security (any vulnerabilities?)\n3. Maintainability (is it readable?)\n4. "
                          "Tests added for the change.\n")
    assert [c.kind for c in claims if c.kind == "steps"] == ["steps"]


def test_a_question_inside_a_sentence_is_no_claim_and_what_follows_it_states():
    # session 21's leftover: only a question that ended the sentence was cut; one in brackets before the statement
    # gave the set a quarterly access review it never states
    got = [(c.kind, c.text) for c in claims_in_text(
        "Access review (is it done quarterly?) - the Security Officer reviews access monthly.")]
    assert ("frequency", "the Security Officer reviews access: monthly") in got, got
    assert not any("quarterly" in text for _, text in got), got
    # a '?' inside an address asks nothing
    got = [c.kind for c in claims_in_text(
        "See https://example.com/page?id=3 for the form; the Security Officer reviews access monthly.")]
    assert "frequency" in got, got
