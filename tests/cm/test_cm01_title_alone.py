"""CM01 and the verdict's heading features: in a document numbered in its own outline, a heading names a clause only
when its words would name it without the number; a "Document Information" block is the document's paperwork.

Seen on the real corpus (issue 8, session 21 levers24): an audit SOP numbered 1-14 in its own outline ("7. Procedure",
"7.5 Audit Finding Documentation") had 7.5 read as ISO 14001 clause 7.5 'Documented information' at 95: the number
agreed, and the title's similarity came from "documentation" alone inside a longer heading (partial ratio). Four
ISMS and safety documents open with a "Document Information" table (title, owner, version), which the fuzzy title
test read as 7.5 'Documented information' at 95.2.
"""
from __future__ import annotations

from gapscan.nlp.mirroring import SIGNOFF_HEADING, analyze
from gapscan.rules.cm import CM01

from cm_helpers import run

AUDIT_SOP = """# SOP-12: Site Audit Procedure

## 1. Purpose

How the quality team audits a branch office.

## 2. Scope

All twelve branches.

## 3. Responsibilities

The Audit Lead plans the visits; the branch manager hosts them.

## 7. Procedure

### 7.1 Audit Planning

The Audit Lead books each branch twice a year in the audit calendar.

### 7.5 Audit Finding Documentation

Each finding goes on form QF-31 with a photo, signed by the branch manager the same day.

### 7.6 Closing Meeting

Findings are read out before the auditor leaves.
"""


def test_an_own_outline_number_with_a_title_sharing_one_word_is_not_a_clause(make):
    doc = make("site-audit.md", AUDIT_SOP)
    a = analyze(doc, "iso14001", use_model=False)
    found = run(CM01, doc, standard="iso14001")
    assert "7.5 Audit Finding Documentation" not in " | ".join(f.message for f in found)
    counted = a.clause_headings if a.verdict_headings is None else a.verdict_headings
    assert not [m for m in counted if m.clause == "7.5"], counted


MANUAL = """# Environmental Manual

## 1 Scope

The plant in Leeds.

## 2 Normative references

ISO 14001:2015.

## 7.5 Documented information

The organization shall maintain documented information required by the standard.

## 9.2 Internal audit

The organization shall conduct internal audits at planned intervals.
"""


def test_a_numbered_heading_whose_words_name_the_clause_still_counts(make):
    # the same outline check, on a manual whose headings name their clauses in words as well as numbers
    a = analyze(make("manual.md", MANUAL), "iso14001", use_model=False)
    counted = a.clause_headings if a.verdict_headings is None else a.verdict_headings
    assert {m.clause for m in counted} >= {"7.5", "9.2"}, counted


INFO = """# Risk Assessment Methodology

## Document Information

| Attribute | Details |
|---|---|
| Document Title | Risk Assessment Methodology |
| Owner | Head of Security |
| Version | 1.2 |

## Risk Scoring

Each risk is scored 1-5 for likelihood and impact in the risk register, and anything over 15 goes to the CTO.
"""


def test_a_document_information_table_is_not_clause_7_5(make):
    a = analyze(make("risk-method.md", INFO), "iso27001", use_model=False)
    assert not [m for m in a.clause_headings if m.clause == "7.5"], a.clause_headings
    assert a.headings == 2, a.headings  # the title and "Risk Scoring"; the paperwork's heading is not one


def test_which_headings_are_document_information():
    for text in ("Document Information", "## Document Details".lstrip("# "), "Document Metadata", "1. Document Properties"):
        assert SIGNOFF_HEADING.match(text), text
    for text in ("Documented information", "7.5 Documented Information", "Information Classification"):
        assert not SIGNOFF_HEADING.match(text), text
