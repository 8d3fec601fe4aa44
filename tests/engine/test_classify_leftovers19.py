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
