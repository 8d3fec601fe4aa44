"""The clause-mirroring verdict on the labelled evaluation set (tests/eval/docs, labels.csv).

The same numbers are printed by `python bench/eval_cm.py -v`.
"""
from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def _bench():
    spec = importlib.util.spec_from_file_location("eval_cm", ROOT / "bench" / "eval_cm.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_cm"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=2)
def _result(use_model: bool):
    return _bench().evaluate(use_model=use_model)


def test_labels_cover_every_file_and_the_set_is_varied():
    labels = _bench().labels()
    files = {p.name for p in (ROOT / "tests" / "eval" / "docs").iterdir()}
    assert {name for name, _, _ in labels} == files
    assert len(labels) >= 40
    verdicts = [v for _, v, _ in labels]
    assert all(verdicts.count(v) >= 10 for v in ("mirrored", "mixed", "operational"))
    assert {Path(n).suffix for n, _, _ in labels} == {".md", ".txt", ".docx"}
    assert len({s for _, _, s in labels if s}) >= 5


@pytest.mark.parametrize("use_model", [True, False], ids=["with-model", "lexicon-only"])
def test_accuracy_and_no_operational_called_mirrored(use_model):
    result = _result(use_model)
    assert all(r.error is None for r in result.rows), [r for r in result.rows if r.error]
    assert result.accuracy >= 0.9, _bench().report(result, verbose=True)
    assert result.operational_called_mirrored == []


def test_standard_is_detected_for_clause_structured_documents():
    hit, total = _result(False).standard_accuracy
    assert total >= 20
    assert hit / total >= 0.8
