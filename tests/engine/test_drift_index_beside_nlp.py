"""drift's first half (drift.prepare: the record index, which reads no claim) is built beside the nlp workers once
the records are profiled there; the report is the one drift.analyze gave after them, and a failure in it is still
said as the drift stage's."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from gapscan import drift, engine, parallel
from gapscan.config import Config
from gapscan.engine import RunOptions, run
from gapscan.report.json import render

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork_map forks only on Linux")


def _report(folder: Path, monkeypatch, *, beside: bool, busy: bool = True):
    """The JSON report, and where drift.prepare ran ('beside' the workers or 'after' them)."""
    where: list[str] = []
    inside: list[bool] = [False]
    real_map, real_prepare = parallel.fork_map, drift.prepare

    def fork_map(fn, items, **kw):
        meanwhile = kw.get("meanwhile")
        if meanwhile is not None:
            if not beside:
                kw["meanwhile"] = None
            else:
                def watched(_busy):
                    # the workers reported busy throughout (or done at once): on a small set they may end before
                    # the parent has profiled its records, which would leave nothing to test
                    inside[0] = True
                    try:
                        meanwhile(lambda: busy)
                    finally:
                        inside[0] = False
                kw["meanwhile"] = watched
        return real_map(fn, items, **kw)

    def prepare(*args, **kw):
        where.append("beside" if inside[0] else "after")
        return real_prepare(*args, **kw)

    with monkeypatch.context() as m:
        m.setattr(engine, "PARALLEL_MIN_WORDS", 0)  # the example's nlp stage forks as a large set's does
        m.setattr(parallel, "fork_map", fork_map)
        m.setattr(drift, "prepare", prepare)
        report = run([folder], Config(), RunOptions(jobs=2, timestamp=False))
    return render(report), where


@pytest.fixture
def folder(tmp_path):
    shutil.copytree(EXAMPLES / "harrow-vale", tmp_path / "set")
    return tmp_path / "set"


def test_the_record_index_built_beside_the_nlp_workers_gives_the_same_report(folder, monkeypatch):
    beside, where = _report(folder, monkeypatch, beside=True)
    assert where == ["beside"]
    after, where_after = _report(folder, monkeypatch, beside=False)
    assert where_after == ["after"]
    assert '"DR0' in beside, "the example gives no drift finding: the comparison would prove nothing"
    assert beside == after


def test_workers_done_first_leave_the_record_index_to_the_drift_stage(folder, monkeypatch):
    report, where = _report(folder, monkeypatch, beside=True, busy=False)
    assert where == ["after"]
    assert report == _report(folder, monkeypatch, beside=False)[0]


def test_a_failure_of_the_index_built_beside_is_said_by_the_drift_stage(folder, monkeypatch):
    def broken(*args, **kw):
        raise RuntimeError("index broke")

    monkeypatch.setattr(drift, "_kept_records", broken)
    beside, where = _report(folder, monkeypatch, beside=True)
    after, _ = _report(folder, monkeypatch, beside=False)
    assert where[0] == "beside"  # (the DR rules, without a drift result, try again and fail the same way)
    assert "drift stage failed: RuntimeError: index broke" in beside
    assert beside == after
