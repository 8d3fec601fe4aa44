"""PS02 speaks as a finding only where two records write down the same entries (identifier or reference values in
common). Two records that only share their columns over the same weeks, with no entry in common, may be one form
kept per team, phase or place by design: held out, all four such PS02 were wrong (one decision log per phase, a
ranking run twice and filed per run). They give a lead (info, said so in the message and the metrics)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from gapscan.model import Severity
from test_ps_passing_mention import _audit

POLICY = {"policies/governance.md": "# Governance Policy\n\nDecisions are recorded by the programme lead.\n"}


def _log(prefix: str, first: dt.date, n: int = 8) -> str:
    rows = [f"{prefix}-{i:02d},{(first + dt.timedelta(days=9 * i)).isoformat()},Decision {prefix}{i},"
            f"Because {prefix}{i},Ann Lee" for i in range(n)]
    return "\n".join(["ID,Date,Decision,Rationale,Decided by"] + rows) + "\n"


def _run(tmp_path: Path, prefix_a: str, prefix_b: str):
    files = {**POLICY, "a/logs/decision-log.csv": _log(prefix_a, dt.date(2026, 1, 5)),
             "b/logs/decision-log.csv": _log(prefix_b, dt.date(2026, 1, 6))}
    kinds = {"policies/governance.md": "procedure", "a/logs/decision-log.csv": "record",
             "b/logs/decision-log.csv": "record"}
    return _audit(tmp_path, files, kinds, "PS02")


def test_records_sharing_only_their_columns_are_a_lead(tmp_path: Path):
    [found] = _run(tmp_path, "DEC1", "DEC2")
    # before: a warning, "records the same fields as ... over N days of the same period"
    assert found.metrics["strength"] == "lead" and found.severity is Severity.INFO
    assert found.message.startswith("Lead, not a finding:")
    assert "no entry in common" in found.metrics["lead_reason"]


def test_records_sharing_their_entries_are_a_finding(tmp_path: Path):
    [found] = _run(tmp_path, "D", "D")
    assert found.metrics["strength"] == "finding" and found.severity is Severity.WARNING
