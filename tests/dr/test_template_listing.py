"""DR01 and a folder's description that lists the templates it holds. A held-out HIPAA programme's phase README
says "templates/ — HIPAA policy, access recertification, and sanction record templates"; it was read as a claim
that a sanction record is kept, and reported as a form with no filled instance. Naming a form's templates lists
the blanks; a sentence that tells someone to use one ("Use the sanction record template ...") still claims it."""
from __future__ import annotations

from gapscan.nlp.claims import claims_in_text


def _forms(text: str) -> list[str]:
    return [c.text for c in claims_in_text(text) if c.kind == "form"]


def test_a_list_of_templates_claims_no_form():
    assert _forms("templates/ — HIPAA policy, access recertification, and sanction record templates") == []
    assert _forms("The folder holds the incident log and supplier evaluation form templates.") == []
    assert _forms("Blank copies: the visitor log template.") == []


def test_using_a_template_or_the_form_still_claims_it():
    assert _forms("Use the sanction record template to note each sanction.") == ["uses the sanction record"]
    assert _forms("Each sanction is entered in the sanction record.") == ["uses the sanction record"]
    assert _forms("Complete the visitor log template at reception.") == ["uses the visitor log"]
