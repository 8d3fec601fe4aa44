"""The labelled cross-reference set is reproducible, and the measurement runs on our own examples."""
from __future__ import annotations

import csv
import subprocess
import sys

from map_helpers import ROOT

sys.path.insert(0, str(ROOT / "tests" / "eval" / "map"))


def test_example_rows_of_labels_csv_are_what_the_builder_extracts():
    import build_labels

    committed = [r for r in csv.DictReader((ROOT / "tests/eval/map/labels.csv").open(encoding="utf-8"))
                 if r["source"] == "gapscan/examples"]
    rebuilt = [{k: str(v) for k, v in r.items()} for r in build_labels.labels(None)]
    assert committed == rebuilt
    hs04 = [r for r in committed if "HS-04" in r["id"]]
    assert [(r["clauses"], r["how"], r["location"]) for r in hs04] == [("5.4 6.1 10.2", "table", "line 23")]


def test_eval_runs_on_the_examples_and_reports_per_standard():
    r = subprocess.run([sys.executable, str(ROOT / "bench" / "eval_map.py"), "--no-cv", "-v"], capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("iso45001      1") for line in lines)
    assert any(line.startswith("iso9001       2") for line in lines)
    assert any("HS-04 Near-Miss" in line and "declared 10.2 5.4 6.1" in line for line in lines)
