"""The rules that read only texts and their mirroring (engine.TEXT_RULES, the CM family) run in the parent beside
drift's workers instead of after them with a core idle (issue 11): the same findings, the same failures said in the
same place."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from gapscan import drift, engine
from gapscan.config import Config
from gapscan.engine import RunOptions, Timings, run
from gapscan.rules import registry

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _set(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(EXAMPLES / name, folder)
    return folder


def _probed(monkeypatch, timings: Timings, seen: dict, fail: str | None = None):
    """Every TEXT_RULES rule records the stages open when it runs; `fail` raises instead."""
    def probe(rule):
        check = rule.check

        def run_check(ctx):
            seen[rule.code] = list(timings._open)
            if rule.code == fail:
                raise ValueError("boom")
            return check(ctx)

        run_check.__doc__ = check.__doc__
        return replace(rule, check=run_check)

    monkeypatch.setattr(registry, "RULES", tuple(probe(r) if r.check is not None and r.code.startswith(
        getattr(engine, "TEXT_RULES", ("CM",))) else r for r in registry.RULES))


def _audit(folder: Path, monkeypatch, forked: bool, fail: str | None = None):
    # drift's procedures split over forked workers (and the rules beside them), or read in this process
    monkeypatch.setattr(drift, "PARALLEL_MIN_PROCEDURES", 1 if forked else 10**9)
    timings, seen = Timings(), {}
    _probed(monkeypatch, timings, seen, fail)
    warned: list[str] = []
    report = run([folder], Config(), RunOptions(jobs=2, timestamp=False), timings=timings, warn=warned.append)
    return report, seen, warned


def test_text_rules_run_beside_drift_workers_with_the_same_findings(tmp_path, monkeypatch):
    for name in ("harrow-vale", "meadowgate-foods"):
        folder = _set(tmp_path, name)
        beside, seen, _ = _audit(folder, monkeypatch, forked=True)
        assert seen and all(open_ == ["drift", "rules"] for open_ in seen.values()), seen  # before: ["rules"]
        after, seen_after, _ = _audit(folder, monkeypatch, forked=False)
        assert all(open_ == ["rules"] for open_ in seen_after.values())
        assert any(f.rule.startswith("CM") for f in after.findings)
        assert beside == after


def test_a_text_rule_that_fails_beside_the_workers_is_said_as_before(tmp_path, monkeypatch):
    folder = _set(tmp_path, "harrow-vale")
    beside, seen, warned = _audit(folder, monkeypatch, forked=True, fail="CM01")
    assert seen["CM01"] == ["drift", "rules"]
    after, _, warned_after = _audit(folder, monkeypatch, forked=False, fail="CM01")
    failed = [line for line in beside.run_errors if line.startswith("CM01 failed: ValueError: boom (")]
    line = Path(__file__).read_text().splitlines().index('                raise ValueError("boom")') + 1
    # the rule's own line, as when it failed in the rules loop
    assert failed == [f"CM01 failed: ValueError: boom (test_text_rules_beside_drift.py:{line})"]
    assert beside == after and warned == warned_after
    assert not any(f.rule == "CM01" for f in beside.findings)
