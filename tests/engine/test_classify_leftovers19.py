"""Kinds that this session's held-out sets got wrong (classify19): a layout word in a name, a plan's task boxes, a
grid of marks, a filled example and a README with a document-control block. Each cause both ways."""
from __future__ import annotations

from classify_helpers import kind_of
from gapscan.model import Kind

ROLES = """# Roles, Responsibilities and Authorities Matrix

The duties and the authority each role holds in the management system.

| Role | Responsibilities | Authorities |
|---|---|---|
| Managing Director | Sets the policy and makes sure resources are there. | Approves the policy. |
| Operations Manager | Makes sure every project follows the procedures. | Approves project plans. |
| Site Supervisor | Runs the daily briefing and checks the work areas. | Stops unsafe work. |
| All workers | Report hazards and incidents at once. | Stop work they believe unsafe. |
"""


def test_a_matrix_of_roles_is_no_record_for_its_name(tmp_path):
    # before: "'matrix' in the file name" made it a record, though nothing in it was entered or dated
    # (a bare table of duties gives no clear signal: other; under a policy's name it is the policy's page)
    kind, why = kind_of(tmp_path, "roles-matrix.md", ROLES)
    assert kind is Kind.OTHER and "matrix" not in why, why
    kind, why = kind_of(tmp_path, "policy-roles-matrix.md", ROLES)
    assert kind is Kind.PROCEDURE, why


def test_a_matrix_of_what_applies_is_still_a_record_by_its_name(tmp_path):
    text = ("# Controls Applicability Matrix\n\nControl | Applicability | Notes\n---|---|---\n"
            "Access control | Applicable | Single sign-on\nBackup | Applicable | Nightly copies\n"
            "Cryptography | Applicable | Keys in a vault\n")
    kind, why = kind_of(tmp_path, "Controls_Applicability_Matrix.md", text)
    assert kind is Kind.RECORD and "matrix" in why.lower(), why


def test_a_training_matrix_is_still_a_record(tmp_path):
    text = ("Employee,Induction,Manual handling,First aid\n"
            "A. Jones,2025-01-10,2025-02-03,\nB. Smith,2025-01-10,,2024-11-20\nC. Patel,2025-03-01,2025-03-04,\n")
    kind, why = kind_of(tmp_path, "training_matrix.csv", text)
    assert kind is Kind.RECORD, why


QUARTERS = ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026", "Q1 2027", "Q2 2027"]
ACTIONS = [("Fire", "Book the fire risk assessment", 0), ("Fire", "Buy two more extinguishers", 1),
           ("Training", "Build the training matrix", 0), ("Training", "Run first aid training", 2),
           ("Waste", "Review the waste contracts", 3), ("Health", "Arrange eye tests", 5)]


def test_a_grid_of_marks_under_quarters_is_filled(tmp_path):
    # before: each row filled 2 of 7 entry cells (its action and one "Y"), so no row counted and the sheet read as
    # "spreadsheet with no filled rows": a blank form
    lines = ["Category,Action," + ",".join(QUARTERS)]
    for category, action, q in ACTIONS:
        lines.append(f"{category},{action}," + ",".join("Y" if i == q else "" for i in range(len(QUARTERS))))
    kind, why = kind_of(tmp_path, "actions.csv", "\n".join(lines) + "\n")
    assert kind is Kind.RECORD and "6 filled rows" in why, why


def test_the_same_grid_with_no_mark_is_still_a_blank_form(tmp_path):
    lines = ["Category,Action," + ",".join(QUARTERS)]
    lines += [f"{c},," + "," * (len(QUARTERS) - 1) for c, _, _ in ACTIONS]
    kind, why = kind_of(tmp_path, "actions.csv", "\n".join(lines) + "\n")
    assert kind is Kind.FORM, why


AREAS = ["Waste water", "Training", "Fire safety", "Contractors", "Health surveillance", "Inspections",
         "Lifting equipment", "Lone working", "Chemical storage", "Driver safety"]


