"""Measure document-kind accuracy on the real corpus, against its committed labels, counted as eval_cm.py does.

    .venv/bin/python bench/eval_kind.py                   classify the corpus files now ($GAPSCAN_REAL_CORPUS,
                                                          default /work/corpus/real20/files: <id>.<format>)
    .venv/bin/python bench/eval_kind.py --corpus DIR      the files kept somewhere else
    .venv/bin/python bench/eval_kind.py --committed       no files: the kinds tests/eval/real/features.csv holds,
                                                          the number `bench/eval_cm.py --real` prints
    .venv/bin/python bench/eval_kind.py --labels DIR      another folder laid out as tests/eval/real (manifest.csv,
                                                          labels_a.csv, labels_b.csv), e.g. its pending/ rows

The truth is the annotators' kinds (labels_a.csv, labels_b.csv: procedure, record, form or other), never the
manifest's `kind` column (the collector's guess). A predicted kind is right when it matches either annotator's,
a management review counting as procedure-like (real_corpus._kind_right); only ids both annotators labelled are
counted. Each file is classified under "<id>/<its path in the source>", as `--extract` does, so the count here is
the one features.csv gets when it is re-extracted. Prints the confusion table (the annotators' kinds, rows, by the
predicted kind, columns), the accuracy, every miss with the reason gapscan gave, and, for the committed labels,
every file whose kind is no longer the one features.csv holds (what a change moved, before re-extracting).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_corpus  # noqa: E402

PREDICTED = ("procedure", "record", "form", "other", "error")


def expected_label(kinds: tuple[str, str]) -> str:
    """The confusion table's row: the annotators' kind, or both when they differ ("form/procedure")."""
    return "/".join(sorted({k or "none" for k in kinds}))


def evaluate(corpus: Path | None = None, labels_dir: Path | None = None, committed: bool = False):
    """(rows, missing): rows are (manifest row, the two labelled kinds, the predicted kind, gapscan's reason) for
    every id both annotators labelled; `missing` the ids with no file (or no features.csv row)."""
    meta = real_corpus.manifest(labels_dir)
    labelled = real_corpus.labels(labels_dir)
    if committed:
        feats = real_corpus.features("model")
        predicted = {i: (f["kind_predicted"], "") for i, f in feats.items() if f.get("kind_predicted")}
    else:
        docs = real_corpus._documents(corpus or real_corpus.DEFAULT_CORPUS, meta)
        predicted = {i: ((d.kind.value, d.kind_reason) if d.ok else ("error", d.error or "")) for i, d in docs.items()}
    rows, missing = [], []
    for r in meta:
        if r["id"] not in labelled:
            continue
        if r["id"] not in predicted:
            missing.append(r["id"])
            continue
        a, b = labelled[r["id"]]
        kind, why = predicted[r["id"]]
        rows.append((r, (a["kind"], b["kind"]), kind, why))
    return rows, missing


def report(rows, missing, moved: list[str] | None = None) -> str:
    expected = sorted({expected_label(k) for _, k, _, _ in rows})
    table = {e: dict.fromkeys(PREDICTED, 0) for e in expected}
    for _, k, got, _ in rows:
        table[expected_label(k)][{"review": "procedure"}.get(got, got)] += 1
    width = max(len(p) for p in PREDICTED) + 2
    first = max(22, max(len(e) for e in expected) + 2)
    lines = ["expected \\ predicted".ljust(first) + "".join(p.rjust(width) for p in PREDICTED)]
    lines += [e.ljust(first) + "".join(str(table[e][p]).rjust(width) for p in PREDICTED) for e in expected]
    right = sum(real_corpus._kind_right(k, got) for _, k, got, _ in rows)
    lines.append(f"\nkind accuracy (either annotator's kind): {right}/{len(rows)} = {right / len(rows):.3f}")
    if missing:
        lines.append(f"{len(missing)} labelled rows without a file: {', '.join(missing)}")
    misses = [(r, k, got, why) for r, k, got, why in rows if not real_corpus._kind_right(k, got)]
    if misses:
        lines.append("\nmisses:")
        for r, k, got, why in misses:
            reason = f" ({why})" if why else ""
            lines.append(f"  {r['id']} expected {expected_label(k)}, got {got}{reason} {r['source']}:{r['path']}")
    if moved:
        lines.append(f"\n{len(moved)} files whose kind is not the one features.csv holds (re-extract to record them):")
        lines += [f"  {m}" for m in moved]
    return "\n".join(lines)


def moved_since_features(rows) -> list[str]:
    feats = real_corpus.features("model")
    out = []
    for r, k, got, _ in rows:
        was = feats.get(r["id"], {}).get("kind_predicted")
        if was and was != got:
            mark = {(False, True): "now right", (True, False): "now wrong"}.get(
                (real_corpus._kind_right(k, was), real_corpus._kind_right(k, got)), "")
            out.append(f"{r['id']} {was} -> {got} (labels {expected_label(k)}){' ' + mark if mark else ''}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None,
                        help=f"the corpus files, <id>.<format> (default {real_corpus.DEFAULT_CORPUS})")
    parser.add_argument("--labels", type=Path, default=None,
                        help="a folder with manifest.csv, labels_a.csv, labels_b.csv (default tests/eval/real)")
    parser.add_argument("--committed", action="store_true",
                        help="read the kinds features.csv holds instead of classifying the files")
    args = parser.parse_args(argv)
    if args.committed and args.labels is not None:
        parser.error("--committed reads tests/eval/real/features.csv: it has rows for that folder's labels only")
    if not args.committed:
        corpus = args.corpus or real_corpus.DEFAULT_CORPUS
        if not corpus.is_dir():
            print(f"no corpus files at {corpus}: give --corpus DIR, or --committed to read features.csv",
                  file=sys.stderr)
            return 2
    rows, missing = evaluate(args.corpus, args.labels, committed=args.committed)
    if not rows:
        print("no labelled file found: is --corpus the folder of <id>.<format> files?", file=sys.stderr)
        return 2
    moved = moved_since_features(rows) if not args.committed and args.labels is None else None
    print(report(rows, missing, moved))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
