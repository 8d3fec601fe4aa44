"""The verdict's clause-heading share counts the headings inside a numbered clause heading's section.

Seen on the real corpus (issue 8, session 22 levers26): a supplier security policy (agreed mirrored) walks
ISO/IEC 27001's supplier controls as "## 3. Supplier Relationships & Classification (A 5.19)", "## 4. Contractual
Security Requirements (A 5.20)" ..., each opened into its points as "### 3.1 Supplier Types & Risk Assessment",
"### 3.2 Evaluation & Selection"; an ISO 9001 production template does the same under "## Controlled Conditions
(8.5.1)". Only the cited headings counted, 6 of 34 and 10 of 34, so the share read like a procedure's with one
clause heading, and both were called mixed. The points are the clause's part of the outline: they count in the
share (not in the number of clause headings). A heading that names a clause by its title alone ("Access Control")
opens no such section, nor does the document's title.
"""
from __future__ import annotations

from gapscan.nlp.mirroring import analyze

SUPPLIER_POLICY = """# Supplier Security Policy

## 1. Purpose & Scope

How we choose, contract and watch the suppliers who touch our data.

## 2. Supplier Relationships & Classification (A 5.19)

### 2.1 Supplier Types & Risk Assessment

Suppliers shall be classified by the information they handle and the risk they carry.

### 2.2 Evaluation & Selection

Suppliers shall be evaluated against security criteria before selection.

## 3. Contractual Security Requirements (A 5.20)

### 3.1 Information & Handling

Agreements shall state the information shared and how it is protected.

### 3.2 Termination Clauses

Agreements shall state how information is returned or destroyed at the end.

## 4. Review

The policy is reviewed every year.
"""

TOPICS_POLICY = """# Information Security Policy

## 1. Purpose

The rules everyone here follows.

## 2. Access Control

### 2.1 Joiners

Accounts are opened from the HR ticket on the start date.

### 2.2 Leavers

Accounts are closed on the last working day.

## 3. Review

The policy is reviewed every year.
"""

CLAUSE_TITLED = """# Internal Audit (9.2)

## Planning

The audit lead books each department once a year.

## Reporting

Findings go to the quality manager within five days.
"""


def _share(make, name, text, standard):
    a = analyze(make(name, text), standard, use_model=False)
    return a, a.features["clause_heading_share"]


def test_points_inside_a_cited_clause_heading_count_in_the_share(make):
    a, share = _share(make, "supplier-security-policy.md", SUPPLIER_POLICY, "iso27001")
    # 9 headings with the title: 2 cited clause headings and the 4 points inside their sections count
    assert a.headings == 9, a.headings
    assert share == 6 / 9  # was 2 / 9: the cited headings alone
    assert a.verdict_nested == 4
    # the number of clause headings is still the cited ones
    counted = a.clause_headings if a.verdict_headings is None else a.verdict_headings
    assert sorted(m.clause for m in counted) == ["A.5.19", "A.5.20"]


def test_a_heading_named_by_title_alone_opens_no_section(make):
    a, _ = _share(make, "information-security-policy.md", TOPICS_POLICY, "iso27001")
    assert a.verdict_nested == 0


def test_the_title_keyed_to_a_clause_opens_no_section(make):
    a, _ = _share(make, "internal-audit.md", CLAUSE_TITLED, "iso9001")
    assert a.verdict_nested == 0
