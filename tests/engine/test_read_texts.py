"""The nlp stage (engine.read_texts): clause mirroring and claims in one pass over the procedures,
the claims read from the Docs mirroring made, give exactly what each gives alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from gapscan import engine
from gapscan.config import Config, load
from gapscan.ingest import DEFAULT_LIMITS
from gapscan.model import BlockType, Kind

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _documents(name: str):
    root = EXAMPLES / name
    config = load(root / "gapscan.toml") if (root / "gapscan.toml").is_file() else Config()
    docs = engine.parse_all(engine.walk([root], root, config.exclude), jobs=2, limits=DEFAULT_LIMITS)
    return engine.classify_cached(docs, config.kinds, None, {}, DEFAULT_LIMITS)


@pytest.fixture(scope="module")
def harrow():
    docs = _documents("harrow-vale")
    texts = [d for d in docs if d.ok and d.kind in (Kind.PROCEDURE, Kind.REVIEW)]
    procedures = [d for d in texts if d.kind is Kind.PROCEDURE]
    assert len(procedures) >= 10 and len(texts) > len(procedures)  # the management reviews are read too
    return texts, procedures


def test_claims_read_from_mirrorings_docs_equal_claims_tokenised_alone(harrow):
    from gapscan.nlp import mirroring
    from gapscan.nlp.claims import extract_claims
    from gapscan.nlp.units import text_units

    _, procedures = harrow
    parsed: dict[str, dict] = {}
    alone = mirroring.analyze_many(procedures)
    assert mirroring.analyze_many(procedures, parsed=parsed) == alone
    shared = total = 0
    for doc in procedures:
        units = [u for u in text_units(doc) if u.block_type is not BlockType.HEADING]
        shared += sum(u.text in parsed[doc.path] for u in units)
        total += len(units)
        assert extract_claims(doc, parsed[doc.path]) == extract_claims(doc), doc.path
    # most paragraphs are a mirroring piece as they stand: those are tokenised once
    assert shared > total / 2


def test_one_pass_equals_mirroring_and_claims_apart(harrow, monkeypatch):
    from gapscan.nlp import mirroring
    from gapscan.nlp.claims import extract_claims

    texts, procedures = harrow
    expected_mirroring = mirroring.analyze_many(texts)
    expected_claims = {d.path: extract_claims(d) for d in procedures}
    sequential = engine.read_texts(texts, procedures, None, 1)
    monkeypatch.setattr(engine, "PARALLEL_MIN_WORDS", 0)
    monkeypatch.setattr(engine, "READ_BATCH", 3)
    parallel = engine.read_texts(texts, procedures, None, 2)
    assert sequential == parallel == (expected_mirroring, expected_claims)
    assert sum(len(c) for c in expected_claims.values()) >= 40
    # a review is analysed for mirroring, and has no claims of its own
    reviews = [d.path for d in texts if d.kind is Kind.REVIEW]
    assert all(p in sequential[0] and p not in sequential[1] for p in reviews)


def test_claims_alone_do_not_run_the_mirroring_pass(harrow, monkeypatch):
    from gapscan.nlp import mirroring
    from gapscan.nlp.claims import extract_claims

    _, procedures = harrow

    def refuse(*args, **kwargs):
        raise AssertionError("mirroring ran for claims alone")

    monkeypatch.setattr(mirroring, "analyze_many", refuse)
    assert engine.extract_claims(procedures, None, {}) == {d.path: extract_claims(d) for d in procedures}
