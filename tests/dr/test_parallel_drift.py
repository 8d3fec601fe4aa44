"""Drift analysis split over processes gives exactly the sequential result."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan import drift
from gapscan.config import discover, load
from gapscan.engine import RunOptions, run

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"


@pytest.mark.skipif(not EXAMPLE.is_dir(), reason="example set not generated")
def test_parallel_drift_equals_sequential(monkeypatch):
    config = load(discover(EXAMPLE))
    sequential = run([EXAMPLE], config, RunOptions(timestamp=False, jobs=2))
    monkeypatch.setattr(drift, "PARALLEL_MIN_PROCEDURES", 2)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    parallel = run([EXAMPLE], config, RunOptions(timestamp=False, jobs=2))
    assert [d.claims for d in parallel.documents] == [d.claims for d in sequential.documents]
    assert [d.links for d in parallel.documents] == [d.links for d in sequential.documents]
    assert [d.scores for d in parallel.documents] == [d.scores for d in sequential.documents]
    assert parallel.findings == sequential.findings
    assert any(d.claims for d in sequential.documents)
