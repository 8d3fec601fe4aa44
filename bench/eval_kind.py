"""Measure document-kind accuracy on a labelled corpus of real files kept outside the repository.

    .venv/bin/python bench/eval_kind.py --corpus /work/corpus/real      (or GAPSCAN_KIND_CORPUS=...)

The corpus folder holds manifest*.csv files (columns `id` and `kind`: procedure | record | form,
optionally `path` and `source`) and a files/ folder with one file per id (`<id>.<ext>`). Each
file is parsed and classified under its original path (the manifest's `path`) as `gapscan audit`
would; procedure-like kinds (procedure, review)
count as `procedure`. Prints the confusion table (expected rows x predicted columns), the accuracy
and every miss with the reason gapscan gave, so a miss can be read before anything is changed.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
from pathlib import Path

LABELS = ("procedure", "record", "form")
PREDICTED = (*LABELS, "other", "error")


def predicted_label(kind: str) -> str:
    # a management review is procedure-like for this measure: prose the system runs on
    return "procedure" if kind in ("procedure", "review") else kind


def load_rows(corpus: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for manifest in sorted(corpus.glob("manifest*.csv")):
        with manifest.open(newline="", encoding="utf-8") as fh:
            rows.extend(r for r in csv.DictReader(fh) if r.get("id") and r.get("kind") in LABELS)
    return rows


def evaluate(corpus: Path) -> tuple[list[tuple[dict[str, str], str, str]], list[str]]:
    from gapscan.classify import classify
    from gapscan.ingest import parse_file

    files = corpus / "files"
    results: list[tuple[dict[str, str], str, str]] = []
    missing: list[str] = []
    for row in load_rows(corpus):
        found = sorted(files.glob(f"{row['id']}.*"))
        if not found:
            missing.append(row["id"])
            continue
        # classify under the file's own name, as gapscan would see it in the client's folder
        name = row.get("path") or found[0].name
        doc = classify(parse_file(found[0], name))
        if not doc.ok:
            results.append((row, "error", doc.error or ""))
        else:
            results.append((row, predicted_label(doc.kind.value), doc.kind_reason))
    return results, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=os.environ.get("GAPSCAN_KIND_CORPUS"),
                        help="folder with manifest*.csv and files/ (or set GAPSCAN_KIND_CORPUS)")
    args = parser.parse_args(argv)
    if args.corpus is None or not args.corpus.is_dir():
        print("give the corpus folder with --corpus or GAPSCAN_KIND_CORPUS", file=sys.stderr)
        return 2
    results, missing = evaluate(args.corpus)
    if not results:
        print(f"no labelled files found under {args.corpus}", file=sys.stderr)
        return 2
    table = {e: {p: 0 for p in PREDICTED} for e in LABELS}
    for row, got, _ in results:
        table[row["kind"]][got] += 1
    width = max(len(p) for p in PREDICTED) + 2
    print("expected \\ predicted".ljust(22) + "".join(p.rjust(width) for p in PREDICTED))
    for e in LABELS:
        print(e.ljust(22) + "".join(str(table[e][p]).rjust(width) for p in PREDICTED))
    right = sum(table[e][e] for e in LABELS)
    print(f"\nkind accuracy: {right}/{len(results)} = {right / len(results):.3f}")
    if missing:
        print(f"{len(missing)} manifest rows without a file: {', '.join(missing)}")
    misses = [(r, got, why) for r, got, why in results if got != r["kind"]]
    if misses:
        print("\nmisses:")
        for row, got, why in misses:
            where = f"{row.get('source', '')}:{row.get('path', '')}".strip(":")
            print(f"  {row['id']} expected {row['kind']}, got {got} ({why}) {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
