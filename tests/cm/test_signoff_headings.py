"""A manual's revision log, approval block and sign-off are no sections of the procedure: their headings are not
counted among the headings a clause-heading share or an order run is taken over (SCORING.md, round 22). Counted, a
clause-by-clause manual with a "Revision History" and an "Approval" table looked less clause-structured than the
same manual without them."""
from __future__ import annotations

from gapscan.nlp.mirroring import SIGNOFF_HEADING, analyze

MANUAL = """\
# Quality Manual

## 4.1 Understanding the organization and its context
The organization shall determine external and internal issues that are relevant to its purpose.

## 7.5 Documented information
The organization shall control the documented information required by the quality management system.

## 8.4 Control of externally provided processes, products and services
The organization shall ensure that externally provided processes conform to requirements.

## 9.2 Internal audit
The organization shall conduct internal audits at planned intervals.
"""

PAPERWORK = """
## Revision History

| Version | Date | Author | Description |
|---|---|---|---|
| 1.0 | 2024-01-10 | J. Smith | First issue |
| 1.1 | 2024-06-02 | J. Smith | Clause 8.4 reworded |

## Approval

| Name | Role | Signature | Date |
|---|---|---|---|
| A. Jones | Managing Director | | 2024-06-03 |
"""


def test_signoff_headings_do_not_dilute_the_clause_headings(make):
    plain = analyze(make("manual.md", MANUAL), use_model=False)
    signed = analyze(make("manual-signed.md", MANUAL + PAPERWORK), use_model=False)
    assert len(signed.clause_headings) == len(plain.clause_headings) == 4
    assert signed.headings == plain.headings == 5, (signed.headings, plain.headings)
    for feature in ("clause_heading_share", "order_share"):
        assert signed.features[feature] == plain.features[feature], feature


def test_which_headings_are_paperwork():
    for text in ("Revision History", "12. Revision History", "REVISION AND APPROVAL HISTORY", "Approved By :",
                 "Document Change Approvals", "Version History", "Change Log", "History", "Sign-off", "Version 1.0",
                 "Distribution List"):
        assert SIGNOFF_HEADING.match(text), text
    # a document-control procedure's subject, a policy's review section and an approval workflow are content
    for text in ("Document Control", "Review", "4.2 Review", "Approval Process", "Change Management",
                 "7.5 Documented information", "Management Review", "Version Control"):
        assert not SIGNOFF_HEADING.match(text), text
