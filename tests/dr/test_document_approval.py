"""A document's own control block says who approved it ('Approved by: CEO'); the document-control register handed
over says it too, in its Approver column on the document's row. Before, the claim looked for a record of approvals
and found none ('the linked records hold nothing this claim can be checked against'; CenedrilTeam/iso27001-starter-
kit's templates, in sample). Now the register's row for the document (its title, or its code) decides: the same
role holds, another role drifts. A register with no row for this document (another document of a like name) and
a register with no approver column check nothing.

The block's 'Owner: Business Continuity Lead' above 'Approved by: CEO' was read as the owner approving: a role
followed by 'approved by' is what is approved, not who approves.
"""
from __future__ import annotations

from gapscan.model import ClaimStatus
from gapscan.rules.dr import DR05

PLAN = ("# Business Continuity Plan - Warehouse Operations\n\n> **Document control**  \n> Owner: Business Continuity "
        "Lead  \n> Approved by: CEO  \n> Version: 1.3  \n> Effective date: 2026-02-20\n\n## Scope\n\nThe plan covers "
        "the warehouse sites and the systems they run on.\n")
HEADER = ["Doc ID", "Title", "Type", "Owner", "Approver", "Version", "Effective Date"]


def _register(scan, rows, header=HEADER):
    scan.csv("records/document-control-register.csv", header, rows)


def _approvals(scan):
    scan.write("procedures/bcp.md", PLAN)
    ctx, result = scan.run()
    scan.ctx = ctx
    return {c.text: c for c in result.claims["procedures/bcp.md"] if c.kind == "role"}


OTHERS = [["POL-001", "Information Security Policy", "Policy", "ISO", "CEO", "2.0", "2026-01-15"],
          ["POL-009", "Business Continuity Policy", "Policy", "BCM Lead", "CEO", "1.6", "2026-02-15"],
          ["POL-005", "Access Control Policy", "Policy", "ISO", "IT Operations Lead", "2.0", "2026-01-15"]]


def test_the_owner_in_a_control_block_is_not_read_as_approving(scan):
    _register(scan, OTHERS)
    roles = _approvals(scan)
    assert "CEO (approving): approved" in roles
    assert not any(text.startswith("Business Continuity Lead") for text in roles)


def test_the_registers_row_naming_the_same_approver_holds(scan):
    _register(scan, OTHERS + [["PROC-002", "Business Continuity Plan", "Procedure", "BCM Lead", "CEO", "1.3",
                               "2026-02-20"]])
    check = _approvals(scan)["CEO (approving): approved"]
    assert check.status is ClaimStatus.HOLDS
    assert check.record == "records/document-control-register.csv"
    assert "'Business Continuity Plan'" in check.detail


def test_the_registers_row_naming_another_approver_drifts(scan):
    _register(scan, OTHERS + [["PROC-002", "Business Continuity Plan", "Procedure", "BCM Lead", "COO", "1.3",
                               "2026-02-20"]])
    check = _approvals(scan)["CEO (approving): approved"]
    assert check.status is ClaimStatus.DRIFTED
    (finding,) = DR05.check(scan.ctx)
    assert "COO" in finding.message
    assert finding.evidence[0].path == "records/document-control-register.csv"
    assert finding.evidence[0].location.cell == "E5"


def test_no_row_for_this_document_checks_nothing(scan):
    # the Business Continuity Policy is another document; the register's COO there says nothing of the plan
    _register(scan, [row[:4] + ["COO"] + row[5:] for row in OTHERS])
    assert _approvals(scan)["CEO (approving): approved"].status is ClaimStatus.NOT_CHECKABLE


def test_a_register_without_an_approver_column_checks_nothing(scan):
    _register(scan, [row[:4] + row[5:] for row in OTHERS] + [["PROC-002", "Business Continuity Plan", "Procedure",
                                                              "BCM Lead", "1.3", "2026-02-20"]],
              header=["Doc ID", "Title", "Type", "Owner", "Version", "Effective Date"])
    assert _approvals(scan)["CEO (approving): approved"].status is ClaimStatus.NOT_CHECKABLE
