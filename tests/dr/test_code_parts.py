"""A form code of several letter parts is read whole (blankfix, December 2026).

Shape from a held-out ISMS kit (pslang cloudfin): "tracked in the Vulnerability Log (VULN-LOG-001)" was read
as LOG-001, the tail of the code, which another document's code ends with as well.
"""
from __future__ import annotations

import datetime as dt

from gapscan.nlp.claims import claims_in_text
from gapscan.rules.dr import DR01


def _codes(text: str) -> list[str]:
    return [c.form_code for c in claims_in_text(text) if c.kind == "form" and c.form_code]


def test_a_code_of_several_parts_is_one_code():
    assert _codes("All vulnerabilities are tracked in the Vulnerability Log (VULN-LOG-001).") == \
        ["VULN-LOG-001", "VULN-LOG-001"]
    assert _codes("Record each leaver on HR-FRM-012 the same day.") == ["HR-FRM-012"]
    # a later part says it is a record even behind a document prefix
    assert _codes("Findings go to ISMS-REC-004.") == ["ISMS-REC-004"]
    assert _codes("Complete form QF-11 for each delivery.") == ["QF-11"]


def test_dr01_does_not_take_another_log_ending_in_the_same_code_for_the_form(scan):
    scan.write("procedures/VULN-01 Vulnerability management.md",
               "# VULN-01 Vulnerability management\n\n"
               "All vulnerabilities are tracked in the Vulnerability Log (VULN-LOG-001).\n")
    scan.csv("forms/VULN-LOG-001 Vulnerability log.csv", ["Vuln ID", "Detected", "Severity", "Owner"], [])
    scan.csv("records/AUD-LOG-001 Audit log.csv", ["Date", "Auditor", "Area"],
             [[dt.date(2025, 3, 3 + i), "AB", "Stores"] for i in range(4)])
    (f,) = scan.findings(DR01)
    assert f.metrics["form"] == "VULN-LOG-001" and f.metrics["filled_instances"] == 0
    assert f.message.startswith("VULN-LOG-001 is required but has no filled instance")
    assert f.metrics["blank_forms"] == ["forms/VULN-LOG-001 Vulnerability log.csv"]
    assert "AUD-LOG-001" not in f.message
