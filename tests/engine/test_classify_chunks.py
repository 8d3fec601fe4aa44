"""The classify workers take the documents in more chunks than there are workers, so each chunk's results (the
records' profiles) come back and are read while the others are still being classified (issue 11); the same
kinds, profiles and standards named as classifying in one chunk a worker."""
from __future__ import annotations

from pathlib import Path

from gapscan import engine, parallel
from gapscan.config import Config
from gapscan.ingest import DEFAULT_LIMITS

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harrow-vale"


def _classified(docs, monkeypatch, per_worker: int | None):
    asked: list[int] = []
    real = parallel.fork_map

    def fork_map(fn, items, **kw):
        if per_worker is not None:
            kw["chunks_per_worker"] = per_worker
        asked.append(kw.get("chunks_per_worker", 1))
        return real(fn, items, **kw)

    monkeypatch.setattr(parallel, "fork_map", fork_map)
    config = Config()
    profiles: dict = {}
    named: dict = {}
    out = engine.classify_cached(docs, config.kinds, None, {}, DEFAULT_LIMITS, jobs=2, profiles=profiles,
                                 date_orders=config.dates, named=named)
    monkeypatch.setattr(parallel, "fork_map", real)
    return out, profiles, named, asked


def test_classify_chunks_come_back_before_the_last_and_read_the_same(monkeypatch):
    files = engine.walk([EXAMPLE], EXAMPLE)
    docs = engine.parse_all(files, jobs=2, limits=DEFAULT_LIMITS)
    monkeypatch.setattr(engine, "PARALLEL_MIN_CLASSIFY", 0)
    out, profiles, named, asked = _classified(docs, monkeypatch, None)
    assert asked and asked[0] > 1  # before: one chunk a worker, every result read after the last document
    one, profiles_one, named_one, _ = _classified(docs, monkeypatch, 1)
    assert out == one
    assert profiles and profiles.keys() == profiles_one.keys()
    assert all(profiles[p] == profiles_one[p] for p in profiles)
    assert named == named_one and len(named) == len(docs)
