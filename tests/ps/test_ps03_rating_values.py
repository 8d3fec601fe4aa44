"""PS03 and a risk register whose rating column carries a bare header ('Residual') but whose values are
plainly points on a scale ('Moderate (12)', 'High (15) — likelihood unchanged', 'Low (4)'). A held-out
HIPAA programme's traceability workbook had 'moderate' lead a finding from its 'Residual' column: a rating is
how the organisation grades an entry, not what the work is about. The systems the risks are about still
count."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


PROCEDURE = """# Risk Treatment Procedure

## Risk treatment register

The Security Lead records each risk in the risk treatment register with its description, the system
concerned, the treatment chosen, the treatment owner and the residual rating after treatment, and reviews
open treatments every month with the system owners.
"""

RISKS = ["Okta admin accounts without hardware keys", "Terraform state bucket readable by the build runner",
         "Datadog alert on failed backups muted", "Okta group sync failing for leavers",
         "Terraform drift on the production VPC", "Datadog agent missing on new hosts"]
SYSTEMS = ["Okta", "Terraform", "Datadog", "Okta", "Terraform", "Datadog"]
LEVELS = ["Moderate", "High", "Moderate", "Low", "Moderate", "Moderate"]
TAILS = ["", "", " — likelihood unchanged", "", " — accepted by the CISO", ""]


def _register() -> str:
    rows = []
    for i in range(18):
        rows.append(f"R-{i + 1:02d},{RISKS[i % 6]},{SYSTEMS[i % 6]},Add the control and retest,Sam Ortiz,"
                    f"{LEVELS[i % 6]} ({4 + i}){TAILS[i % 6]}")
    header = "Risk ID,Risk,System,Treatment,Treatment Owner,Residual"
    return "\n".join([header, *rows]) + "\n"


def _ps03(root: Path):
    (root / "risk-treatment-procedure.md").write_text(PROCEDURE, encoding="utf-8")
    (root / "risk-treatment-register.csv").write_text(_register(), encoding="utf-8")
    return rule_findings(root, "PS03", '[kinds]\n"risk-treatment-procedure.md" = "procedure"\n'
                                       '"risk-treatment-register.csv" = "record"\n')


def test_a_column_of_ratings_gives_no_terms_whatever_its_header(tmp_path):
    found = _ps03(tmp_path)
    assert len(found) == 1
    message = found[0].message
    # before: "keep talking about 'moderate' (...)"
    for rating in ("'moderate'", "'high'", "'low'"):
        assert rating not in message
    assert "'okta'" in message and "'terraform'" in message and "'datadog'" in message
