"""A crosswalk of a standard's controls to the documents that cover them is no procedure (session 23, kinds23).

Held out (kinds23, nutthakorn7/SOC-Standard-Operating-Procedures 07_Compliance_Privacy): "ISO 27001 Controls Mapping
for SOC Operations", "NIST Cybersecurity Framework 2.0 - SOC Mapping" and "Compliance Mapping" pair each Annex A
control or CSF category ("A.5.1", "GV.OC") with the SOC documents that cover it; a "Purpose" heading, "Related
Documents" and "Use this document to demonstrate compliance during audits" made them procedures. The regression
set iam's nist-csf-soc2-crosswalk.md was one too. A reader knows them by their tables: where each requirement is met,
not how the work is done. The text below is written for the test.
"""
from __future__ import annotations

from pathlib import Path

from gapscan.model import Kind

from classify_helpers import assert_kind, kind_of

ROWS = [("A.5.1", "Policies for information security", "Security policy"),
        ("A.5.2", "Information security roles", "Team structure"),
        ("A.5.15", "Access control", "Access control standard"),
        ("A.5.24", "Incident management planning", "Incident response plan"),
        ("A.5.26", "Response to incidents", "Incident playbooks"),
        ("A.8.15", "Logging", "Log source matrix"),
        ("A.8.16", "Monitoring activities", "Monitoring runbook")]


def _mapping(title: str) -> str:
    table = "\n".join(f"| {c} | {t} | Full | [{d}]({d.lower().replace(' ', '-')}.md) |" for c, t, d in ROWS)
    return f"""# {title}

## Purpose

Use this document to show auditors where each control is met. Review it when a new document is issued.

| Control | Title | Coverage | Document |
|:---|:---|:---|:---|
{table}

## Related Documents

- [Statement of Applicability](soa.md)
- [Risk register](risk-register.md)
"""


def test_a_controls_mapping_is_a_crosswalk(tmp_path: Path):
    assert_kind(tmp_path, "compliance/ISO27001_Controls_Mapping.md", _mapping("ISO 27001 Controls Mapping"),
                Kind.OTHER, "a crosswalk: 7 of 7 table rows pair a control or clause ('A.5.1', 'A.5.2', 'A.5.15', …)")


def test_a_procedure_named_for_its_mapping_stays_a_procedure(tmp_path: Path):
    # "Procedure" in its name says what it is: the same table there lists the controls the procedure serves
    kind, why = kind_of(tmp_path, "compliance/data-mapping-procedure.md", _mapping("Data Mapping Procedure"))
    assert kind is Kind.PROCEDURE, why
    assert "crosswalk" not in why


def test_a_page_of_controls_not_named_a_mapping_is_read_as_before(tmp_path: Path):
    kind, why = kind_of(tmp_path, "compliance/control-coverage.md", _mapping("Control Coverage"))
    assert "crosswalk" not in why, why
