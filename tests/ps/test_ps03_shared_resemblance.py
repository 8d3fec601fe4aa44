"""PS03 and a record that several procedures resemble alike. A held-out programme kept one traceability
workbook whose columns five report chapters each list: every chapter got a resemblance link of the same
confidence, so each was read against the workbook's vocabulary and each was told it never names the systems
in it. A record that more than three procedures resemble alike is no one procedure's own (as a record more
than three name alike already was); one procedure that resembles it alone still is judged against it."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


PROCEDURE = """# {title}

## Checks

Every check is entered on the sheet: asset, finding, action taken and checked by. The {title} team
lead reads the sheet each Friday.
"""

ASSETS = ["Okta tenant", "Terraform runner", "Datadog agent", "Vault cluster", "Jenkins controller", "Kafka broker"]
FINDINGS = ["Okta admin without hardware key", "Terraform state readable", "Datadog alert muted",
            "Vault token not rotated", "Jenkins plugin outdated", "Kafka topic unencrypted"]


def _sheet() -> str:
    rows = ["Asset,Finding,Action taken,Checked by"]
    for i in range(18):
        rows.append(f"{ASSETS[i % 6]},{FINDINGS[i % 6]},Fixed and retested,Sam Ortiz")
    return "\n".join(rows) + "\n"


def _ps03(root: Path, procedures: list[str]):
    kinds = ['"q3-sweep.csv" = "record"']
    for title in procedures:
        name = title.lower().replace(" ", "-") + ".md"
        (root / name).write_text(PROCEDURE.format(title=title), encoding="utf-8")
        kinds.append(f'"{name}" = "procedure"')
    (root / "q3-sweep.csv").write_text(_sheet(), encoding="utf-8")
    return rule_findings(root, "PS03", "[kinds]\n" + "\n".join(kinds) + "\n")


def test_one_procedure_that_resembles_the_record_is_read_against_it(tmp_path):
    found = _ps03(tmp_path, ["Platform Hardening"])
    assert [f.path for f in found] == ["platform-hardening.md"]
    assert "'datadog agent'" in found[0].message


def test_a_record_five_procedures_resemble_alike_is_none_of_theirs(tmp_path):
    # before: five findings, one a procedure, each listing 'datadog agent', 'kafka broker', ...
    found = _ps03(tmp_path, ["Platform Hardening", "Network Hardening", "Identity Hardening", "Backup Hardening",
                             "Logging Hardening"])
    assert found == []
