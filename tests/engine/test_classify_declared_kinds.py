"""A controlled document whose header says what type of document it is ("Controlled Document - Form", "Document
type: Log") is that type, whatever sections its description of itself has.

The shape on a produce grower's PrimusGFS manual (drhold15, classify16): every controlled document shares one
layout, "1. Purpose", then "2. Fields / Columns" (a form's fields, listed) or the SOP's own sections, then
"3. Instructions"; the header line under the title names the document's type (SOP, Form, Log, Checklist, Record,
Reference). The templates' few instructions ("Open within 24 hours", "Attach supporting evidence") and the shared
note that every controlled document "must be reviewed at least annually" made them procedures, and CM05 fired on
each. An SOP of the same layout keeps its kind, and so does a form type declared over a filled log.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind as _kind, kind_of


def page(title: str, declared: str, middle: str) -> str:
    return f"""# RIVERSIDE GROWERS

#### Food Safety & Quality Program

## {title}

#### {declared}

| Document No. | 1.07-XY-01 |
|---|---|
| Revision | 1 |

This controlled document is maintained under the Riverside Growers food safety system. It must be reviewed at
least annually, after any deviation or when the process changes.

# 1. Purpose

{middle}

# 3. Instructions

- Open the report within 24 hours of finding the problem.
- Attach the evidence (photos, lab results).
- Cross-reference the entry number of the corrective action log.
"""


FIELDS = """Single-page report used to document one nonconformance through to its closure.

# 2. Fields / Columns

- Report number and date opened
- Source (audit, complaint, inspection)
- Description of the nonconformance
- Root cause
- Corrective action, owner, due date
- Closure signature
"""

SOP = """Describe how nonconformances are found, recorded and closed.

# 2. Scope

All packing and field operations of the company.

# 3. Responsibilities

The quality manager shall review each report within 5 days. Supervisors must raise a report for every
nonconformance they see.

# 4. Procedure

1. Record the nonconformance on the report form.
2. Segregate the affected product.
3. Find the root cause with the 5 Whys.
4. Verify that the corrective action worked after 30 days.
"""


def test_a_form_declared_in_its_header_is_a_form(tmp_path):
    k, why = kind_of(tmp_path, "fsdocs/1.03.03-01R.md",
                     page("CAPA REPORT TEMPLATE", "Controlled Document - Form - Module 1 FSMS", FIELDS))
    assert k is Kind.FORM, why
    assert "Form" in why


def test_a_blank_log_declared_in_its_header_is_a_form(tmp_path):
    assert _kind(tmp_path, "fsdocs/1.07-TRR-01-RIL.md",
                 page("RECALL INVENTORY LOG", "Controlled Document - Log - Module 1 FSMS", FIELDS)) is Kind.FORM


def test_a_reference_declared_in_its_header_is_other(tmp_path):
    assert _kind(tmp_path, "fsdocs/1.08.01-RE.md",
                 page("ACRONYM GLOSSARY", "Controlled Document - Reference - Module 1 FSMS",
                      "Glossary of the acronyms used in the programs.")) is Kind.OTHER


def test_a_document_type_label_row_counts_too(tmp_path):
    text = page("RECALL CONTACT SHEET", "Food safety", FIELDS).replace("| Revision | 1 |", "| Document type | Form |")
    assert _kind(tmp_path, "fsdocs/1.07-TRR-01-MED.md", text) is Kind.FORM


def test_an_sop_of_the_same_layout_keeps_its_kind(tmp_path):
    assert _kind(tmp_path, "fsdocs/1.03.03.md",
                 page("CORRECTIVE ACTION", "Controlled Document - SOP - Module 1 FSMS", SOP)) is Kind.PROCEDURE


def test_an_undeclared_type_is_read_as_before(tmp_path):
    # "Assessment" is no type this reads: the assessment procedure of the same layout stays a procedure
    assert _kind(tmp_path, "fsdocs/1.08-01R-FDA.md",
                 page("FOOD DEFENSE ASSESSMENT", "Controlled Document - Assessment - Module 1 FSMS", SOP)) \
        is Kind.PROCEDURE


def test_a_filled_log_declared_a_log_stays_a_record(tmp_path):
    rows = "\n".join(f"| 2026-0{m}-1{d} | Lot {m}{d} | Cooler {d} | J. Smith |" for m in range(1, 7) for d in range(3))
    text = page("COOLER TEMPERATURE LOG", "Controlled Document - Log - Module 2", "Daily cooler checks.") + \
        "\n| Date | Lot | Location | Checked by |\n|---|---|---|---|\n" + rows + "\n"
    assert _kind(tmp_path, "fsdocs/2.6.01-R.md", text) is Kind.RECORD
