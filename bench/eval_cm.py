"""Evaluate the clause-mirroring verdict: on our own labelled procedures, and on real public documents.

    .venv/bin/python bench/eval_cm.py [--no-model] [--verbose]            our own set (tests/eval)
    .venv/bin/python bench/eval_cm.py --real [--verbose]                  the real-world corpus (tests/eval/real)
    .venv/bin/python bench/eval_cm.py --real --extract [--corpus DIR]     recompute its features from the files
    .venv/bin/python bench/eval_cm.py --real --sentence-folds [--corpus DIR]  retrain the sentence model per fold
    .venv/bin/python bench/eval_cm.py --real --fit                        refit gapscan/data/verdict_model.json

Own set: the confusion matrix (expected rows x predicted columns), accuracy, how often an operational
procedure was called mirrored (must be never), standard detection accuracy and the analysis time.
tests/eval/test_eval_cm.py asserts on the same numbers.

Real corpus: the verdict model is validated leave-one-source-out (each source's documents are judged by a
model fitted without them); accuracy counts a verdict as right when it matches either annotator. See
real_corpus.py for the corpus files and docs/SCORING.md for the numbers.
"""
from __future__ import annotations

import argparse
import csv
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "tests" / "eval"
VERDICTS = ("mirrored", "mixed", "operational")


@dataclass(frozen=True)
class Row:
    file: str
    expected: str
    predicted: str | None
    standard: str | None
    detected: str | None
    mirroring: float | None
    specificity: float | None
    error: str | None = None


@dataclass(frozen=True)
class Result:
    rows: tuple[Row, ...]
    seconds: float
    model_used: bool

    @property
    def scored(self) -> list[Row]:
        return [r for r in self.rows if r.error is None]

    @property
    def accuracy(self) -> float:
        rows = self.scored
        return sum(r.expected == r.predicted for r in rows) / len(rows) if rows else 0.0

    @property
    def operational_called_mirrored(self) -> list[Row]:
        return [r for r in self.rows if r.expected == "operational" and r.predicted == "mirrored"]

    def confusion(self) -> dict[str, dict[str, int]]:
        table = {e: {p: 0 for p in (*VERDICTS, "none")} for e in VERDICTS}
        for r in self.scored:
            table[r.expected][r.predicted or "none"] += 1
        return table

    @property
    def standard_accuracy(self) -> tuple[int, int]:
        rows = [r for r in self.scored if r.standard and r.expected != "operational"]
        return sum(r.detected == r.standard for r in rows), len(rows)


def labels() -> list[tuple[str, str, str]]:
    with (EVAL / "labels.csv").open(newline="", encoding="utf-8") as fh:
        return [(r["file"], r["verdict"], r["standard"]) for r in csv.DictReader(fh)]


def evaluate(*, use_model: bool = True) -> Result:
    from gapscan.ingest import parse_file
    from gapscan.nlp.mirroring import analyze_many

    wanted = labels()
    docs = [parse_file(EVAL / "docs" / name, name) for name, _, _ in wanted]
    ok = [d for d in docs if d.ok]
    analyze_many(ok[:1], use_model=use_model)  # load the pipeline outside the timing
    start = time.perf_counter()
    analyses = analyze_many(ok, use_model=use_model)
    seconds = time.perf_counter() - start
    rows = []
    for (name, expected, standard), doc in zip(wanted, docs):
        a = analyses.get(name)
        if not doc.ok or a is None:
            rows.append(Row(name, expected, None, standard or None, None, None, None,
                            error=doc.error or "not analysed"))
            continue
        rows.append(Row(name, expected, a.verdict.value if a.verdict else None, standard or None, a.standard,
                        a.mirroring, a.specificity))
    model_used = any(a.model_used for a in analyses.values())
    return Result(rows=tuple(rows), seconds=seconds, model_used=model_used)


def report(result: Result, verbose: bool = False) -> str:
    lines = []
    if verbose:
        lines.append(f"{'file':44} {'expected':11} {'predicted':11} {'mirr':>5} {'spec':>5}  standard")
        for r in result.rows:
            mark = " " if r.expected == r.predicted else "*"
            if r.error:
                lines.append(f"{r.file:44} {r.expected:11} ERROR {r.error}")
                continue
            lines.append(f"{r.file:44} {r.expected:11} {str(r.predicted):11} {r.mirroring:5.1f} "
                         f"{r.specificity:5.1f}{mark} {r.detected} (label {r.standard})")
        lines.append("")
    table = result.confusion()
    lines.append("expected \\ predicted " + " ".join(f"{p:>11}" for p in (*VERDICTS, "none")))
    for e in VERDICTS:
        lines.append(f"{e:20} " + " ".join(f"{table[e][p]:>11}" for p in (*VERDICTS, "none")))
    scored = result.scored
    hit, total = result.standard_accuracy
    lines.append(f"documents: {len(result.rows)} (scored {len(scored)}, parse errors {len(result.rows) - len(scored)})")
    lines.append(f"accuracy: {result.accuracy:.3f}")
    lines.append(f"operational called mirrored: {len(result.operational_called_mirrored)}")
    lines.append(f"standard detected (mirrored+mixed with a label): {hit}/{total}")
    lines.append(f"sentence model used: {result.model_used}")
    lines.append(f"analysis time: {result.seconds:.2f} s for {len(scored)} documents")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true", help="lexicon signals only, no sentence model")
    parser.add_argument("--verbose", "-v", action="store_true", help="one line per document")
    parser.add_argument("--real", action="store_true", help="the real-world corpus, leave-one-source-out")
    parser.add_argument("--extract", action="store_true", help="with --real: recompute features from the files")
    parser.add_argument("--corpus", type=Path, default=None, help="with --extract: the folder of corpus files")
    parser.add_argument("--sentence-folds", action="store_true",
                        help="with --real: retrain the sentence model per fold and recompute the out-of-fold features")
    parser.add_argument("--fit", action="store_true", help="with --real: refit and write the shipped verdict model")
    args = parser.parse_args()
    if not args.real:
        print(report(evaluate(use_model=not args.no_model), verbose=args.verbose))
        return
    import real_corpus

    if args.extract:
        real_corpus.extract(args.corpus)
    if args.sentence_folds:
        real_corpus.sentence_folds(args.corpus)
    if args.fit:
        print(real_corpus.write_model())
    variants = ["lexicon"] if args.no_model else ["model", "lexicon"]
    if not args.no_model and real_corpus.folds_complete():
        variants.insert(1, "folds")
    for variant in variants:
        print(real_corpus.report(real_corpus.evaluate(variant), verbose=args.verbose))
        print()


if __name__ == "__main__":
    main()
