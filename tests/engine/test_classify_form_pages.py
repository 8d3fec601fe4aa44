"""A long document with forms on a few of its pages is no form.

Held out (cmhold13, session 23: VCHSRobots/EpicRobotzWebSite, Parent.pdf): a robotics team's parent packet of 41
pages, its attendance rules, meetings and roles on 32 pages and nine pages of permission slips and sign-up sheets at
its end (392 of its 5,957 words on lines with tick boxes, 50 blank fields, a line to sign), was called a form: each
form signal weighed fully, whatever share of the text the forms held. Now a document of FORM_PAGES pages or more whose
blanks, boxes, empty tables and lines to sign stand on pages holding under half its words has its form signals
weighed by that share, as a register's rows in a manual are. The PDFs are drawn for the test.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Kind

RULES = [
    "Every team member must attend two of the three weekly build meetings.",
    "The team was founded in 2009 by two teachers and a parent who worked as an engineer.",
    "A member who cannot attend shall tell the coach seven days before the meeting.",
    "Our robot won the regional design award in its second season and again last year.",
    "Parents are responsible for driving their child home after each meeting.",
    "The workshop is the old metalwork room behind the sports hall, next to the car park.",
    "Members must wear safety glasses in the workshop at all times.",
    "Most of our parts come from a local supplier who sponsors the team each season.",
    "Travel money must be paid to the treasurer before the trip.",
    "The season runs from January to April with three or four competitions a year.",
]
SLIP = [
    "Permission slip",
    "Please return this form to the coach before the first competition.",
    *(f"{field}: ____________________" for field in (
        "Student name", "Grade", "Parent name", "Phone", "Email", "Address", "Doctor", "Doctor phone",
        "Allergies", "Medication", "T-shirt size", "Emergency contact")),
    "By signing this form I allow my child to travel with the team.",
    "Signature ____________________",
    "Date: ____________________",
]


def _packet(path: Path, rule_pages: int) -> Path:
    """`rule_pages` pages of rules, each rule a paragraph of three lines (so that a wider gap parts the paragraphs),
    turned by a rule a page (a line at the same height on most pages is read as the page's furniture), then a page of
    the permission slip, one line a paragraph."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for page in range(rule_pages):
        y = 780
        c.drawString(72, y, f"Section {page + 1}: Team policy")
        for n, rule in enumerate(RULES[page:] + RULES[:page], start=1):
            words = f"Rule {page + 1}.{n}: {rule}".split()
            third = len(words) // 3 + 1
            y -= 30
            for i in range(0, len(words), third):
                c.drawString(72, y, " ".join(words[i:i + third]))
                y -= 14
        c.showPage()
    y = 780
    for line in SLIP:
        c.drawString(72, y, line)
        y -= 36
    c.showPage()
    c.save()
    return path


def _kind(path: Path) -> tuple[Kind, str]:
    doc = classify(parse_file(path, path.name))
    return doc.kind, doc.kind_reason


def test_a_packet_of_rules_ending_in_a_permission_slip_is_no_form(tmp_path: Path):
    got, why = _kind(_packet(tmp_path / "parent-packet.pdf", rule_pages=5))
    assert got is Kind.PROCEDURE, why


def test_a_short_form_with_a_page_of_instructions_is_still_a_form(tmp_path: Path):
    # three pages: under FORM_PAGES, the form signals weigh fully
    got, why = _kind(_packet(tmp_path / "permission.pdf", rule_pages=1))
    assert got is Kind.FORM, why
