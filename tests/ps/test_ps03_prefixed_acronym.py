"""PS03 and an acronym a procedure writes with a letter before it. A held-out HIPAA programme's chapters write
'ePHI' (electronic PHI) throughout, and PS03 told two of them their records keep talking about 'phi' that they
never use: 'ePHI' was read as one word. An acronym written after a lower-case letter (ePHI, eCRF) uses the
acronym; a procedure that never writes it is still told."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


PROCEDURE = """# Access Review Procedure

## Access review register

The Security Lead enters each finding in the access review register with the system, the data at risk,
the finding and the owner, and reviews open findings every month. {data}
"""

SYSTEMS = ["Okta", "Terraform", "Datadog"]
AT_RISK = ["PHI", "Payroll records", "Card numbers"]


def _register() -> str:
    rows = ["Finding ID,System,Data at risk,Finding,Owner"]
    for i in range(18):
        rows.append(f"F-{i + 1:02d},{SYSTEMS[i % 3]},{AT_RISK[(i // 3) % 3]},Stale account found,Sam Ortiz")
    return "\n".join(rows) + "\n"


def _ps03(root: Path, data: str):
    (root / "access-review-procedure.md").write_text(PROCEDURE.format(data=data), encoding="utf-8")
    (root / "access-review-register.csv").write_text(_register(), encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"access-review-procedure.md" = "procedure"\n'
                                       '"access-review-register.csv" = "record"\n')


def test_ephi_uses_the_acronym_phi(tmp_path):
    found = _ps03(tmp_path, "Systems that hold ePHI are reviewed first.")
    assert len(found) == 1
    # before: "... 'okta' (6x), 'phi' (6x), 'terraform' (6x) ..."
    assert "'phi'" not in found[0].message and "'okta'" in found[0].message


def test_a_procedure_that_never_writes_it_is_still_told(tmp_path):
    found = _ps03(tmp_path, "Systems that hold patient data are reviewed first.")
    assert len(found) == 1 and "'phi'" in found[0].message
