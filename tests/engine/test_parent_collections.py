"""In the analysis stages the parent collects garbage less often (a full collection walks every parsed
document and finds nothing), and the run leaves the collector's thresholds as it found them."""
from __future__ import annotations

import gc
from pathlib import Path

from gapscan import engine, summary
from gapscan.config import Config
from gapscan.engine import RunOptions, run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_fewer_collections_during_the_analysis_and_thresholds_put_back(monkeypatch):
    seen: list[tuple[int, int, int]] = []
    real = summary.build

    def build(*args, **kwargs):
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    monkeypatch.setattr(summary, "build", build)
    before = gc.get_threshold()
    run([EXAMPLES / "harrow-vale"], Config(), RunOptions(jobs=1, timestamp=False))
    assert seen and seen[0][0] >= engine.PARENT_GC_THRESHOLD > before[0]
    assert gc.get_threshold() == before


def test_thresholds_put_back_when_the_run_stops_with_a_usage_error(tmp_path):
    before = gc.get_threshold()
    try:
        run([tmp_path / "missing"], Config(), RunOptions(jobs=1, timestamp=False))
    except engine.UsageError:
        pass
    assert gc.get_threshold() == before
