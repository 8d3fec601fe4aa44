"""A page whose tables list other files of the set, one file to a row, is an index of them, not a log or a procedure.

The shapes from session 16: a delivery's MANIFEST.md ("# | File | Bytes | SHA-256", forty rows) was read as a
record, its sizes and hashes counted as "filled table rows with dates, codes or values", and was then named among
the logs with no dated entries; a policy folder's README and its "Policies Index" list each policy in a row
("01 | Information Security Policy | `01-information-security-policy.md` | Draft | A.5.1"), and their few lines
on what to do next with those policies made them procedures. What tells them: one column names a file in nearly
every row and no row is dated. A register whose rows are dated (an evidence column naming a file beside the date
of the work) stays a record.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of


def _manifest(n: int = 30) -> str:
    rows = "\n".join(f"| {i} | `{i:02d}-section-{i}.md` | {1000 + 37 * i:,} | `{'ab' * 16}{i:04d}` |"
                     for i in range(1, n + 1))
    return f"""# MANIFEST — Phase 03: Supplier Review

| Field | Value |
|---|---|
| Package | phase-03-supplier-review.zip |
| Version | 1.0.0 |
| Generated | 2026-07-15 |
| Total files | {n} |

## File Inventory

| # | File | Bytes | SHA-256 |
|---|---|---|---|
{rows}
"""


def test_a_manifest_of_files_is_no_record(tmp_path):
    kind, why = kind_of(tmp_path, "phase-03/MANIFEST.md", _manifest())
    assert kind is Kind.OTHER, why
    assert "index" in why


def test_an_inventory_titled_manifest_is_no_record_either(tmp_path):
    text = _manifest().replace("# MANIFEST — Phase 03: Supplier Review", "# MANIFEST — Phase 02: Asset Inventory")
    kind, why = kind_of(tmp_path, "phase-02/MANIFEST.md", text)
    assert kind is Kind.OTHER, why


POLICY_NAMES = ["Information Security", "Access Control", "Risk Management", "Incident Management", "Data Protection",
                "Operations Security", "Asset Management", "Business Continuity", "Cryptography", "Supplier Security",
                "Acceptable Use", "Remote Working"]


def _index(title: str, steps: str) -> str:
    rows = "\n".join(f"| {i:02d} | {p} Policy | `{i:02d}-{p.lower().replace(' ', '-')}-policy.md` | Draft | A.5.{i} |"
                     for i, p in enumerate(POLICY_NAMES, start=1))
    return f"""# {title}

## Policies

| # | Policy | File | Status | ISO 27001 Ref |
|---|---|---|---|---|
{rows}

{steps}
"""


NEXT_STEPS = """## Next steps

1. Review each policy with its owner.
2. Replace the placeholders with the company's details.
3. Submit the policies to the managing director for approval.
4. Publish the approved policies on the intranet.
5. Train all staff on the policies that apply to them.
6. Record each employee's acknowledgment.
7. Schedule the annual review of every policy.
8. Keep the superseded versions for three years.

## Document control

All policies must be reviewed at least annually and must be approved before publication.
"""


def test_a_page_named_an_index_whose_tables_list_the_policies_is_an_index(tmp_path):
    kind, why = kind_of(tmp_path, "policies/POLICIES-INDEX.md",
                        _index("Example Ltd - Complete Policies, Forms and Registers Index", NEXT_STEPS))
    assert kind is Kind.OTHER, why


def test_a_folder_readme_listing_its_policies_by_file_is_no_procedure(tmp_path):
    intro = ("## Overview\n\nThis directory contains the company's information security policies. They set the "
             "framework for protecting information.\n\n")
    text = _index("Example Ltd - Information Security Policies", NEXT_STEPS).replace("## Policies", intro + "## Policies")
    kind, why = kind_of(tmp_path, "policies/README.md", text)
    assert kind is Kind.OTHER, why


def test_a_procedure_listing_its_forms_by_file_stays_a_procedure(tmp_path):
    # a procedure's own related-documents table names a few files among its steps: it is still the procedure
    text = """# Document Control Procedure

## Purpose

This procedure sets how controlled documents are written, approved, issued and withdrawn.

## Procedure

1. The author drafts the document on the current template.
2. Submit the draft to the process owner for review.
3. The process owner checks the content and returns comments within five days.
4. Record the approval in the document register.
5. Publish the approved document on the intranet and withdraw the superseded version.
6. Notify the affected staff by email.

## Related documents

| Code | Title | File |
|---|---|---|
| FRM-01 | Document change request | `frm-01-change-request.docx` |
| FRM-02 | Document register | `frm-02-register.xlsx` |
"""
    kind, why = kind_of(tmp_path, "procedures/document-control-procedure.md", text)
    assert kind is Kind.PROCEDURE, why


def test_a_dated_register_naming_evidence_files_stays_a_record(tmp_path):
    rows = "\n".join(f"| 2025-{m:02d}-14 | Monthly backup restore test | Passed | `evidence/restore-2025-{m:02d}.pdf` |"
                     for m in range(1, 13))
    text = f"""# Backup Restore Test Log

| Date | Test | Result | Evidence |
|---|---|---|---|
{rows}
"""
    kind, why = kind_of(tmp_path, "records/backup-restore-log.md", text)
    assert kind is Kind.RECORD, why
