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
    # raven's ISMS README: open actions are tracked in it
    assert _forms("Track open actions in the risk register template and in GitHub issues.") == ["uses the risk register"]
    assert _forms("Open actions go in the risk register template.") == ["uses the risk register"]


def _doc_forms(tmp_path, text: str) -> list[str]:
    from gapscan.ingest import parse_file
    from gapscan.nlp.claims import extract_claims

    path = tmp_path / "README.md"
    path.write_text(text, encoding="utf-8")
    return [c.text for c in extract_claims(parse_file(path, "README.md")) if c.kind == "form"]


def test_a_form_listed_under_a_templates_heading_is_a_blank_the_kit_provides(tmp_path):
    # a held-out IAM portfolio's README: "## Templates ... - JML Evidence Checklist" was read as a claim that a
    # filled JML evidence checklist is kept
    listing = "# Toolkit\n\n## Templates\n\nReusable templates:\n\n- JML Evidence Checklist\n- Visitor Log (blank)\n"
    assert _doc_forms(tmp_path, listing) == []
    kept = "# Toolkit\n\n## Records kept\n\n- JML Evidence Checklist\n- Visitor Log\n"
    assert _doc_forms(tmp_path, kept) == ["uses the jml evidence checklist", "uses the visitor log"]
    told = "# Toolkit\n\n## Templates\n\n- Fill in the visitor log for every guest.\n"
    assert _doc_forms(tmp_path, told) == ["uses the visitor log"]
