"""bench/eval_kind.py scores kinds against the annotators' labels (either one), never the manifest's guess,
classifies each file under "<id>/<its path>" as the corpus extraction does, and prints the misses with reasons."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("eval_kind", ROOT / "bench" / "eval_kind.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _small_corpus(tmp_path: Path) -> tuple[Path, Path]:
    files = tmp_path / "files"
    files.mkdir()
    (files / "a1.md").write_text("# Goods in\n\n1. Check the seal on every pallet.\n2. Record the batch number.\n"
                                 "3. Quarantine damaged stock.\n", encoding="utf-8")
    rows = "".join(f"2026-01-{d:02d},B{d},ok\n" for d in range(1, 11))
    (files / "a2.csv").write_text("Date,Batch,Result\n" + rows, encoding="utf-8")
    # both annotators call it a form, but it is a filled log: a miss, shown with gapscan's reason
    (files / "a3.csv").write_text("Date,Batch,Result\n" + rows, encoding="utf-8")
    # the annotators disagree (form / record): a record matches one of them, so it is right
    (files / "a5.csv").write_text("Date,Batch,Result\n" + rows, encoding="utf-8")
    labels = tmp_path / "labels"
    labels.mkdir()
    # the manifest's kind column is the collector's guess: "procedure" for a2 must not be the truth
    (labels / "manifest.csv").write_text(
        "id,source,path,commit,licence,format,standard,kind,title,quote\n"
        "a1,acme/qms,wi/goods-in.md,c,none,md,other,procedure,,\n"
        "a2,acme/qms,records/batch log.csv,c,none,csv,other,procedure,,\n"
        "a3,acme/qms,records/batches.csv,c,none,csv,other,form,,\n"
        "a4,acme/qms,missing.md,c,none,md,other,procedure,,\n"
        "a5,acme/qms,records/checks.csv,c,none,csv,other,form,,\n"
        "a6,acme/qms,unlabelled.md,c,none,md,other,procedure,,\n", encoding="utf-8")
    head = "id,verdict,kind,confidence,reason\n"
    (labels / "labels_a.csv").write_text(head + "a1,operational,procedure,high,\na2,,record,high,\n"
                                         "a3,,form,high,\na4,mixed,procedure,high,\na5,,form,high,\n",
                                         encoding="utf-8")
    (labels / "labels_b.csv").write_text(head + "a1,operational,procedure,high,\na2,,record,high,\n"
                                         "a3,,form,high,\na4,mixed,procedure,high,\na5,,record,high,\n",
                                         encoding="utf-8")
    return files, labels


def test_scored_against_either_annotator_with_reasons(tmp_path, capsys):
    files, labels = _small_corpus(tmp_path)
    assert _bench().main(["--corpus", str(files), "--labels", str(labels)]) == 0
    out = capsys.readouterr().out
    # a1, a2 and a5 right, a3 wrong; a4 has no file; a6 is labelled by nobody and not counted
    assert "kind accuracy (either annotator's kind): 3/4 = 0.750" in out
    assert "1 labelled rows without a file: a4" in out
    assert "a3 expected form, got record (10 filled rows) acme/qms:records/batches.csv" in out
    assert "a6" not in out
    # the annotators' disagreement is a row of its own in the confusion table
    assert any(line.split()[:1] == ["form/record"] and line.split()[2] == "1" for line in out.splitlines())


def test_files_are_classified_under_their_path_in_the_source(tmp_path):
    files, labels = _small_corpus(tmp_path)
    rows, missing = _bench().evaluate(files, labels)
    reasons = {r["id"]: why for r, _, _, why in rows}
    assert missing == ["a4"]
    assert reasons["a2"] == "10 filled rows; 'log' in the file name"


def test_no_corpus_folder_is_a_one_line_error(tmp_path, capsys):
    assert _bench().main(["--corpus", str(tmp_path / "nowhere")]) == 2
    assert "--committed" in capsys.readouterr().err
