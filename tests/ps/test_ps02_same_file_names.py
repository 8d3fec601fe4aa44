"""PS02 names records a reader can tell apart. A programme with one decision-log.md per workstream was told as
"5 records write down the same entries (decision-log.md, decision-log.md, decision-log.md, ...). Strongest link:
decision-log.md records the same fields as decision-log.md": where two records share a file name, each is named
by as much of its path as tells it from the others."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_ps_passing_mention import _audit

POLICY = {"policies/governance.md": "# Governance Policy\n\nDecisions are recorded by the programme lead.\n"}


def _log(first: dt.date, n: int = 8) -> str:
    rows = [f"D-{i:02d},{(first + dt.timedelta(days=9 * i)).isoformat()},Decision {i},Because {i},Ann Lee"
            for i in range(n)]
    return "\n".join(["ID,Date,Decision,Rationale,Decided by"] + rows) + "\n"


def _run(tmp_path: Path, streams: list[str]):
    files = {**POLICY, **{f"{s}/logs/decision-log.csv": _log(dt.date(2026, 1, 5) + dt.timedelta(days=k))
                          for k, s in enumerate(streams)}}
    kinds = {"policies/governance.md": "procedure", **{f"{s}/logs/decision-log.csv": "record" for s in streams}}
    return _audit(tmp_path, files, kinds, "PS02")


def test_a_pair_of_same_named_logs_is_told_apart(tmp_path: Path):
    [found] = _run(tmp_path, ["01-scoping", "02-network"])
    # before: "decision-log.csv records the same fields as decision-log.csv ..."
    assert not found.message.startswith("decision-log.csv records")
    assert "01-scoping/logs/decision-log.csv" in found.message and "02-network/logs/decision-log.csv" in found.message


def test_a_group_of_same_named_logs_is_told_apart(tmp_path: Path):
    [found] = _run(tmp_path, ["01-scoping", "02-network", "03-access"])
    names = found.message.split("(", 1)[1].split(";", 1)[0]
    assert names.count("decision-log.csv") == 3
    assert all(f"{s}/logs/decision-log.csv" in names for s in ("01-scoping", "02-network", "03-access"))


def test_different_names_stay_short(tmp_path: Path):
    files = {**POLICY, "a/logs/decision-log.csv": _log(dt.date(2026, 1, 5)),
             "b/logs/choices.csv": _log(dt.date(2026, 1, 6))}
    kinds = {"policies/governance.md": "procedure", "a/logs/decision-log.csv": "record", "b/logs/choices.csv": "record"}
    [found] = _audit(tmp_path, files, kinds, "PS02")
    assert "a/logs/" not in found.message and "b/logs/" not in found.message
