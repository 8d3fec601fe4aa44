"""PS02 and the files a README's table of outputs names. Held out (drhold29, Scottie222/MTN-ISMS-Audit): the README
names its Python scripts and, under "## Generated Outputs", a table (File | Location | Description) whose rows name
`scored_risk_register.csv`, `gap_analysis_report.csv` and `remediation_plan.csv`, which the scripts write from
data/risk_register.csv, data/control_assessment.csv and data/findings.csv. PS02 called each output a second record
of its input, as warnings. A file a program makes is the program's: its copy of the input's rows is a lead, as it is
when the README lists the file under "Outputs:" (test_ps_readme_outputs). A table under a heading that says nothing
of outputs, or of inputs and outputs both, says nothing of what the program makes: the copy stays a finding."""
from __future__ import annotations

from pathlib import Path

import pytest
from ps_scan import rule_findings, write_csv

TOML = "[kinds]\n\"*.csv\" = \"record\"\n\"*policy.md\" = \"procedure\"\n"
HEADER = ["risk_id", "asset", "threat", "vulnerability", "likelihood", "impact", "risk_score", "owner"]
RISKS = [[f"R{i:03d}", ["User Accounts", "VPN Gateway", "Customer Data", "Backups"][i % 4],
          ["Unauthorised Access", "Brute Force", "Interception", "Data Loss"][i % 4],
          ["Weak passwords", "No MFA", "No TLS", "Untested restores"][i % 4], 1 + i % 5, 1 + (i * 2) % 5,
          (1 + i % 5) * (1 + (i * 2) % 5), ["IT Security", "Network Team", "Data Team", "SysAdmin"][i % 4]]
         for i in range(1, 10)]


def readme(heading: str) -> str:
    return f"""# ISMS Internal Audit Tool

Run `python run_audit.py` to score the risks and write the reports.

## {heading}

| File | Location | Description |
|---|---|---|
| `audit_plan.md` | Audit_Planning/ | The audit plan |
| `scored_risk_register.csv` | Risk_Scoring/ | Full risk register with scores |
"""


def _set(root: Path, heading: str) -> None:
    (root / "policies").mkdir(parents=True, exist_ok=True)
    (root / "policies" / "risk-policy.md").write_text(
        "# Risk Management Policy\n\nRisks are assessed by the risk owner and recorded in the risk register.\n",
        encoding="utf-8")
    (root / "README.md").write_text(readme(heading), encoding="utf-8")
    write_csv(root / "data" / "risk_register.csv", HEADER, RISKS)
    write_csv(root / "Risk_Scoring" / "scored_risk_register.csv", HEADER + ["risk_level"],
              [r + [["Low", "Medium", "High"][min(2, r[6] // 8)]] for r in RISKS])


def test_a_file_a_table_of_outputs_names_is_a_programs_copy_a_lead(tmp_path):
    _set(tmp_path, "Generated Outputs")
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    # before: a warning, "risk_register.csv records 9 of the same risk_id values as scored_risk_register.csv"
    assert found.metrics["strength"] == "lead" and found.message.startswith("Lead, not a finding:")
    # the row of the table that names the file is quoted, at its own line
    assert "scored_risk_register.csv is named as a program's output in README.md line 10" in found.message
    assert any(ev.path == "README.md" and ev.location.line == 10 for ev in found.evidence)


@pytest.mark.parametrize("heading", ["Data files", "Inputs and outputs"])
def test_a_table_under_another_heading_names_no_output(tmp_path, heading):
    _set(tmp_path, heading)
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    assert found.metrics["strength"] == "finding"
