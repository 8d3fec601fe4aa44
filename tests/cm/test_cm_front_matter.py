"""A document's control block is not its content: a revision history or metadata block names roles, dates and
approvals that administer the document, not the work. It is not scored; the same procedure without it scores
the same."""
from __future__ import annotations

from cm_helpers import procedure
from gapscan.nlp.mirroring import analyze

BODY = """
## 4.1 Context of the organisation

The organisation shall determine external and internal issues relevant to its purpose.

## 6.1 Actions to address risks and opportunities

The organisation shall plan actions to address risks and opportunities.

## 7.5 Documented information

Documented information shall be controlled to ensure it is available where needed.

## 9.2 Internal audit

The organisation shall conduct internal audits at planned intervals.
"""

FRONT = """
| Field | Value |
|---|---|
| Document owner | Quality Manager |
| Approved by | Managing Director |
| Issue date | 2025-03-01 |

| Version | Date | Author | Changes |
|---|---|---|---|
| 1.0 | 2025-03-01 | Quality Manager | First issue approved by the Managing Director |
| 1.1 | 2025-09-12 | QA Engineer | Supplier section rejected and rewritten by the Operations Manager |

"""


def test_control_block_is_not_scored(tmp_path):
    plain = analyze(procedure(tmp_path, "plain.md", "# Quality Manual\n" + BODY), "iso9001")
    fronted = analyze(procedure(tmp_path, "fronted.md", "# Quality Manual\n" + FRONT + BODY), "iso9001")
    assert plain is not None and fronted is not None
    # the control block adds no roles, dates or decisions, and no words
    assert [m.clause for m in fronted.clause_headings] == [m.clause for m in plain.clause_headings]
    assert fronted.headings == plain.headings == 5
    assert fronted.words == plain.words
    # nor is it a clause cross-reference: a column of versions is not a column of clause numbers
    assert fronted.cross_references == plain.cross_references == 0
    assert dict(fronted.anchors) == dict(plain.anchors)
    assert fronted.verdict == plain.verdict


def test_a_table_of_versions_the_procedure_itself_sets_is_content(tmp_path):
    # a document-control procedure's own rules about versions are its work, and so is its register of
    # documents; a column of versions ("1.0", "0.1", "2.0") is not a column of clause numbers
    text = """
    # Document Control Procedure

    The Quality Manager approves every change before release.

    | Change type | Version increment | Example |
    |---|---|---|
    | Major revision | 1.0 | 1.0 to 2.0, approved by the Managing Director |
    | Minor revision | 0.1 | 1.0 to 1.1, approved by the Quality Manager |

    | Doc ID | Title | Version | Owner | Date |
    |---|---|---|---|---|
    | QP-01 | Control of documents | 2.0 | Quality Manager | 2025-03-01 |
    | QP-02 | Internal audit | 1.1 | QA Engineer | 2025-04-11 |
    """
    doc = analyze(procedure(tmp_path, "qp-01.md", text))
    # the roles in the rows are counted: the sentence names one, the rows three more (a row that names only the
    # Quality Manager, a generic role, beside nothing of the organisation's own is template filler: see
    # test_cm_own_anchors)
    assert doc is not None and doc.anchors["role"] == 4, doc.anchor_examples["role"]
    assert doc.anchor_examples["role"] == ("Quality Manager", "Managing Director", "Engineer")
    assert doc.cross_references == 0


# A sign-off block ("Prepared by / Reviewed by / Approved by", each a table of names, posts and dates) and a
# metadata block labelled "Document No." / "Revision No." / "Organization Name" are the same administration.
SIGN_OFF = """
| Document Title | Quality Manual |
|---|---|
| Organization Name | Harrow Labs |
| Document No. | QM-01 |
| Revision No. | 0.9 |
| Effective Date | 12 April 2021 |
| Classification | Internal |

| Name | Designation | Date |
|---|---|---|
| Wayne Smith | Technical Leader | 12 Apr 2021 |
| Wayne Smith | Technical Leader | 25 Apr 2022 |

| Role | Name | Signature | Date |
|---|---|---|---|
| Chief Executive Officer | Ann Lee | [Signed] | 2025-03-01 |
| Information Security Manager | Tom Briggs | [Signed] | 2025-03-01 |

"""


def test_sign_off_and_numbered_metadata_blocks_are_not_scored(tmp_path):
    plain = analyze(procedure(tmp_path, "plain.md", "# Quality Manual\n" + BODY), "iso9001")
    signed = analyze(procedure(tmp_path, "signed.md", "# Quality Manual\n" + SIGN_OFF + BODY), "iso9001")
    assert plain is not None and signed is not None
    # no words, roles or dates from the blocks: "Technical Leader" and "Chief Executive Officer" administer the
    # document; they are not roles in its work
    assert signed.words == plain.words
    assert dict(signed.anchors) == dict(plain.anchors)
    assert signed.system_words == plain.system_words
    assert signed.features == plain.features
    assert signed.verdict == plain.verdict


def test_a_table_of_who_does_what_is_content(tmp_path):
    # a responsibilities table names people and posts too, but its columns say what they do: it is the work
    text = """
    # Calibration Procedure

    | Name | Role | Responsibility |
    |---|---|---|
    | Ann Lee | Metrology Technician | Calibrates the torque wrenches every 6 months |
    | Tom Briggs | Quality Manager | Approves the calibration certificates |
    """
    doc = analyze(procedure(tmp_path, "cal.md", text))
    assert doc is not None and doc.words > 20 and doc.anchors["role"] >= 1
