"""PS03 speaks as a finding only where the procedure is tied to the records it is read against by name, code,
title or config. A procedure that only resembles a record (similar columns or words) may not govern it at all:
held out, a network architecture chapter was read against a traceability workbook it never names and told it
never uses the workbook's systems (wrong). Read against records it only resembles, the gap is a lead (info,
said so in the message and the metrics)."""
from __future__ import annotations

from pathlib import Path

from gapscan.model import Severity
from ps_scan import rule_findings

PROCEDURE = """# Platform Hardening

## Checks

Every check is entered on the {sheet}: asset, finding, action taken and checked by. The platform team
lead reads the sheet each Friday.
"""

ASSETS = ["Okta tenant", "Terraform runner", "Datadog agent", "Vault cluster", "Jenkins controller", "Kafka broker"]
FINDINGS = ["Okta admin without hardware key", "Terraform state readable", "Datadog alert muted",
            "Vault token not rotated", "Jenkins plugin outdated", "Kafka topic unencrypted"]


def _ps03(root: Path, sheet: str):
    rows = ["Asset,Finding,Action taken,Checked by"]
    rows += [f"{ASSETS[i % 6]},{FINDINGS[i % 6]},Fixed and retested,Sam Ortiz" for i in range(18)]
    (root / "q3-sweep.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (root / "platform-hardening.md").write_text(PROCEDURE.format(sheet=sheet), encoding="utf-8")
    toml = '[kinds]\n"q3-sweep.csv" = "record"\n"platform-hardening.md" = "procedure"\n'
    return rule_findings(root, "PS03", toml)


def test_a_procedure_that_only_resembles_its_record_gives_a_lead(tmp_path):
    [f] = _ps03(tmp_path, "sheet")
    # before: a warning like any other
    assert f.metrics["strength"] == "lead"
    assert f.severity is Severity.INFO
    assert f.message.startswith("Lead, not a finding:") and "'datadog agent'" in f.message
    assert "resemblance" in f.metrics["lead_reason"]


def test_a_procedure_that_names_its_record_gives_a_finding(tmp_path):
    [f] = _ps03(tmp_path, "Q3 sweep sheet")
    assert f.metrics["strength"] == "finding"
    assert not f.message.startswith("Lead") and "lead_reason" not in f.metrics
