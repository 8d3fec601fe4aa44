"""PS01 and PS02 and the files a README says a program makes. Held out (drhold27, lakshman-1003/GDPR-Compliance-
Tracker): the README lists data/ (risks.csv, assets.csv ...) and, under "Outputs:", `reports/risk_register.csv` and
`reports/compliance_report.xlsx`, which `python src/main.py` writes. PS02 called risk_register.csv (risks joined
with their assets and a score) a second record of risks.csv, and PS01 called both outputs records kept outside the
documented system. A file the program makes is the program's: no shadow record, and its copy of the input's rows is
a lead, not a finding. The same files with no page saying so, or a process map's "Outputs:" with no program, stay
reported."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings, write_csv

TOML = "[kinds]\n\"*.csv\" = \"record\"\n\"*policy.md\" = \"procedure\"\n"
HEADER = ["risk_id", "asset_id", "threat", "vulnerability", "likelihood", "impact", "existing_controls"]
RISKS = [[f"R-{i:03d}", f"A-{i:03d}", ["Phishing", "Ransomware", "Lost laptop", "Insider misuse"][i % 4],
          ["No MFA", "Unpatched host", "No disk encryption", "Broad access"][i % 4], 1 + i % 5, 1 + (i * 2) % 5,
          ["Awareness training", "EDR", "BitLocker", "Quarterly access review"][i % 4]] for i in range(1, 9)]
README = """# ISO 27001 / GDPR Compliance Tracker

## What's inside
- data/: CSVs for controls, assets and risks.
- src/main.py: generates the reports.

## Quick start
Run `python src/main.py`.

Outputs:
- `reports/risk_register.csv`
- `reports/compliance_report.csv` - controls and their status
"""
PROCESS_MAP = """# Risk management process

Inputs:
- asset inventory

Outputs:
- `reports/risk_register.csv`
"""


def _set(root: Path, readme: str | None) -> None:
    (root / "policies").mkdir(parents=True, exist_ok=True)
    (root / "policies" / "access-control-policy.md").write_text(
        "# Access Control Policy\n\nAccess rights are reviewed by the IT Manager and recorded in the access "
        "review log.\n", encoding="utf-8")
    if readme is not None:
        (root / "README.md").write_text(readme, encoding="utf-8")
    write_csv(root / "risks.csv", HEADER, RISKS)
    write_csv(root / "risk_register.csv", HEADER + ["score"], [r + [r[4] * r[5]] for r in RISKS])
    write_csv(root / "compliance_report.csv", ["regulation", "control_id", "mapped_requirements", "status"],
              [["GDPR", f"C-{i}", f"Art. {30 + i}", ["Compliant", "Gap"][i % 2]] for i in range(1, 8)])


def test_a_file_the_readme_names_as_a_programs_output_is_no_shadow_record(tmp_path):
    _set(tmp_path, README)
    shadows = sorted(f.path for f in rule_findings(tmp_path, "PS01", TOML))
    # before: compliance_report.csv and risk_register.csv were leads too; risks.csv, which the README lists as
    # "CSVs for controls, assets and risks", is described as well (test_ps01_folder_types)
    assert shadows == []


def test_a_programs_copy_of_its_input_is_a_lead(tmp_path):
    _set(tmp_path, README)
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    # before: a warning, "risks.csv records 8 of the same risk_id values as risk_register.csv"
    assert found.metrics["strength"] == "lead" and found.message.startswith("Lead, not a finding:")
    assert "risk_register.csv is named as a program's output in README.md line 11" in found.message
    assert any(ev.path == "README.md" and ev.location.line == 11 for ev in found.evidence)


def test_without_the_readme_the_copy_and_the_files_are_reported(tmp_path):
    _set(tmp_path, None)
    assert sorted(f.path for f in rule_findings(tmp_path, "PS01", TOML)) == \
        ["compliance_report.csv", "risk_register.csv", "risks.csv"]
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    assert found.metrics["strength"] == "finding"


def test_a_process_maps_outputs_are_no_programs(tmp_path):
    # "Outputs:" in a page that names no program is a process's outputs: people make them
    _set(tmp_path, PROCESS_MAP)
    (found,) = rule_findings(tmp_path, "PS02", TOML)
    assert found.metrics["strength"] == "finding"
