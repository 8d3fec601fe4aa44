"""Kinds of real policies whose layout looked like a blank form: a contents page's dot leaders, the document
control block of a template pack, and run-in headings or lead-in sentences that end in a colon."""
from __future__ import annotations

from pathlib import Path

from gapscan.classify import classify
from gapscan.ingest import parse_file
from gapscan.model import Block, BlockType, Document, Kind, Location, Table

POLICY_BODY = """
## Purpose

This policy protects the company's information. Laptops must be encrypted before they leave the office.
Staff must report a lost device to the IT Service Desk within 24 hours.

## Disposal

Disks shall be wiped with the approved tool before disposal. The IT Manager signs the disposal record.
"""


def kind_of(tmp_path: Path, name: str, text: str) -> tuple[Kind, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = classify(parse_file(path, name))
    assert doc.ok, doc.error
    return doc.kind, doc.kind_reason


def test_contents_page_dot_leaders_are_not_blank_fields(tmp_path: Path) -> None:
    # a template pack's policy preview: a long contents page, and a short policy text
    topics = ["Purpose", "Disposing of physical data", "Disk Wipe", "Disposing of Cloud Accounts", "Restrictions",
              "Electronic communication", "Use of technology", "Software Management", "Clear Desk and Screen",
              "Company Responsibilities", "User Responsibilities", "Passwords", "Remote access", "Backups",
              "Encryption", "Mobile devices", "Email", "Social media", "Printing", "Visitors", "Incidents",
              "Exceptions", "Enforcement", "Review", "Training", "Monitoring", "Asset register", "Suppliers",
              "Cloud services", "Definitions"]
    # leaders with and without the page number, as PDF text extraction leaves them
    contents = "\n\n".join(f"{t} {'.' * 40}{n + 3 if n % 3 else ''}" for n, t in enumerate(topics))
    text = f"# Information Security Policy\n\n## Table of Contents\n\n{contents}\n{POLICY_BODY}"
    kind, why = kind_of(tmp_path, "Information Security Policy.md", text)
    assert kind is Kind.PROCEDURE, why
    assert "blank field" not in why


def test_a_page_number_after_dots_is_a_leader_outside_a_contents_page_too(tmp_path: Path) -> None:
    leaders = "\n\n".join(f"Section {n} {'.' * 30} {n + 2}" for n in range(1, 25))
    kind, why = kind_of(tmp_path, "Access Policy.md", f"# Access Policy\n\n{leaders}\n{POLICY_BODY}")
    assert kind is Kind.PROCEDURE, why
    # a real writing line is still a blank field
    form = "# Visitor sign-in\n\nName: ..........\n\nCompany: ..........\n\nHost: ..........\n\nSigned: ______\n"
    kind, why = kind_of(tmp_path, "visitor.md", form)
    assert kind is Kind.FORM and "4 blank fields to fill" in why, why


def test_document_control_block_whose_names_sit_in_the_first_row() -> None:
    # a PDF template's control tables, as pdfplumber gives them: merged cells spread the names over
    # columns, no header row is found (columns A, B, C...), the names sit in the first row and the
    # values are placeholders
    letters = tuple("BCDEFGHIJK")
    revision = Table(header=letters, rows=(("Version", None, None, "Date", None, None, "Author", None, None,
                                            "Summary of Changes"),
                                           (1.0, None, None, "<Date>", None, None, "<Name>, <Designation>", None,
                                            None, None)),
                     row_numbers=(2, 3), location=Location(page=3, line=9))
    approval = Table(header=letters, rows=(("Version", None, None, "Approval Date", None, None, "Approving Authority",
                                            None, None, "Signature"),
                                           (1.0, None, None, "<Date>", None, None, "<Designation>", None, None, None)),
                     row_numbers=(2, 3), location=Location(page=3, line=13))
    text = [("Remote Working", BlockType.HEADING), ("Purpose", BlockType.HEADING),
            ("Remote workers must be approved by their manager.", BlockType.PARAGRAPH),
            ("The contract shall be reviewed at least once a year.", BlockType.PARAGRAPH)]
    blocks = [Block(type=BlockType.TABLE, text="", table=t, location=t.location) for t in (revision, approval)]
    blocks += [Block(type=kind, text=words, level=1 if kind is BlockType.HEADING else None,
                     location=Location(page=4, line=n)) for n, (words, kind) in enumerate(text, start=1)]
    doc = classify(Document(path="Remote Working.pdf", source="/x.pdf", format="pdf",
                            title="Remote Working", blocks=tuple(blocks)))
    assert doc.kind is Kind.PROCEDURE, doc.kind_reason
    assert "with no entries" not in doc.kind_reason


def test_run_in_headings_and_lead_in_sentences_are_not_empty_labels(tmp_path: Path) -> None:
    text = """# Governance Framework

## Decision authority

**Authority Assignment:**

The following roles exercise decision-making authority for the management system:

| Role | Decision scope |
|---|---|
| CISO | Control design and day-to-day implementation |
| CEO | Risk acceptance above the appetite |

**Escalation path:**

| Decision | Escalated to |
|---|---|
| Routine | CISO |
| Risk acceptance | Executive management |

**Exception metrics to review:**

| Metric | Target |
|---|---|
| Open exceptions | Under 5% of controls |

Exceptions are logged in the exception register and reviewed each quarter by the CISO.
The CISO must approve every exception before it takes effect. Risk acceptance above the appetite shall be
signed by the CEO.
"""
    kind, why = kind_of(tmp_path, "governance.md", text)
    assert kind is Kind.PROCEDURE, why
    assert "blank field" not in why
    # labels with nothing after them still wait for a value
    blank = "# Exception request\n\nRequested by:\n\nControl:\n\nReason:\n\nApproved by:\n"
    kind, why = kind_of(tmp_path, "exception-request.md", blank)
    assert kind is Kind.FORM and "4 blank fields to fill" in why, why
