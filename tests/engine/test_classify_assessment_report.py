"""An assessment's report is no procedure: its recommendations advise the reader of the report.

Held out, session 20 (a GRC portfolio's docx deliverables): a gap assessment, a NIST CSF assessment, a SOC 2
readiness assessment and a risk assessment report, each "Prepared by" a consultant with an "Executive Summary", were
read as procedures from the imperatives of their "Recommendations" ("Enforce MFA", "Review user access quarterly").
A policy with an "Executive Summary" of its own and sections that only mention findings ("Adverse Findings
Handling") stays a procedure.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.model import Kind

from classify_helpers import kind_of

GAP_REPORT = """# ISO/IEC 27001 Gap Assessment

Prepared by: Ann Auditor

August 2026

## Executive Summary

This gap assessment evaluates the information security controls of Acme Clinics against ISO/IEC 27001.

## Key Findings

### Finding 1 — Access Control

Multi-factor authentication is not enforced on every system.

- Enforce MFA across all systems.
- Review user access quarterly.
- Remove unnecessary administrative privileges.

### Finding 2 — Logging and Monitoring

Logs are not correlated centrally.

- Deploy a SIEM for the production accounts.
- Review security alerts daily.

## Remediation Roadmap

- Implement MFA within 30 days.
- Test backups every quarter.

## Conclusion

Acme Clinics is partly ready for certification.
"""

RISK_REPORT = """# Cybersecurity Risk Assessment Report

Executive Summary

This assessment evaluates the major threats facing Acme Clinics.

## Risk R-001 – Phishing

Likelihood High

### Recommendation

- Enable MFA for all users.
- Conduct quarterly phishing training.

## Risk R-002 – SQL Injection

Likelihood Medium

### Recommendation

- Validate all input on the customer portal.
- Run a web application scan every month.

## Risk R-003 – Backup Failure

Likelihood Low

### Recommendation

- Test restores every quarter.
- Store one copy off site.
"""

POLICY = """# Secure Employment Policy

## Executive Summary

This policy sets how staff are screened, onboarded and offboarded.

## Screening

- HR must verify the identity of every new starter before the first day.
- HR must check references for every role with privileged access.

## Adverse Findings Handling

- The HR Manager must review any adverse finding within 5 working days.

## Non-Compliance Remediation

- Managers must report a breach of this policy to the CISO within 24 hours.
"""


def test_an_assessment_report_is_not_a_procedure(tmp_path: Path) -> None:
    # Before: PROCEDURE from "10 imperative steps" (its recommendations)
    kind, reason = kind_of(tmp_path, "ISO 27001 Gap Assessment.md", GAP_REPORT)
    assert kind is Kind.OTHER, reason
    assert "assessment's report" in reason and "Executive Summary" in reason


def test_a_report_with_one_recommendation_per_risk_is_a_report(tmp_path: Path) -> None:
    kind, reason = kind_of(tmp_path, "Risk Assessment Report.md", RISK_REPORT)
    assert kind is Kind.OTHER, reason


def test_a_policy_with_an_executive_summary_stays_a_procedure(tmp_path: Path) -> None:
    kind, reason = kind_of(tmp_path, "secure-employment-policy.md", POLICY)
    assert kind is Kind.PROCEDURE, reason
