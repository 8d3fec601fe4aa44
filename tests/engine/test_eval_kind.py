"""bench/eval_kind.py reads a manifest, classifies each file under its own name and prints the misses."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("eval_kind", ROOT / "bench" / "eval_kind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_confusion_table_and_misses_on_a_small_corpus(tmp_path, capsys):
    files = tmp_path / "files"
    files.mkdir()
    (files / "a1.md").write_text("# Goods in\n\n1. Check the seal on every pallet.\n2. Record the batch number.\n"
                                 "3. Quarantine damaged stock.\n", encoding="utf-8")
    rows = "".join(f"2026-01-{d:02d},B{d},ok\n" for d in range(1, 11))
    (files / "a2.csv").write_text("Date,Batch,Result\n" + rows, encoding="utf-8")
    # labelled form, but it is a filled log: the script must show it as a miss, with gapscan's reason
    (files / "a3.csv").write_text("Date,Batch,Result\n" + rows, encoding="utf-8")
    (tmp_path / "manifest_x.csv").write_text(
        "id,source,path,kind\n"
        "a1,acme/qms,wi/goods-in.md,procedure\n"
        "a2,acme/qms,records/batch log.csv,record\n"
        "a3,acme/qms,records/batches.csv,form\n"
        "a4,acme/qms,missing.md,procedure\n", encoding="utf-8")
    assert _bench().main(["--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "kind accuracy: 2/3 = 0.667" in out
    assert "1 manifest rows without a file: a4" in out
    assert "a3 expected form, got record (10 filled rows) acme/qms:records/batches.csv" in out
    # each file is classified under the name it has in its source, not under its corpus id
    results, _ = _bench().evaluate(tmp_path)
    reasons = {row["id"]: why for row, _, why in results}
    assert reasons["a2"] == "10 filled rows; 'log' in the file name"
