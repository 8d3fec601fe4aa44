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
