"""The verdict's heading features read the clause headings CM01 counts (SCORING.md, round 25).

Seen in the grown real corpus (issue 8): a roofing contractor's generated SOPs numbered in their own outline
("1. Purpose / 2. Scope / ... / 7. Procedure / 7.1 ... 7.11 / 11. Documentation") had "11. Documentation" read as
ISO 9001 clause 7.5 by its one word, and a change-management policy numbered "4 Policy / 4.1.12 Documentation /
5 Roles and Responsibilities" had those three read as clauses 5.2, 7.5 and 5.3. CM01 already left such headings
out (a section number of the document's own outline with no agreeing title, stock sections, the document's own
subject); the verdict's features counted them as clause headings all the same. A manual numbered like the
standard keeps its clause headings in both. (A subsection whose title also agrees with the clause, "7.5 Audit
Finding Documentation" at similarity 95 to 'Documented information', still counts in both.)
"""
from __future__ import annotations

from gapscan.nlp.mirroring import analyze
from gapscan.rules.cm import CM01

from cm_helpers import procedure, run

OWN_OUTLINE = """\
# Roof Inspection Procedure

## 1. Purpose
This procedure sets out how our crews inspect a finished roof before the customer walk-through.

## 2. Scope
It covers shingle, tile and metal roofs installed by the Tampa and Orlando crews.

## 3. Responsibilities
The Crew Lead books the inspection in JobTread; the Site Supervisor signs the checklist.

## 7. Procedure

### 7.1 Schedule the inspection
The Crew Lead books the inspection within 2 working days of the last shingle going down.

### 7.2 Walk the roof
Each defect is photographed and logged on form RI-02 with its roof face and a 1-5 severity.

## 9. Roles and Responsibilities
The Site Supervisor owns this procedure; the Office Manager files the forms.

### 9.2 Weather holds
No inspection is walked in winds over 25 mph or on a wet deck.

## 11. Documentation
Completed RI-02 forms are scanned into the job folder in JobTread the same day.
"""

MANUAL = """\
# Quality Manual

## 4 Context of the organization
We make roof trusses in one plant in Ocala.

## 4.1 Understanding the organization and its context
The organization shall determine external and internal issues that are relevant to its purpose.

## 7.5 Documented information
The organization shall control the documented information required by the quality management system.

## 9.2 Internal audit
The organization shall conduct internal audits at planned intervals.
"""


def test_own_outline_headings_are_not_the_verdicts_clause_headings(tmp_path):
    doc = procedure(tmp_path, "SOP-3076 Roof Inspection.md", OWN_OUTLINE)
    a = analyze(doc, use_model=False)
    assert a.clause_headings, "the catalogue still matches the headings (the reading CM01 and reports see)"
    assert not run(CM01, doc), "CM01 does not report them"
    assert a.features["clause_headings"] == 0.0 and a.features["clause_heading_share"] == 0.0
    assert a.verdict_headings == ()


def test_a_manual_numbered_like_the_standard_keeps_its_clause_headings(tmp_path):
    doc = procedure(tmp_path, "Quality Manual.md", MANUAL)
    a = analyze(doc, use_model=False)
    assert len(a.clause_headings) >= 3 and a.verdict_headings is None
    assert a.features["clause_heading_share"] > 0.5
