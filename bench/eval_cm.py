"""Evaluate the clause-mirroring verdict: on our own labelled procedures, and on real public documents.

    .venv/bin/python bench/eval_cm.py [--no-model] [--verbose]            our own set (tests/eval)
    .venv/bin/python bench/eval_cm.py --real [--verbose]                  the real-world corpus (tests/eval/real)
    .venv/bin/python bench/eval_cm.py --real --extract [--corpus DIR]     recompute its features from the files
    .venv/bin/python bench/eval_cm.py --real --sentence-folds [--corpus DIR]  retrain the sentence model per fold
    .venv/bin/python bench/eval_cm.py --real --fit                        refit gapscan/data/verdict_model.json
    .venv/bin/python bench/eval_cm.py --real --ceiling                    each annotator scored as if a verdict
    .venv/bin/python bench/eval_cm.py --held-out DIR --labels FILE [--no-model]   a labelled set outside the
        corpus (FILE: "relative path<TAB>verdict" lines) judged by the shipped model, wrong verdicts by cause

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


ORDER = {"operational": 0, "mixed": 1, "mirrored": 2}  # the label order Spearman is computed against
SEVERE_PAIRS = {("mirrored", "operational"), ("operational", "mirrored")}


CONFIDENCE_SHIFT = {"high": 0.0, "medium": 0.2, "low": 0.4}  # towards the middle of the order, for --ceiling


def annotator_ceiling(pairs: list[tuple[str, str]], draws: int = 200,
                      confidences: list[tuple[str, str]] | None = None) -> dict[str, dict[str, float]]:
    """What each annotator reaches when their labels are scored the way the verdict is (docs/SCORING.md, round
    16). `pairs`: (annotator A's verdict, B's) per document. For "A" and "B": accuracy and agreed-row accuracy
    by the issue's definition (a label matching either annotator; the annotator is one of the two, so these
    are 1 by construction), accuracy and severe errors against the other annotator alone, Spearman of the
    labels against the label order (the mean of both labels, as the verdict is scored) and against the other
    annotator alone, and the mean Spearman when the annotator's labels are made a score without ties (a
    random order within each label, `draws` fixed seeds): the verdict's score has no ties, and a score
    without ties cannot reach 1 against tied labels. "ceiling": the Spearman of a score without ties in the
    label order itself (the best any score without ties can do; the order within a label does not matter).
    With `confidences` (each annotator's high/medium/low per document), "spearman_confident": the labels ordered
    within each label by that confidence, an unsure operational label moved up and an unsure mirrored one down
    (CONFIDENCE_SHIFT), mixed labels and equal confidences left in document order."""
    import random
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from real_corpus import _spearman

    target = [(ORDER[a] + ORDER[b]) / 2 for a, b in pairs]
    out: dict[str, dict[str, float]] = {}
    for name, k in (("A", 0), ("B", 1)):
        own = [p[k] for p in pairs]
        other = [p[1 - k] for p in pairs]
        agreed = [(x, p) for x, p in zip(own, pairs) if p[0] == p[1]]
        untied = []
        for seed in range(draws):
            rnd = random.Random(seed)
            untied.append(_spearman([ORDER[x] + 0.5 * rnd.random() for x in own], target))
        out[name] = {
            "accuracy": sum(x in p for x, p in zip(own, pairs)) / len(pairs),
            "agreed_accuracy": sum(x in p for x, p in agreed) / len(agreed) if agreed else 0.0,
            "vs_other": sum(x == y for x, y in zip(own, other)) / len(pairs),
            "severe_vs_other": sum((y, x) in SEVERE_PAIRS for x, y in zip(own, other)),
            "spearman": _spearman([ORDER[x] for x in own], target),
            "spearman_vs_other": _spearman([ORDER[x] for x in own], [ORDER[y] for y in other]),
            "spearman_untied": sum(untied) / len(untied),
            "spearman_untied_min": min(untied),
            "spearman_untied_max": max(untied),
        }
        if confidences is not None:
            score = []
            for j, (x, c) in enumerate(zip(own, (c[k] for c in confidences))):
                shift = CONFIDENCE_SHIFT.get(c.strip().lower(), CONFIDENCE_SHIFT["medium"])
                score.append(ORDER[x] + shift * {"operational": 1, "mirrored": -1}.get(x, 0) + j * 1e-6)
            out[name]["spearman_confident"] = _spearman(score, target)
    ranked = sorted(range(len(target)), key=lambda i: target[i])
    score = [0.0] * len(target)
    for r, i in enumerate(ranked):
        score[i] = float(r)
    out["ceiling"] = {"spearman": _spearman(score, target)}
    return out


def ceiling_report(pairs: list[tuple[str, str]], confidences: list[tuple[str, str]] | None = None) -> str:
    c = annotator_ceiling(pairs, confidences=confidences)
    lines = [f"each annotator's labels scored as a verdict ({len(pairs)} documents with two verdict labels)"]
    for name in ("A", "B"):
        m = c[name]
        lines.append(
            f"annotator {name}: accuracy {m['accuracy']:.3f}, agreed rows {m['agreed_accuracy']:.3f} (either label, "
            f"so 1 by construction); against the other alone {m['vs_other']:.3f}, severe {m['severe_vs_other']}; "
            f"Spearman vs label order {m['spearman']:.3f}, vs the other alone {m['spearman_vs_other']:.3f}; "
            f"as a score without ties {m['spearman_untied']:.3f} ({m['spearman_untied_min']:.3f}-"
            f"{m['spearman_untied_max']:.3f})"
            + (f", ordered by their confidence {m['spearman_confident']:.3f}" if "spearman_confident" in m else ""))
    lines.append(f"a score without ties in the label order itself (the ceiling): Spearman {c['ceiling']['spearman']:.3f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-model", action="store_true", help="lexicon signals only, no sentence model")
    parser.add_argument("--verbose", "-v", action="store_true", help="one line per document")
    parser.add_argument("--real", action="store_true", help="the real-world corpus, leave-one-source-out")
    parser.add_argument("--extract", action="store_true", help="with --real: recompute features from the files")
    parser.add_argument("--corpus", type=Path, default=None, help="with --extract: the folder of corpus files")
    parser.add_argument("--new-only", action="store_true",
                        help="with --extract: only the manifest rows without features yet; keep the others as they are")
    parser.add_argument("--sentence-folds", action="store_true",
                        help="with --real: retrain the sentence model per fold and recompute the out-of-fold features")
    parser.add_argument("--fit", action="store_true", help="with --real: refit and write the shipped verdict model")
    parser.add_argument("--causes", action="store_true",
                        help="with --real: the wrong verdicts grouped by the feature that pulls each most")
    parser.add_argument("--ceiling", action="store_true",
                        help="with --real: each annotator's labels scored as if they were the verdict")
    parser.add_argument("--held-out", type=Path, default=None,
                        help="a labelled folder outside the corpus: verdicts, and the causes of the wrong ones")
    parser.add_argument("--labels", type=Path, default=None, help="with --held-out: 'path<TAB>verdict' lines")
    args = parser.parse_args()
    if args.held_out:
        import real_corpus

        if args.labels is None:
            parser.error("--held-out needs --labels")
        rows = real_corpus.held_out(args.held_out, real_corpus.read_held_out_labels(args.labels),
                                    variant="lexicon" if args.no_model else "model")
        print(real_corpus.held_out_report(rows))
        return
    if not args.real:
        print(report(evaluate(use_model=not args.no_model), verbose=args.verbose))
        return
    import real_corpus

    if args.extract:
        real_corpus.extract(args.corpus, new_only=args.new_only)
    if args.sentence_folds:
        real_corpus.sentence_folds(args.corpus)
    if args.fit:
        print(real_corpus.write_model())
    if args.ceiling:
        rows = real_corpus._labelled_rows("model")
        labelled = real_corpus.labels()
        print(ceiling_report([labs for _, _, labs, _, _ in rows],
                             [(labelled[i][0]["confidence"], labelled[i][1]["confidence"]) for i, *_ in rows]))
        return
    variants = ["lexicon"] if args.no_model else ["model", "lexicon"]
    if not args.no_model and real_corpus.folds_complete():
        variants.insert(1, "folds")
    for variant in variants:
        if args.causes:
            print(real_corpus.causes_report(real_corpus.causes(variant), variant))
        else:
            print(real_corpus.report(real_corpus.evaluate(variant), verbose=args.verbose))
        print()


if __name__ == "__main__":
    main()
