"""PS01 says nothing of an undated control mapping: one row per control under a code of its own, its status an
implementation verdict ('Implemented', 'Partially Implemented', 'Not Implemented'), an evidence and an owner column.
It is an assessment of the controls, not a log of work kept outside the system: its 'Status' and 'Owner' are each
control's state and who answers for it, not an entry's outcome and its maker. Held out on
kmohamed04/Consulting-Startup-GRC-Framework (cyverra, pshold25): both control mappings were PS01 leads, both wrong.
An undated tracker whose status says where work stands (open, closed) stays a lead."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ps_scan import rule_findings, write_csv

TOML = """
[kinds]
"procedures/*" = "procedure"
"records/*" = "record"
"""

PROC = ("# Access review\n\n"
        "1. Each quarter, review every user account.\n"
        "2. Write each review in the access review log with the date, the accounts removed and your initials.\n")
VERDICTS = ["Implemented", "Partially Implemented", "Not Implemented"]


def _set(root: Path) -> None:
    (root / "procedures").mkdir(parents=True, exist_ok=True)
    (root / "procedures" / "access review.md").write_text(PROC, encoding="utf-8")
    start = dt.date(2026, 1, 5)
    write_csv(root / "records" / "access review log.csv", ["Date", "Accounts removed", "Initials"],
              [[(start + dt.timedelta(days=7 * i)).isoformat(), i % 3, ["RT", "MO"][i % 2]] for i in range(12)])


def _paths(root: Path) -> dict:
    return {f.path: f for f in rule_findings(root, "PS01", TOML)}


def test_an_undated_control_mapping_gives_no_ps01(tmp_path: Path):
    _set(tmp_path)
    write_csv(tmp_path / "records" / "NIST CSF control mapping.csv",
              ["Control ID", "Function", "Description", "Current Status", "Evidence", "Owner"],
              [[f"ID.AM-{i}", "Identify", f"Assets of kind {i} are inventoried", VERDICTS[i % 3],
                "None" if i % 3 == 2 else f"Device list {i}", ["IT Administrator", "Security Lead"][i % 2]]
               for i in range(1, 9)])
    # before: a lead, "none of its 8 entries carries a date that could be read"
    assert "records/NIST CSF control mapping.csv" not in _paths(tmp_path)


def test_an_undated_tracker_of_open_and_closed_items_stays_a_lead(tmp_path: Path):
    _set(tmp_path)
    write_csv(tmp_path / "records" / "security issues.csv", ["Issue ID", "Issue", "Status", "Owner"],
              [[f"SI-{i}", f"Weak password on host {i}", ["Open", "Closed", "In progress"][i % 3],
                ["IT Administrator", "Security Lead"][i % 2]] for i in range(1, 9)])
    f = _paths(tmp_path)["records/security issues.csv"]
    assert f.metrics["strength"] == "lead"
