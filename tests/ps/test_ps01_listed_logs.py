"""PS01 and a record named in a list that shares one head noun: a held-out PCI DSS programme's phase READMEs
say "logs/ — decision, risk, RAID, and action-item logs", yet each phase's raid-log.md was reported as kept
outside the system, because 'RAID log' is nowhere written out. "Decision, risk, RAID and action-item logs"
names a RAID log as surely as "the RAID log" does; a list that names other logs still leaves it unnamed."""
from __future__ import annotations

from pathlib import Path

from ps_scan import rule_findings


LISTED = ("# Phase 04 - Build and maintain secure systems\n\n## What is in this folder\n\n"
          "- **logs/** — decision, risk, RAID, and action-item logs, kept by the programme manager.\n"
          "- **trackers/** — the workbooks of this phase.\n")
OTHERS = ("# Phase 04 - Build and maintain secure systems\n\n## What is in this folder\n\n"
          "- **logs/** — decision, risk and action-item logs, kept by the programme manager.\n"
          "- **trackers/** — the workbooks of this phase.\n")


def _raid() -> str:
    rows = [f"| IS-{i:02d} | Issue {i} with the store estate | Open | Trevor Kim |" for i in range(1, 13)]
    return "# RAID Log — Phase 04\n\n## Issues\n\n| ID | Issue | Status | Owner |\n|---|---|---|---|\n" + \
        "\n".join(rows) + "\n"


def _ps01(root: Path, readme: str):
    (root / "logs").mkdir()
    (root / "logs" / "raid-log.md").write_text(_raid(), encoding="utf-8")
    (root / "04.00-README.md").write_text(readme, encoding="utf-8")
    return rule_findings(root, "PS01", '[kinds]\n"04.00-README.md" = "procedure"\n"logs/*.md" = "record"\n')


def test_a_log_named_in_a_list_of_logs_is_governed(tmp_path):
    assert _ps01(tmp_path, LISTED) == []


def test_a_list_of_other_logs_leaves_it_a_shadow_record(tmp_path):
    found = _ps01(tmp_path, OTHERS)
    assert [f.path for f in found] == ["logs/raid-log.md"]
