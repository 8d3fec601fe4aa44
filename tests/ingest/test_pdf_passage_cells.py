"""A ruled frame that holds a document's whole text in one cell is text, not a form with one value filled in.

Seen held out (cmhold8, session 19) on a GRC portfolio's policies exported from a GRC tool as PDF "Policy Details"
reports: a grid of fields (Name, Owner, Approval rule, Contributors ... several left blank) and, in one cell that
spans the frame, the policy's 700 words. Read as a table cell, the policy was no text at all: four of five
policies were called forms ("tables with 11 rows left blank to fill") and, read as procedures, none of their
sentences was scored. The report below is written for this test.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import BlockType, Kind

FIELDS = [("Name:", "Access Review Policy"), ("Type:", "Policy"), ("Owner:", "Dana Whitfield"),
          ("Parent:", ""), ("Approval rule:", ""), ("Reviewers:", ""), ("Contributors:", ""),
          ("Policy categories:", ""), ("Policy text:", "")]
POLICY = [
    "A. Purpose. This policy sets how access to the payroll system is granted, reviewed and removed.",
    "B. Scope. It applies to every account on the payroll system and its database.",
    "C. Policy. Access shall be granted only on an approved request from the employee's manager.",
    "The IT Security Team shall review every account each quarter and remove access no longer needed.",
    "Access shall be removed on the day an employee leaves or changes role.",
    "D. Roles. The IT Security Team keeps the access register; managers approve each request.",
    "E. Review. This policy is reviewed every year by the Information Security Officer.",
]


def _report(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(60, 800, "Policy Details Report")
    left, mid, right, top, h = 60.0, 200.0, 520.0, 780.0, 18.0
    y = top
    for label, value in FIELDS:  # one ruled row per field: a label cell and a value cell
        c.rect(left, y - h, mid - left, h, stroke=1, fill=0)
        c.rect(mid, y - h, right - mid, h, stroke=1, fill=0)
        c.drawString(left + 4, y - 13, label)
        if value:
            c.drawString(mid + 4, y - 13, value)
        y -= h
    # the policy's text in one cell across the frame, a line at a time
    body = 14.0 * len(POLICY) + 8
    c.rect(left, y - body, right - left, body, stroke=1, fill=0)
    for i, line in enumerate(POLICY):
        c.drawString(left + 4, y - 14 - 14 * i, line)
    y -= body
    c.rect(left, y - h, mid - left, h, stroke=1, fill=0)
    c.rect(mid, y - h, right - mid, h, stroke=1, fill=0)
    c.drawString(left + 4, y - 13, "Published:")
    c.drawString(mid + 4, y - 13, "2024-05-22")
    c.showPage()
    c.save()
    return path


def test_a_cell_holding_the_documents_text_is_read_as_its_text(tmp_path):
    doc = parse_file(_report(tmp_path / "Access Review Policy.pdf"), "Access Review Policy.pdf")
    paragraphs = [b.text for b in doc.blocks if b.type is BlockType.PARAGRAPH]
    assert any("shall review every account each quarter" in p for p in paragraphs), paragraphs
    cells = " ".join(str(v) for t in doc.tables() for r in (t.header, *t.rows) for v in r if v)
    assert "each quarter" not in cells and "Dana Whitfield" in cells  # the fields stay a table
    assert classify(doc).kind is Kind.PROCEDURE, classify(doc).kind_reason


def test_a_short_value_in_a_wide_cell_stays_a_cell(tmp_path):
    doc = parse_file(_report(tmp_path / "Access Review Policy.pdf"), "Access Review Policy.pdf")
    cells = [str(v) for t in doc.tables() for r in (t.header, *t.rows) for v in r if v]
    assert "Access Review Policy" in cells and "2024-05-22" in cells
