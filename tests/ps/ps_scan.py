"""Run gapscan's whole pipeline on a folder written by a test, for the rules that need real files: the folder's
gapscan.toml says which files are procedures and which records, and only the rule under test is selected."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from gapscan import config as config_mod
from gapscan import engine


def rule_findings(root: Path, rule: str, toml: str) -> list:
    """The findings of `rule` on root, with `toml` (the [kinds] table) as the folder's gapscan.toml; a run error
    fails the test."""
    (root / "gapscan.toml").write_text(toml, encoding="utf-8")
    cfg = config_mod.load(config_mod.discover(root))
    report = engine.run([root], cfg, engine.RunOptions(select=(rule,), jobs=1, timestamp=False),
                        warn=lambda msg: None)
    assert not report.run_errors, report.run_errors
    return [f for f in report.findings if f.rule == rule]


def write_csv(path: Path, header, rows) -> None:
    """A csv file of one header row and the rows, its folder made if needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


# A CAPA procedure and the problems its tracker holds, each about a system the procedure never names: the
# practice's vocabulary PS03 should report (shared by the PS03 tests of filing columns)
CAPA_PROCEDURE = """# Corrective Action Procedure

## CAPA tracker

The Security Lead records every nonconformity in the CAPA tracker with its problem statement, root cause,
corrective action, action owner and due date, and closes the entry once the fix is verified. Open entries are
reviewed every two weeks.
"""

CAPA_PROBLEMS = ["Dependabot alerts left untriaged on the Terraform repository",
                 "Okta admin accounts without hardware keys",
                 "Dependabot pull requests merged without review",
                 "Terraform state bucket readable by the build runner",
                 "Okta group sync failing for leavers",
                 "Datadog alert on failed backups muted"]
CAPA_SYSTEMS = ["Dependabot", "Okta", "Dependabot", "Terraform", "Okta", "Datadog"]


def capa_tracker(header: str, filing) -> str:
    """A CAPA tracker of 18 entries five days apart from 2 March 2026, each about one of CAPA_SYSTEMS' problems, in
    the columns `header` names: the ID, the two filing columns `filing(i)` gives for entry i ("OFI,Annex A A.8.8"),
    system, problem, root cause, action, owner, date, status."""
    start = dt.date(2026, 3, 2)
    rows = [f"CAPA-{i + 1:03d},{filing(i)},{CAPA_SYSTEMS[i % 6]},{CAPA_PROBLEMS[i % 6]},Missing step in the runbook,"
            f"Add the step and retrain,Sam Ortiz,{(start + dt.timedelta(days=5 * i)).isoformat()},Open"
            for i in range(18)]
    return "\n".join([header, *rows]) + "\n"

