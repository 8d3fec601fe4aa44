"""Pages that describe a folder or list what to use, read as procedures or records on real sets (kinds19).

- A README that says it introduces its folder ("This directory contains the templates ...") describes what the
  folder's documents are for: its "Each template should ..." and its numbered "Creating a template" list are about
  the documents filed there, and its title names the folder ("Templates", "Records"), not its own kind. It is a page
  introducing a section even when its steps and obligations outnumber a short procedure's.
- A page named a list of documents, standards or regulations ("List of applicable standards") is an index of what
  applies, under its "Purpose" and "Scope" headings; it tells no one what to do.
- A catalogue of supplies (item, supplier, order code, dated nowhere) is what to order and where: reference data,
  not a record of work done; the same table with a date to each row is a log of orders.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import assert_kind, kind as _kind, kind_of

FOLDER_README = """# Work Instructions

This directory contains the work instructions for operational tasks within the management system.

## Purpose

Work instructions give detailed guidance for specific tasks. They complement the procedures.

## Structure

Each work instruction should:

- Give clear steps for the task
- Name its prerequisites
- Reference the procedures it applies
- Be approved under document control

## Creating work instructions

1. Identify the task that needs guidance.
2. Reference the related procedures.
3. Write the steps in order.
4. Add screenshots where they help.
5. Define who does each step.
6. Follow document control for approval.

## Status

Work instructions must be created as the organisation needs them.
"""


def test_a_readme_introducing_its_folder_with_steps_about_its_documents_is_no_procedure(tmp_path):
    assert_kind(tmp_path, "qms/04_work-instructions/README.md", FOLDER_README, Kind.OTHER, "introduces its folder")


def test_the_same_page_not_introducing_a_folder_is_still_read_by_its_steps(tmp_path):
    text = FOLDER_README.replace("This directory contains the work instructions for operational tasks within the "
                                 "management system.", "Read this before writing a work instruction.")
    assert _kind(tmp_path, "qms/04_work-instructions/README.md", text) is Kind.PROCEDURE
    # and the introducing line outside a README is the page's own words, no folder's
    assert _kind(tmp_path, "qms/work-instruction-writing.md", FOLDER_README) is Kind.PROCEDURE


STANDARDS_LIST = """# List of Applicable Standards

## Purpose

This document identifies the standards and regulations that apply to the products, and supports audits.

## Scope

This list applies to every product in development.

## Standards

| Standard | Title | Applicability |
|---|---|---|
| ISO 13485:2016 | Medical devices quality management | Applicable |
| ISO 14971:2019 | Application of risk management | Applicable |
| IEC 62304:2006 | Software life cycle processes | Applicable |
| IEC 62366-1:2015 | Usability engineering | Applicable |

## Review

The list shall be reviewed when a standard is revised.
"""


def test_a_page_named_a_list_of_standards_is_no_procedure(tmp_path):
    why = assert_kind(tmp_path, "qms/00_index/LIST-OF-APPLICABLE-STANDARDS.md", STANDARDS_LIST, Kind.OTHER)
    assert "list of" in why.lower()


def test_a_procedure_for_keeping_the_list_keeps_its_kind(tmp_path):
    text = STANDARDS_LIST.replace("# List of Applicable Standards", "# Procedure for the list of applicable standards")
    assert _kind(tmp_path, "qms/procedure-applicable-standards.md", text) is Kind.PROCEDURE


def _catalogue(dated: bool) -> str:
    head = "| Date | Description | Supplier | Code |\n| --- | --- | --- | --- |\n" if dated else \
        "| Description | Supplier | Code |\n| --- | --- | --- |\n"
    out = ["# Common supplies\n", "This page lists the supplies we order most and where we get them.\n"]
    items = [("Pipette tips, 200ul, case of 4800", "VWR", "2522624"),
             ("Pipette tips, 1000ul, case of 3072", "VWR", "3012969"),
             ("Conical tubes 50mL, 500/unit", "Genesee", "357543"),
             ("Conical tubes 15mL, 500/unit", "Fisher", "357551"),
             ("Nitrile gloves, medium, 10 boxes", "Fisher", "642736"),
             ("Paper towels, 12 rolls", "Staples", "N126062")]
    for part, section in enumerate(("Pipette tips", "Tubes", "Cleaning")):
        out.append(f"## {section}\n\n" + head + "".join(
            (f"| 2017-0{part + 1}-1{i} " if dated else "") + f"| {d} | {s} | {c} |\n"
            for i, (d, s, c) in enumerate(items[2 * part:2 * part + 2])))
    return "\n".join(out)


def test_a_catalogue_of_supplies_is_no_record(tmp_path):
    k, why = kind_of(tmp_path, "common-supplies.md", _catalogue(dated=False))
    assert k is not Kind.RECORD, why
    assert "catalogue" in why


def test_the_same_rows_each_dated_are_a_log_of_orders(tmp_path):
    assert_kind(tmp_path, "common-supplies.md", _catalogue(dated=True), Kind.RECORD)


NONCONFORMITY_FOLDER = """# Nonconformities and Deviations

**Document ID:** QA-README-03
**Version:** 1.0

## Purpose

This folder documents every registered nonconformity and deviation found in our operations, products and processes.
It supports the corrective action process.

## Scope

Covers all kinds of nonconformity:

- Process deviations
- Compliance gaps
- Customer complaints

## Usage Instructions

1. Create one file per nonconformity from the template.
2. Name the file with the date and a short title.
3. Link the corrective action once it is opened.

Each entry must record its root cause and the action taken.
"""


def test_a_readme_saying_its_folder_documents_or_serves_as_something_introduces_it(tmp_path):
    """Held out (kinds25, nextgenio's quality-system folder): "This folder documents ..." and "This folder serves as
    the reference library ..." open their folders' READMEs as "This folder contains ..." does; they were read as
    procedures by their Purpose/Scope headings and the numbered filing steps."""
    assert_kind(tmp_path, "quality/03_nonconformities/README.md", NONCONFORMITY_FOLDER, Kind.OTHER,
                "introduces its folder")
    serves = NONCONFORMITY_FOLDER.replace("This folder documents every registered nonconformity and deviation found",
                                          "This folder serves as the register of every nonconformity and deviation "
                                          "found")
    assert_kind(tmp_path, "quality/03_nonconformities/README.md", serves, Kind.OTHER, "introduces its folder")
    # the same words opening a procedure that is no README stay the page's own
    assert _kind(tmp_path, "quality/nonconformity-handling.md", NONCONFORMITY_FOLDER) is Kind.PROCEDURE
