"""A childminder's policy binder (avengerpenguin/karlieschildminding, policies/*.pdf, in sample): its cover page
'Policies & Procedures' (a PDF of one short line) was a procedure by the word in its file name, and its declaration
('I confirm that I have read all of the following policies:' over sixteen policy names, then Child's Name, Parent's
Name, Signature, Date) was an index of documents. A cover page names what is filed behind it; a declaration is a
form its signer fills in."""
from __future__ import annotations

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

from classify_helpers import assert_kind

POLICIES = ["Safeguarding", "Complaints", "Behaviour Management", "Partnership With Parents", "Equal Opportunities",
            "Accidents & Incident", "Illness & Sickness", "Medication", "Health & Safety", "Risk Assessment",
            "Fire Safety", "Healthy Eating", "Uncollected Child", "Lost Child", "Visitors"]
OPENING = "# Declaration\n\nI confirm that I have read all of the following policies:\n\n" + "".join(
    f"- {p} Policy;\n" for p in POLICIES) + "\nand that I agree to the procedures discussed therein.\n\n"


def test_a_cover_page_of_one_short_line_is_no_procedure(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "policies-title.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("Helvetica-Bold", 36)
    c.drawString(120, 500, "Policies & Procedures")
    c.save()
    doc = classify(parse_file(path, path.name))
    assert doc.kind is Kind.OTHER, doc.kind_reason
    assert "nothing below its title" in doc.kind_reason


def test_a_declaration_to_sign_is_a_form_not_an_index(tmp_path):
    assert_kind(tmp_path, "declaration.md", OPENING + "Child's Name\n\nParent's Name\n\nSignature\n\nDate\n",
                Kind.FORM, "a declaration to sign")


def test_a_declaration_signed_in_a_table_is_a_form(tmp_path):
    assert_kind(tmp_path, "declaration.md", OPENING + "| Child's Name | Parent's Name | Signature | Date |\n"
                "|---|---|---|---|\n| | | | |\n", Kind.FORM, "a declaration to sign")


def test_a_list_of_policies_with_no_place_to_sign_is_still_an_index(tmp_path):
    assert_kind(tmp_path, "policies.md", OPENING.replace("Declaration", "Our policies"), Kind.OTHER, "an index")
