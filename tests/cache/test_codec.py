"""The cache's codec gives back exactly what it was given: documents, analyses and whole runs of
every example set, and the awkward values (dates beside strings, ints in float fields, NaN)."""
from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest

from gapscan import cache
from gapscan.config import Config, load
from gapscan.engine import (Analysis, RunOptions, analyze_texts, classify_cached, extract_claims, parse_all,
                            profile_records, walk)
from gapscan.ingest import DEFAULT_LIMITS
from gapscan.model import Document, Kind, Location, Table

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SETS = sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir())


def round_trip(value, hint):
    # through real JSON text, as the cache stores it
    return cache.decode(json.loads(json.dumps(cache.encode(value, hint))), hint)


@pytest.mark.parametrize("name", SETS)
def test_documents_and_analyses_round_trip_exactly(name):
    root = EXAMPLES / name
    config = load(root / "gapscan.toml") if (root / "gapscan.toml").is_file() else Config()
    docs = classify_cached(parse_all(walk([root], root, config.exclude), jobs=2, limits=DEFAULT_LIMITS),
                           config.kinds, None, {})
    assert len(docs) >= 10
    for doc in docs:
        assert round_trip(doc, Document) == doc, doc.path
    texts = [d for d in docs if d.ok and d.kind in (Kind.PROCEDURE, Kind.REVIEW)]
    records_ = [d for d in docs if d.ok and d.kind is Kind.RECORD]
    mirroring = analyze_texts(texts, config.standard, 1)
    claims = extract_claims([d for d in texts if d.kind is Kind.PROCEDURE], None, {})
    profiles = profile_records(records_, config.dates, 1)
    assert mirroring and claims and profiles
    from gapscan import records

    by_path = {d.path: d for d in records_}
    # a profile is cached without the tables that are its document's (records.detach)
    detached = {path: records.detach(p, by_path[path]) for path, p in profiles.items()}
    for kind, found in (("mirroring", mirroring), ("claims", claims), ("profile", detached)):
        from gapscan.engine import _hint

        for path, value in found.items():
            assert round_trip(value, _hint(kind)) == value, (kind, path)
            if kind == "profile":
                assert records.attach(round_trip(value, _hint(kind)), by_path[path]) == profiles[path]
    # the dates in record tables really went through as dates
    assert any(isinstance(v, dt.date) for p in profiles.values() for row in p.table.rows for v in row)


def test_a_whole_run_round_trips(tmp_path):
    from gapscan.engine import run

    root = EXAMPLES / "harrow-vale"
    report = run([root], load(root / "gapscan.toml"), RunOptions(jobs=2, timestamp=False))
    analysis = Analysis(results=report.documents, findings=report.findings, summary=report.summary,
                        audit_dates=report.audit_dates, audit_dates_inferred=report.audit_dates_inferred,
                        run_errors=report.run_errors)
    assert report.findings and report.summary is not None
    assert round_trip(analysis, Analysis) == analysis


def test_awkward_values_keep_their_types():
    rows = (("a", 1, 1.0, True, None, dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 3, 4, 5)),
            ("{\"~d\": \"x\"}", -0.0, float("inf"), False, "", dt.date(1999, 12, 31), 0))
    table = Table(header=("a", "b"), rows=rows, row_numbers=(2, 3), location=Location(sheet="S", row=1))
    back = round_trip(table, Table)
    assert back == table
    assert [type(v) for row in back.rows for v in row] == [type(v) for row in rows for v in row]
    nan = round_trip({"x": float("nan")}, dict[str, float])["x"]
    assert math.isnan(nan)
    from typing import Any

    value = {"n": (1, 2.5, "x"), "when": dt.date(2026, 5, 1), "nested": [{"k": (None,)}], 3: "int key"}
    assert round_trip(value, Any) == value
    assert type(round_trip(value, Any)["n"]) is tuple


def test_values_without_a_faithful_form_are_refused_not_guessed():
    from typing import Any

    class Odd:
        pass

    with pytest.raises(cache.Unencodable):
        cache.encode({"x": Odd()}, Any)
    with pytest.raises(cache.Unencodable):  # a set would come back as a list
        cache.encode({1, 2}, Any)
    with pytest.raises(cache.Unencodable):  # a str field holding an enum member would come back a str
        cache.encode(Location(section=Kind.FORM), Location)


def test_a_deferred_field_reads_back_whole_and_only_when_read(tmp_path):
    import copy
    import pickle
    from dataclasses import replace

    root = EXAMPLES / "harrow-vale"
    docs = parse_all(walk([root], root), jobs=2, limits=DEFAULT_LIMITS)
    doc = next(d for d in docs if d.ok and d.tables())
    store = cache.Cache(tmp_path / "c")
    assert store.put("parse", "ab" * 32, doc, Document, defer=("blocks",))
    # read without the same `defer`, the entry is foreign
    assert store.get("parse", "ab" * 32, Document) is cache.MISS

    def stored():
        value = store.get("parse", "ab" * 32, Document, defer=("blocks",))
        assert isinstance(value, Document) and "_cache_deferred" in vars(value)
        return value

    value = stored()
    moved = cache.evolve(value, source="/elsewhere", kind=Kind.RECORD)
    assert "_cache_deferred" in vars(moved) and moved.source == "/elsewhere" and moved.kind is Kind.RECORD
    assert moved.blocks == doc.blocks and type(moved) is Document
    assert "_cache_deferred" in vars(value)  # its copy is read apart
    assert value == doc and hash(stored()) == hash(doc)
    for make in (lambda v: pickle.loads(pickle.dumps(v)), copy.copy, copy.deepcopy,
                 lambda v: replace(v, title="t"), lambda v: cache.decode(cache.encode(v, Document), Document)):
        out = make(stored())
        assert type(out) is Document and out.blocks == doc.blocks and out.tables() == doc.tables()
