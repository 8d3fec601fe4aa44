"""The records stage done beside the nlp workers (read_texts' meanwhile) gives the report it gave after them."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from gapscan import engine, parallel
from gapscan.config import Config
from gapscan.engine import RunOptions, Timings, run
from gapscan.report.json import render

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork_map forks only on Linux")


def _report(folder: Path, monkeypatch, *, forked: bool, beside: bool, timings: Timings | None = None) -> str:
    with monkeypatch.context() as m:
        # the example is small: the thresholds are lowered so that its nlp stage forks as a large set's does
        m.setattr(engine, "PARALLEL_MIN_WORDS", 0 if forked else 10**12)
        if not beside:
            m.setattr(engine, "read_texts", _without_meanwhile(engine.read_texts))
        report = run([folder], Config(), RunOptions(jobs=2, timestamp=False), timings=timings)
    return render(report)


def _without_meanwhile(read_texts):
    def call(*args, **kwargs):
        if len(args) > 6:
            args = args[:6]
        kwargs.pop("meanwhile", None)
        return read_texts(*args, **kwargs)
    return call


def test_records_profiled_beside_the_nlp_workers_give_the_same_report(tmp_path, monkeypatch):
    folder = tmp_path / "set"
    shutil.copytree(EXAMPLES / "harrow-vale", folder)
    calls: list[int] = []
    real = parallel.fork_map

    def counting(fn, items, **kw):
        if kw.get("meanwhile") is not None:
            calls.append(len(items))
        return real(fn, items, **kw)

    monkeypatch.setattr(parallel, "fork_map", counting)
    timings = Timings()
    beside = _report(folder, monkeypatch, forked=True, beside=True, timings=timings)
    assert calls, "the nlp stage was not forked with the records beside it"
    after = _report(folder, monkeypatch, forked=True, beside=False)
    alone = _report(folder, monkeypatch, forked=False, beside=False)
    assert beside == after == alone
    # the records' seconds are their own, not counted in nlp's as well
    assert set(timings.stages) >= {"nlp", "records"} and all(v >= 0 for v in timings.stages.values())


def test_a_stage_timed_inside_another_is_taken_off_it():
    timings = Timings()
    with timings.stage("outer"):
        with timings.stage("inner"):
            import time

            time.sleep(0.05)
    assert timings.stages["inner"] >= 0.05
    assert timings.stages["outer"] < 0.05
