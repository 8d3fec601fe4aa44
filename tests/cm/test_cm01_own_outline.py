"""CM01: a document's own section numbers and closing sections are not the standard's clauses.

Seen on public procedure sets nobody here wrote (cmhold3, held out): an order-management company's Quality
Metrics procedure numbered 1-10 in its own outline had "10.2 Action Triggers" reported as ISO 9001 clause 10.2
'Nonconformity and corrective action' and "10.3 Continuous Improvement" as clause 10.3; an ISMS scope document's
"5.2 Potential Impact of an Information Security Incident" was reported as clause 5.2 'Policy'; its incident and
corrective-action procedures were reported for their closing "Training" and "Continuous Improvement" sections.
Known from session 14: "16.1 Policy" in a policy document escaped the filter for the document's own subject
because of its number. A manual numbered like the standard keeps its clause numbers.
"""
from __future__ import annotations

from gapscan.rules.cm import CM01

from cm_helpers import run


def _messages(found) -> str:
    return " | ".join(f.message for f in found)


POLICY = """# Information Security Policy

## 4 Context of the organization

We run two offices and a cloud platform.

## 6.1 Actions to address risks and opportunities

Risks are scored in the risk register.

## 9.2 Internal audit

The auditor checks one process a month.

## 16.1 Policy

Staff lock their screens when they leave the desk.
"""


def test_a_numbered_heading_that_is_the_documents_subject_is_not_a_clause(make):
    found = run(CM01, make("infosec-policy.md", POLICY))
    assert found, "the three clause headings still fire"
    assert "'16.1 Policy'" not in _messages(found)


METRICS = """# Quality Metrics

## 1. Purpose

How the operations team measures order handling.

## 2. Quality Objectives

On-time delivery of at least 95%, read from the delivery log every week.

## 3. Scope

All orders booked in the order system.

## 4. Customer Service Metrics

Complaints answered within 24 hours by the Customer Service Lead.

## 5. Reporting

The Operations Manager sends the dashboard on the first Monday of the month.

## 8. Metrics by Stage

### 8.5 Production Metrics

Orders packed per hour at each packing bench.

## 10. Review

### 10.1 Monthly Review

The Operations Manager and the Quality Lead go through the dashboard.

### 10.2 Action Triggers

Two weeks under target opens a ticket for the Operations Manager.

### 10.3 Continuous Improvement

Ideas from the review go to the improvement board.
"""


def test_a_documents_own_outline_numbers_are_not_clause_numbers(make):
    # "8.5 ...", "10.2 ..." are this procedure's own sections, numbered from 1 like any document; that the
    # numbers also exist in the standard is an accident unless the titles say so too
    found = run(CM01, make("QUALITY_METRICS.md", METRICS), standard="iso9001")
    assert found == [], _messages(found)


SOP = """# Incident Assessment Procedure

## Purpose

How the on-call engineer grades an alert.

## Risk Assessment

The engineer scores the alert 1-5 on the triage sheet.

## Evidence

Screenshots go into the incident ticket.

## Training

New on-call engineers shadow two shifts.

## Continuous Improvement

The team reviews the triage sheet every quarter.
"""


def test_a_procedures_closing_training_and_improvement_sections_are_not_clauses(make):
    found = run(CM01, make("incident-assessment.md", SOP), standard="iso27001")
    assert found == [], _messages(found)


MANUAL = """# Quality Manual

## 1 Scope

The manual covers the machining shop.

## 2 Normative references

ISO 9001:2015.

## 3 Terms and definitions

As in ISO 9000.

## 4 Context of the organization

The organization determines its issues.

## 5.3 Roles and responsibilities

Top management assigns responsibilities.

## 7.2 Competence

Top management ensures competence.

## 9.2 Internal audit

Audits are held at planned intervals.

## 10.2 Corrective action

Nonconformities are corrected.

## 10.3 Continual improvement

The organization continually improves.
"""


def test_a_manual_numbered_like_the_standard_keeps_its_clause_numbers(make):
    joined = _messages(run(CM01, make("manual.md", MANUAL), standard="iso9001"))
    for heading in ("5.3 Roles and responsibilities", "7.2 Competence", "10.2 Corrective action",
                    "10.3 Continual improvement", "9.2 Internal audit"):
        assert f"'{heading}'" in joined, (heading, joined)


OWN_MANUAL = """# Quality Management System Manual

## 1. Introduction

The plant builds modular homes.

## 2. Scope

Both factory lines.

## 3. Leadership

### 3.2 Quality Objectives

First-pass yield of 95% per line.

## 10. Performance Evaluation

### 10.2 Internal Audits

The Quality Lead audits one process a month.

### 10.3 Management Review

The directors meet every quarter.

### 10.5 Continual Improvement

Improvement ideas go on the board in the break room.
"""


def test_the_standards_own_word_for_improvement_still_counts_in_a_documents_own_outline(make):
    # "Continuous improvement" is a procedure's plain closing section; "Continual improvement" is the standard's
    # own wording (clause 10.3), which a manual uses because it follows the standard
    joined = _messages(run(CM01, make("QMS-Manual-Main.md", OWN_MANUAL), standard="iso9001"))
    assert "'10.5 Continual Improvement'" in joined, joined
