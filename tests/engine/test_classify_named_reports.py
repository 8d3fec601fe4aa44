"""A page named a report ("... Report") reports work done: a record, whatever sections it opens with (kinds20).

olusolaxakanji/information-security-grc-portfolio business-continuity/business-impact-analysis-report.md (pending
h232, labelled record): "Business Impact Analysis (BIA) Report", its "Purpose", "Scope" and "Scope and
Methodology" sections over tables of results (the processes analysed with their RTO and RPO, the findings and what
they cost). Its procedure-style headings made it a procedure. "Report" was no record name, and a report's "Purpose"
or "Scope" say what the work it reports was for, as they already did for an annual report.
"""
from __future__ import annotations

from gapscan.model import Kind

from classify_helpers import kind_of

RESULTS = """
## Results

| ID | Process | Owner | Criticality | RTO | RPO |
|----|---------|-------|-------------|-----|-----|
| BP-001 | Order intake | Sales Director | Critical | 4 hrs | 15 min |
| BP-002 | Dispatch | Logistics Manager | High | 8 hrs | 1 hr |
| BP-003 | Payroll | Finance Manager | Moderate | 48 hrs | 24 hrs |
"""


def test_an_analysis_report_with_purpose_and_scope_is_a_record(tmp_path):
    text = """# Business Impact Analysis Report

## Purpose

This report gives the results of the impact analysis carried out in May 2024.

## Scope

All twelve business processes at the head office were analysed.

## Methodology

Department heads were interviewed and their answers scored on a five-level scale.
""" + RESULTS
    kind, why = kind_of(tmp_path, "continuity/business-impact-analysis-report.md", text)
    assert kind is Kind.RECORD, why
    assert "procedure-style" not in why


def test_a_reporting_procedure_stays_a_procedure(tmp_path):
    text = """# Incident Reporting Procedure

## Purpose

This procedure sets out how incidents are reported.

## Scope

It applies to every member of staff.

## Steps

1. Report the incident to your supervisor at once.
2. Complete the incident form within 24 hours.
3. The safety manager must review each report within a week.
"""
    kind, why = kind_of(tmp_path, "procedures/incident-reporting-procedure.md", text)
    assert kind is Kind.PROCEDURE, why


def test_a_blank_report_form_stays_a_form(tmp_path):
    text = """# Incident Report Form

Name: ____________________

Date of incident: dd/mm/yyyy

Location: ____________________

Description of what happened: ____________________

Signature: ____________________
"""
    kind, why = kind_of(tmp_path, "forms/incident-report-form.md", text)
    assert kind is Kind.FORM, why


def test_a_title_ending_in_report_over_underscores_reads_the_same_for_its_name_and_its_sections(tmp_path):
    # "Pentest_Findings_Report" ends in the word "Report" (underscores join a name's words): the name makes it a
    # record, and so its "Purpose" and "Scope" are what the test was for, no procedure's sections. The two reads
    # once searched different texts: the name's with underscores as spaces, the sections' without
    text = """# Pentest_Findings_Report

## Purpose

The test looked at the customer portal and its API between 3 and 7 March.

## Scope

The portal, its API and the login service were tested. The mail relay was not.

## Responsibilities

The security lead chose the tester and read the draft.

## Definitions

A finding is a weakness the tester could use.

## Method

The tester scanned the hosts, then tried each weakness by hand.
"""
    kind, why = kind_of(tmp_path, "pentest.md", text)
    assert kind is Kind.RECORD, why
    assert "procedure-style heading" not in why
