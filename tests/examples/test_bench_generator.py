"""bench/make_client_set.py writes a readable, deterministic set of the requested shape."""
from __future__ import annotations

import hashlib
import importlib.util
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "make_client_set.py"


def _generator():
    spec = importlib.util.spec_from_file_location("make_client_set", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _digests(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in root.rglob("*") if p.is_file()}


def test_small_set_has_the_shape_asked_for_and_gapscan_reads_it(tmp_path):
    from gapscan.ingest import parse_file

    stats = _generator().generate(tmp_path / "set", scale=0.02, rows=120, pages=2)
    assert stats["procedures"] == 6 and stats["records"] == 4
    files = sorted(p for p in (tmp_path / "set").rglob("*") if p.is_file())
    assert Counter(p.suffix for p in files) == {".docx": 3, ".pdf": 3, ".xlsx": 2, ".csv": 2}
    for path in files:
        doc = parse_file(path, path.name)
        assert doc.ok, f"{path.name}: {doc.error}"
        if path.suffix in (".xlsx", ".csv"):
            assert max(len(t.rows) for t in doc.tables()) == 120
        else:
            assert any(b.type.value == "heading" for b in doc.blocks)


def test_same_seed_same_bytes_other_seed_other_content(tmp_path):
    gen = _generator()
    gen.generate(tmp_path / "a", scale=0.01, rows=30, pages=1)
    gen.generate(tmp_path / "b", scale=0.01, rows=30, pages=1)
    gen.generate(tmp_path / "c", scale=0.01, rows=30, pages=1, seed=7)
    assert _digests(tmp_path / "a") == _digests(tmp_path / "b")
    assert _digests(tmp_path / "a") != _digests(tmp_path / "c")


def test_cli_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    (tmp_path / "keep.txt").write_text("client file")
    with pytest.raises(SystemExit) as exc:
        _generator().main([str(tmp_path), "--scale", "0.01"])
    assert exc.value.code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]
