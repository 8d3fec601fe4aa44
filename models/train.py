"""Train gapscan's sentence classifier (STANDARD_SPEAK vs OPERATIONAL) in one command.

    .venv/bin/python models/train.py

1. rebuilds models/corpus/sentences.jsonl from build_corpus.py (fixed seed);
2. splits it 80/20 by group, stratified by label: a generated template lands wholly in train
   or wholly in held-out, and hand-written lines move in blocks of four, so the held-out score
   measures sentence shapes the model has not seen;
3. trains spacy.blank("en") + textcat (exclusive classes; BOW + small CNN ensemble) for a
   fixed number of epochs, no peeking at held-out;
4. evaluates on held-out, writes models/sentence_textcat/, models/corpus/split/*.jsonl,
   models/metrics.json and the metrics section of models/README.md.
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "corpus"))

import build_corpus  # noqa: E402

SEED = 7
HELD_OUT_SHARE = 0.20
EPOCHS = 12
LABELS = ("STANDARD_SPEAK", "OPERATIONAL")
MODEL_DIR = HERE / "sentence_textcat"
SPLIT_DIR = HERE / "corpus" / "split"
README = HERE / "README.md"
METRICS_START, METRICS_END = "<!-- metrics:start -->", "<!-- metrics:end -->"

TEXTCAT_MODEL = {
    "@architectures": "spacy.TextCatEnsemble.v2",
    "nO": None,
    "linear_model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 131072,
    },
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 64,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [5000, 1000, 2500, 1000],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 64,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 2,
        },
    },
}


def split(rows: list[dict], seed: int = SEED, share: float = HELD_OUT_SHARE) -> tuple[list[dict], list[dict]]:
    """Group-wise, label-stratified split: whole groups go to held-out until each label has `share` of its rows."""
    rng = random.Random(seed)
    held_groups: set[str] = set()
    for label in LABELS:
        mine = [r for r in rows if r["label"] == label]
        sizes: dict[str, int] = {}
        for r in mine:
            sizes[r["group"]] = sizes.get(r["group"], 0) + 1
        # hand-written blocks and templates are drawn separately so both kinds are held out
        for kind in ("hand:", "template:"):
            groups = sorted(g for g in sizes if g.startswith(kind))
            rng.shuffle(groups)
            target = share * sum(sizes[g] for g in groups)
            taken = 0
            for group in groups:
                if taken >= target:
                    break
                if taken + sizes[group] > target * 1.5 and taken > 0:
                    continue
                held_groups.add(group)
                taken += sizes[group]
    train = [r for r in rows if r["group"] not in held_groups]
    held = [r for r in rows if r["group"] in held_groups]
    return train, held


def _examples(nlp, rows):
    from spacy.training import Example

    return [Example.from_dict(nlp.make_doc(r["text"]), {"cats": {lab: float(r["label"] == lab) for lab in LABELS}})
            for r in rows]


def train(rows: list[dict], *, quiet: bool = False):
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": TEXTCAT_MODEL, "threshold": 0.5})
    for label in LABELS:
        textcat.add_label(label)
    examples = _examples(nlp, rows)
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=compounding(8.0, 64.0, 1.5)):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        if not quiet:
            print(f"epoch {epoch + 1:2d}  loss {losses.get('textcat', 0.0):.4f}")
    return nlp


def evaluate(scores: list[float], rows: list[dict]) -> dict:
    """Per-class precision/recall/F1 and accuracy, predicting STANDARD_SPEAK when P >= 0.5."""
    predicted = ["STANDARD_SPEAK" if s >= 0.5 else "OPERATIONAL" for s in scores]
    gold = [r["label"] for r in rows]
    out: dict = {"n": len(rows), "accuracy": round(sum(p == g for p, g in zip(predicted, gold)) / max(1, len(rows)), 4)}
    for label in LABELS:
        tp = sum(p == g == label for p, g in zip(predicted, gold))
        fp = sum(p == label != g for p, g in zip(predicted, gold))
        fn = sum(g == label != p for p, g in zip(predicted, gold))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[label] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                      "support": sum(g == label for g in gold)}
    return out


def score(nlp, texts: list[str]) -> list[float]:
    return [doc.cats["STANDARD_SPEAK"] for doc in nlp.pipe(texts, batch_size=256)]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _metrics_markdown(m: dict) -> str:
    lines = [METRICS_START, "",
             f"Corpus: {m['corpus']['total']} sentences ({m['corpus']['STANDARD_SPEAK']} STANDARD_SPEAK, "
             f"{m['corpus']['OPERATIONAL']} OPERATIONAL; {m['corpus']['hand_written']} hand-written, "
             f"{m['corpus']['templated']} from {m['corpus']['templates']} templates).",
             f"Split: {m['train_size']} train / {m['held_out']['all']['n']} held-out, by group (whole templates "
             f"and blocks of hand-written lines), seed {SEED}.",
             f"Training: {EPOCHS} epochs in {m['train_seconds']:.1f} s on {m['cpus']} CPU core(s); "
             f"model on disk {m['model_bytes'] / 1e6:.1f} MB.",
             f"Load: {m['gapscan_load_seconds']:.2f} s with gapscan's loader (textcat only, shared pipeline already "
             f"loaded); {m['load_seconds']:.2f} s for a full `spacy.load` of the folder.",
             "",
             "Held-out, all sentences:",
             "",
             "| class | precision | recall | F1 | support |",
             "|---|---|---|---|---|"]
    for label in LABELS:
        c = m["held_out"]["all"][label]
        lines.append(f"| {label} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | {c['support']} |")
    lines += ["", f"Accuracy {m['held_out']['all']['accuracy']:.3f}.", "",
              "Held-out, hand-written sentences only (the harder, less regular part):", "",
              "| class | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label in LABELS:
        c = m["held_out"]["hand"][label]
        lines.append(f"| {label} | {c['precision']:.3f} | {c['recall']:.3f} | {c['f1']:.3f} | {c['support']} |")
    lines += ["", f"Accuracy {m['held_out']['hand']['accuracy']:.3f}.", "", METRICS_END]
    return "\n".join(lines)


def _update_readme(section: str) -> None:
    text = README.read_text("utf-8") if README.exists() else f"# Sentence model\n\n{METRICS_START}\n{METRICS_END}\n"
    if METRICS_START not in text:
        text += f"\n## Metrics\n\n{METRICS_START}\n{METRICS_END}\n"
    head, rest = text.split(METRICS_START, 1)
    _, tail = rest.split(METRICS_END, 1)
    README.write_text(head + section + tail, "utf-8")


def main() -> None:
    import os

    import spacy

    rows = build_corpus.build()
    build_corpus.main()
    train_rows, held = split(rows)
    _write_jsonl(SPLIT_DIR / "train.jsonl", train_rows)
    _write_jsonl(SPLIT_DIR / "heldout.jsonl", held)
    print(f"train {len(train_rows)}  held-out {len(held)}")

    started = time.perf_counter()
    nlp = train(train_rows)
    train_seconds = time.perf_counter() - started
    nlp.to_disk(MODEL_DIR)

    started = time.perf_counter()
    loaded = spacy.load(MODEL_DIR)
    load_seconds = time.perf_counter() - started
    scores = score(loaded, [r["text"] for r in held])
    from gapscan.nlp import pipeline, sentence_model

    pipeline.get_nlp()
    started = time.perf_counter()
    sentence_model.load_from(MODEL_DIR)
    gapscan_load_seconds = time.perf_counter() - started
    hand = [(s, r) for s, r in zip(scores, held) if r["source"].startswith("hand:")]
    metrics = {
        "corpus": {
            "total": len(rows),
            "STANDARD_SPEAK": sum(r["label"] == "STANDARD_SPEAK" for r in rows),
            "OPERATIONAL": sum(r["label"] == "OPERATIONAL" for r in rows),
            "hand_written": sum(r["source"].startswith("hand:") for r in rows),
            "templated": sum(r["source"].startswith("template:") for r in rows),
            "templates": len({r["group"] for r in rows if r["group"].startswith("template:")}),
        },
        "train_size": len(train_rows),
        "held_out": {"all": evaluate(scores, held), "hand": evaluate([s for s, _ in hand], [r for _, r in hand])},
        "held_out_templates": sorted({r["group"] for r in held if r["group"].startswith("template:")}),
        "epochs": EPOCHS,
        "seed": SEED,
        "train_seconds": round(train_seconds, 1),
        "load_seconds": round(load_seconds, 3),
        "gapscan_load_seconds": round(gapscan_load_seconds, 3),
        "model_bytes": _dir_size(MODEL_DIR),
        "cpus": os.cpu_count(),
        "spacy": spacy.__version__,
    }
    (HERE / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", "utf-8")
    _update_readme(_metrics_markdown(metrics))
    print(json.dumps(metrics["held_out"], indent=2))
    print(f"trained in {train_seconds:.1f} s, model {metrics['model_bytes'] / 1e6:.1f} MB, load {load_seconds:.2f} s")


if __name__ == "__main__":
    main()