def _plan() -> str:
    parts = ["# Three-Year Health and Safety Strategic Plan", "", "## Where we stand", "",
             "The warehouse and the office run on a basic policy, general risk assessments and emergency "
             "arrangements. Training is tracked informally and nobody on site holds a safety qualification yet.", ""]
    for year in (2026, 2027, 2028):
        parts += [f"## Year {year - 2025}: {year}", "", f"Budget for {year}: set at the spring board meeting.", ""]
        for area in AREAS:
            parts += [f"**{area}:**",
                      f"- Agree with the managers what {area.lower()} work this year covers and what it costs",
                      f"- Settle who leads the {area.lower()} work and how progress is reported each quarter",
                      f"- Compare last year's {area.lower()} results with the targets and record the gaps", ""]
        # a run-in label straight over a heading reads as a field left blank, as in the plan this comes from
        parts += ["**Year-end review:**", "", "### Milestones", ""]
        parts += [f"- [ ] Finish the {area.lower()} work planned for {year}" for area in AREAS]
        parts += [""]
    return "\n".join(parts) + "\n"


def test_a_plans_task_boxes_are_weighed_against_its_prose(tmp_path):
    # before: "checklist with 0 of 30 boxes ticked" (and three labels over headings) made a plan of some 1,300
    # words, a sixth of them on its task lines, a blank form
    kind, why = kind_of(tmp_path, "three-year-strategic-plan.md", _plan())
    assert kind is Kind.OTHER and "plan" in why, why


def test_a_checklist_of_boxes_alone_is_still_a_form(tmp_path):
    text = "# Site inspection checklist\n\n" + "\n".join(
        f"- [ ] {item}" for item in ("Fire exits clear and signed", "Extinguishers in date", "First aid box full",
                                      "Walkways free of stock", "Racking undamaged", "Spill kit stocked",
                                      "Ladders tagged", "Lighting working")) + "\n"
    kind, why = kind_of(tmp_path, "site-inspection-plan.md", text)
    assert kind is Kind.FORM and "0 of 8 boxes" in why, why


INTAKE = """# Filled Example | Supplier Intake (SI-001)

This is a filled example to show what a complete intake looks like. Replace the details with your own.

## Summary
- Supplier name: Northgate Print Ltd
- Business owner: Office Manager
- Service: Printing of safety signs

## Purpose
- What will we buy?
  - Printed signs for the warehouse and the yard.
- Who checks the delivery?
  - The warehouse lead checks every delivery against the order.

## Checks (tick all that apply)
- [x] Insurance certificate seen
- [ ] Handles personal data
- [x] Quality certificate seen

## Rollout plan
- Trial scope:
  - One order of twenty signs for the yard, delivered to the warehouse door within two weeks of the order.
- Review plan:
  - Check each sign against the drawing before it goes up. Send back any sign with the wrong symbol or colour.
- Owner of the relationship:
  - Office Manager, who keeps the supplier's certificates on file and asks for new ones when they expire.
- Exit plan (1-2 sentences):
  - Stop ordering at once if two deliveries in a row are late or wrong, and move the work to the reserve printer.

## Signoff
- Approved by: Finance Lead
- Security approval: Not needed for this supplier
- Date: 2026-01-09
"""


def test_a_page_saying_it_is_a_filled_example_is_the_record_kept_on_the_form(tmp_path):
    # before: its answers ("Check each sign against the drawing ...", "Stop ordering at once ...") and its "Purpose"
    # heading made it a procedure, above the 'Filled' of its title
    kind, why = kind_of(tmp_path, "examples/supplier_intake_example.md", INTAKE)
    assert kind is Kind.RECORD and "'filled example'" in why, why
    blank = INTAKE.replace("This is a filled example to show what a complete intake looks like.",
                           "This is a template for a supplier intake.")
    kind, why = kind_of(tmp_path, "templates/supplier_intake.md", blank)
    assert kind is Kind.FORM, why


def _readme(files: int) -> str:
    lines = ["# Management System Documentation", "", "**Document Control:**", "- **Document ID:** IMS-INDEX-001",
             "- **Version:** 1.1", "- **Owner:** Quality Manager", "", "## Documentation Structure", ""]
    for i in range(files):
        lines.append(f"- [`Procedure_{i:02d}.md`](./Procedure_{i:02d}.md) - What procedure {i} covers and who uses it")
    lines += ["", "## How to use this documentation", ""]
    lines += [f"- {step}" for step in ("Start with the scope: read what the system covers",
                                       "Review the policy: understand what management commits to",
                                       "Follow the procedures: use them for all the work they cover",
                                       "Keep the documents current: update them when the work changes",
                                       "Check the evidence: review the records the procedures ask for")]
    return "\n".join(lines) + "\n"


def test_a_readme_listing_its_folders_files_is_a_page_introducing_them(tmp_path):
    # before: its "how to use" list read as five imperative steps and its file lines as more: a procedure
    kind, why = kind_of(tmp_path, "docs/README.md", _readme(12))
    assert kind is Kind.OTHER and "12 files" in why, why


def test_a_readme_naming_a_few_files_is_not_called_an_index_for_them(tmp_path):
    kind, why = kind_of(tmp_path, "docs/README.md", _readme(3))
    assert "files with what each holds" not in why, why


def _risk_assessment(note: str) -> str:
    actions = [("A1", "Brief the office staff on what to do if a visitor turns threatening"),
               ("A2", "Write down how abusive phone calls and emails are handled"),
               ("A3", "Set up a check-in call for drivers working alone"),
               ("A4", "Put a notice at the loading bay that abuse of staff is not tolerated"),
               ("A5", "Start a log of every violent or abusive incident")]
    lines = ["# Violence at Work Risk Assessment", "", note, "", "## Document Control", "", "| Field | Detail |",
             "|---|---|", "| Company | *[FILL IN: Company name]* |", "| Assessor | *[FILL IN: Name and role]* |",
             "| Approved by | *[FILL IN: Name and role]* |", "", "## 1. Purpose and Scope", "",
             "This assessment covers every employee and every task, on site and on the road. Managers must "
             "read it with the violence policy. Staff should report every incident, verbal abuse included, "
             "within one working day.", "", "## 2. Hazards and controls", "",
             "Drivers meet customers' staff alone at their sites. Office staff take calls from upset customers. "
             "The warehouse receives drivers from other firms. Each group must know how to leave a situation "
             "safely and who to call. Managers shall review the incident log each quarter.", "",
             "| Group | Number | Lone worker? |", "|---|---|---|", "| Office staff | 4 | Sometimes |",
             "| Drivers | 3 | Yes |", "| Warehouse | 3 | Sometimes |", "",
             "## 3. Action Summary", "", "| Ref | Action | Responsibility | Target Date | Completed |",
             "|---|---|---|---|---|"]
    lines += [f"| {ref} | {action} | *[Manager]* | *[Date]* | |" for ref, action in actions]
    return "\n".join(lines) + "\n"


def test_a_draft_saying_its_blanks_are_completed_before_issue_keeps_its_kind(tmp_path):
    # before: its placeholders ("[FILL IN: Name and role]", "[Manager]", "[Date]") and its empty "Completed"
    # column made the company's own risk assessment, in draft, a blank form
    note = ("> **DRAFT FOR REVIEW**: items marked *[FILL IN]* must be completed before this document is "
            "finalised.")
    kind, why = kind_of(tmp_path, "violence-risk-assessment.md", _risk_assessment(note))
    assert kind is Kind.PROCEDURE and "a draft to be completed" in why, why


def test_the_same_page_without_the_draft_note_is_still_a_form(tmp_path):
    kind, why = kind_of(tmp_path, "violence-risk-assessment.md", _risk_assessment("Fill in one copy per site."))
    assert kind is Kind.FORM, why


def test_a_page_dated_to_the_day_in_a_folder_of_reports_is_a_report(tmp_path):
    # before: glinet's gap analysis lost its form reading to the checklist weighing (classify19) and became a procedure,
    # whose clause headings then read as mirroring: 'report' was looked for in its file name only
    text = ("# Gap analysis against the standard\n\n## Clause 4: Context\n\n- [ ] Define the scope\n"
            "- [ ] List the interested parties\n\n## Clause 5: Leadership\n\nThe team must name an owner for the policy. "
            "Review the objectives each quarter. Record the decisions in the tracker.\n")
    kind, why = kind_of(tmp_path, "docs/reports/gap-analysis-2025-12-12.md", text)
    assert kind is Kind.OTHER and "2025-12-12" in why, why
    kind, why = kind_of(tmp_path, "docs/quality/gap-analysis-2025-12-12.md", text)
    assert kind is not Kind.OTHER, why
