"""The real-world development corpus: public procedures and records nobody on the gapscan team wrote.

tests/eval/real/ holds, per document, where it comes from and what annotators said of it; never its text:
documents fetched from public repositories are not committed here, whatever their licence.

    manifest.csv    id, source (owner/name), path, commit, licence, format, standard, kind (the collector's
                    guess, not used for scoring), title, quote
    labels_a.csv    first annotator:  id, verdict, kind, confidence, reason
    labels_b.csv    second annotator, labelled without seeing the first pass (verdict: mirrored, mixed,
                    operational or empty for what is not a procedure; kind: procedure, record, form, other)
    features.csv    what gapscan computes from each file (with and without the sentence model), so that the
                    validation below runs, and the tests hold its numbers, without the files

`extract()` recomputes features.csv from a folder holding the files as <id>.<format> (default
$GAPSCAN_REAL_CORPUS or /work/corpus/real/files). Rebuild that folder from manifest.csv: every row names the
repository, the commit and the path.

The verdict model (gapscan/nlp/verdict.py) is validated leave-one-source-out: each source's documents are
judged by a model fitted on the other sources (plus our own sets, tests/eval and the three example sets,
which are never tested here), so no template pack can vouch for itself.
"""
from __future__ import annotations

import csv
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "eval" / "real"
OWN = ROOT / "tests" / "eval"
EXAMPLES = ROOT / "examples"
DEFAULT_CORPUS = Path(os.environ.get("GAPSCAN_REAL_CORPUS", "/work/corpus/real/files"))
VERDICTS = ("operational", "mixed", "mirrored")  # ordinal order, as gapscan.nlp.verdict.CLASSES
SEVERE = {("mirrored", "operational"), ("operational", "mirrored")}

# The intended verdicts of the example sets (examples/README.md), by set and document code.
EXAMPLE_VERDICTS = {
    "harrow-vale": {
        "QM-01": "mirrored", "EMS-01": "mirrored", "OHS-01": "mirrored",
        "QP-08": "mixed", "QP-12": "mixed", "QP-16": "mixed",
        "QP-14": "operational", "QP-20": "operational", "WI-05": "operational", "WI-22": "operational",
        "HS-04": "operational", "QP-06": "operational",
    },
    "meadowgate-foods": {
        "FSM-01": "mirrored", "QP-04": "mixed", "QP-15": "mixed",
        **dict.fromkeys(("SOP-02", "SOP-07", "SOP-08", "SOP-09", "SOP-11", "SOP-14", "WI-12", "WI-13"),
                        "operational"),
    },
    "corran-freight": {
        "OHS-M01": "mirrored", "QP-03": "mixed",
        **dict.fromkeys(("QP-05", "WI-07", "WI-08", "WI-09", "WI-11", "WI-12", "HS-02", "HS-05"), "operational"),
    },
}


def _read(name: str) -> list[dict[str, str]]:
    path = REAL / name
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def manifest() -> list[dict[str, str]]:
    return _read("manifest.csv")


def labels() -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    """id -> (first annotator's row, second annotator's row), for ids both labelled."""
    a = {r["id"]: r for r in _read("labels_a.csv")}
    b = {r["id"]: r for r in _read("labels_b.csv")}
    return {i: (a[i], b[i]) for i in a if i in b}


# --- features -------------------------------------------------------------------------------------

FEATURE_COLUMNS = ("id", "variant", "status", "kind_predicted", "standard", "verdict", "mirroring",
                   "specificity", "words", "headings", "sentences", "obligations", "citations",
                   *(f"anchor_{k}" for k in ("role", "team", "system", "equipment", "place", "quantity", "duration",
                                             "form", "decision")))


def extract(corpus: Path | None = None) -> Path:
    """Parse, classify and analyse every manifest file found in `corpus`; write features.csv."""
    from gapscan.classify import classify
    from gapscan.ingest import parse_file
    from gapscan.model import Kind
    from gapscan.nlp.mirroring import analyze_many
    from gapscan.nlp.verdict import FEATURES

    corpus = corpus or DEFAULT_CORPUS
    rows = manifest()
    docs = {}
    for r in rows:
        path = corpus / f"{r['id']}.{r['format']}"
        if path.exists():  # classified under its own name and folder, as `gapscan audit` would see it
            docs[r["id"]] = classify(parse_file(path, f"{r['id']}/{r['path']}"))
    # every file is analysed as a procedure, whatever gapscan's own kind says: the verdict and the kind are
    # measured separately
    wanted = [replace(d, kind=Kind.PROCEDURE) for d in docs.values()]
    out = []
    for variant, use_model in (("model", True), ("lexicon", False)):
        analyses = analyze_many(wanted, use_model=use_model)
        for r in rows:
            d = docs.get(r["id"])
            row = {"id": r["id"], "variant": variant}
            if d is None:
                out.append({**row, "status": "missing"})
                continue
            a = analyses.get(d.path)
            row.update(status=d.status.value if d.ok else f"error: {d.error}", kind_predicted=d.kind.value)
            if a is not None:
                row.update(standard=a.standard or "", verdict=a.verdict.value if a.verdict else "",
                           mirroring=a.mirroring, specificity=a.specificity, words=a.words, headings=a.headings,
                           citations=a.clause_citations, obligations=a.obligations, sentences=a.sentences,
                           **{f"anchor_{k}": v for k, v in a.anchors.items()},
                           **{f: round(v, 5) for f, v in a.features.items()})
            out.append(row)
    REAL.mkdir(parents=True, exist_ok=True)
    target = REAL / "features.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*FEATURE_COLUMNS, *FEATURES], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(out)
    print(f"wrote {target}: {len(docs)} of {len(rows)} files found in {corpus}")
    return target


def features(variant: str) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in _read("features.csv") if r["variant"] == variant}


def own_rows(use_model: bool) -> list[tuple[str, str, dict[str, float]]]:
    """(source, verdict, features) of our own labelled sets: tests/eval and the example sets."""
    from gapscan.ingest import parse_file
    from gapscan.model import Kind
    from gapscan.nlp.mirroring import analyze_many

    with (OWN / "labels.csv").open(newline="", encoding="utf-8") as fh:
        own = [(r["file"], r["verdict"]) for r in csv.DictReader(fh)]
    docs = [(("gapscan/tests-eval", v), parse_file(OWN / "docs" / n, n)) for n, v in own]
    for name, wanted in EXAMPLE_VERDICTS.items():
        for path in sorted((EXAMPLES / name).rglob("*")):
            key = next((k for k in wanted if path.name.startswith(k + " ")), None)
            if key:
                docs.append(((f"gapscan/{name}", wanted[key]), parse_file(path, path.name)))
    analyses = analyze_many([replace(d, kind=Kind.PROCEDURE) for _, d in docs if d.ok], use_model=use_model)
    return [(src, v, analyses[d.path].features) for (src, v), d in docs if d.ok and d.path in analyses]


# --- evaluation -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class RealRow:
    id: str
    source: str
    labels: tuple[str, str]  # the two annotators' verdicts
    predicted: str
    probability: float
    uncertain: bool
    expected_score: float  # 0-100: 50 x P(mixed) + 100 x P(mirrored), out of fold
    mirroring: float  # the descriptive mirroring score

    @property
    def agreed(self) -> bool:
        return self.labels[0] == self.labels[1]

    @property
    def right(self) -> bool:
        return self.predicted in self.labels

    @property
    def severe(self) -> bool:
        return self.agreed and (self.labels[0], self.predicted) in SEVERE


@dataclass(frozen=True)
class RealResult:
    rows: tuple[RealRow, ...]
    kinds: tuple[tuple[str, str, tuple[str, str], str], ...]  # (id, source, the two labelled kinds, predicted)
    use_model: bool
    own_accuracy: float  # our own sets judged by the model fitted on everything else
    kappa: float

    def accuracy(self, rows=None) -> float:
        rows = self.rows if rows is None else rows
        return sum(r.right for r in rows) / len(rows) if rows else 0.0

    @property
    def agreed(self) -> tuple[RealRow, ...]:
        return tuple(r for r in self.rows if r.agreed)

    @property
    def severe(self) -> tuple[RealRow, ...]:
        return tuple(r for r in self.rows if r.severe)

    def spearman(self, attr: str = "expected_score") -> float:
        order = {v: i for i, v in enumerate(VERDICTS)}
        xs = [getattr(r, attr) for r in self.rows]
        ys = [sum(order[v] for v in r.labels) / 2 for r in self.rows]
        return _spearman(xs, ys)

    @property
    def kind_accuracy(self) -> tuple[int, int]:
        return sum(_kind_right(k, p) for _, _, k, p in self.kinds), len(self.kinds)


def _kind_right(labelled: tuple[str, str], predicted: str) -> bool:
    """The predicted kind matches either annotator's; management review minutes are procedure-like here."""
    return {"review": "procedure"}.get(predicted, predicted) in labelled


def _verdict_label(row: dict[str, str]) -> str | None:
    v = (row.get("verdict") or "").strip().lower()
    return v if v in VERDICTS else None


def evaluate(use_model: bool = True) -> RealResult:
    from gapscan.nlp.verdict import calibrate, fit

    variant = "model" if use_model else "lexicon"
    feats = features(variant)
    meta = {r["id"]: r for r in manifest()}
    labelled = labels()
    data = _labelled_rows(variant)
    own = own_rows(use_model)
    rows = []
    for source in sorted({d[1] for d in data}):
        train_x, train_y, train_w = _training(([d for d in data if d[1] != source]), own)
        model = fit(train_x, train_y, train_w)
        for i, src, labs, x, mirroring in (d for d in data if d[1] == source):
            c = calibrate(x, model)
            p = c.probabilities
            rows.append(RealRow(id=i, source=src, labels=labs, predicted=c.verdict, probability=c.probability,
                                uncertain=c.uncertain, mirroring=mirroring,
                                expected_score=round(50 * p["mixed"] + 100 * p["mirrored"], 1)))
    # our own sets, judged by a model that never saw them
    model = fit(*_training(data, []))
    own_right = sum(calibrate(x, model).verdict == v for _, v, x in own)
    kinds = []
    for i, r in sorted(meta.items()):
        f = feats.get(i)
        if f and f.get("kind_predicted") and i in labelled:
            a, b = labelled[i]
            kinds.append((i, r["source"], (a["kind"], b["kind"]), f["kind_predicted"]))
    return RealResult(rows=tuple(rows), kinds=tuple(kinds), use_model=use_model,
                      own_accuracy=own_right / len(own) if own else 0.0, kappa=cohen_kappa(labelled))


def _training(data, own):
    """Rows, labels and weights: a real document labelled differently by the two annotators enters once per
    label at half weight; our own documents weigh as much in total as the real ones, so that neither view
    of where "mixed" ends outvotes the other by sheer numbers."""
    from gapscan.nlp.verdict import CLASSES

    x, y, w = [], [], []
    for _, _, (la, lb), feats, _ in data:
        for lab in {la, lb}:
            x.append(feats)
            y.append(CLASSES.index(lab))
            w.append(1.0 if la == lb else 0.5)
    own_weight = len(data) / len(own) if data and own else 1.0
    for _, v, feats in own:
        x.append(feats)
        y.append(CLASSES.index(v))
        w.append(own_weight)
    return x, y, w


def _labelled_rows(variant: str) -> list[tuple[str, str, tuple[str, str], dict[str, float], float]]:
    """(id, source, both verdict labels, features, mirroring score) of every document both annotators gave a
    verdict and gapscan could analyse."""
    from gapscan.nlp.verdict import FEATURES

    feats = features(variant)
    meta = {r["id"]: r for r in manifest()}
    rows = []
    for i, (a, b) in sorted(labels().items()):
        la, lb = _verdict_label(a), _verdict_label(b)
        f = feats.get(i)
        if la and lb and f and f.get(FEATURES[0]):
            rows.append((i, meta[i]["source"], (la, lb), {k: float(f[k]) for k in FEATURES}, float(f["mirroring"])))
    return rows


def fit_shipped():
    """The model fitted on every labelled document, real and our own: what gapscan ships."""
    from gapscan.nlp.verdict import fit

    data = _labelled_rows("model")
    own = own_rows(True)
    sources = len({d[1] for d in data})
    return fit(*_training(data, own),
               trained_on=f"{len(data)} real documents from {sources} public sources + {len(own)} of our own")


def write_model() -> str:
    """Refit the shipped model and write it to gapscan/data/verdict_model.json."""
    model = fit_shipped()
    target = ROOT / "src" / "gapscan" / "data" / "verdict_model.json"
    target.write_text(model.to_json(), encoding="utf-8")
    return f"wrote {target.relative_to(ROOT)} ({model.trained_on})"


def cohen_kappa(labelled) -> float:
    pairs = [(_verdict_label(a), _verdict_label(b)) for a, b in labelled.values()]
    pairs = [(x, y) for x, y in pairs if x and y]
    if not pairs:
        return 0.0
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    expected = sum(ca[v] * cb[v] for v in VERDICTS) / n ** 2
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def _ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def _spearman(xs, ys) -> float:
    if len(xs) < 3:
        return 0.0
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def report(result: RealResult, verbose: bool = False) -> str:
    lines = [f"real corpus, leave-one-source-out, sentence model {'on' if result.use_model else 'off'}"]
    if verbose:
        lines.append(f"{'id':6} {'source':42} {'labels':22} {'predicted':12} {'P':>5}")
        for r in result.rows:
            mark = "  " if r.right else ("!!" if r.severe else " *")
            lines.append(f"{r.id:6} {r.source[:42]:42} {'/'.join(r.labels):22} {r.predicted:12} "
                         f"{r.probability:5.2f}{mark}{' uncertain' if r.uncertain else ''}")
    by_source = defaultdict(list)
    for r in result.rows:
        by_source[r.source].append(r)
    lines.append(f"{'source':44} {'docs':>4} {'right':>5}")
    for source, rows in sorted(by_source.items()):
        lines.append(f"{source[:44]:44} {len(rows):4} {sum(r.right for r in rows):5}")
    confident = [r for r in result.rows if not r.uncertain]
    hit, total = result.kind_accuracy
    lines += [
        f"documents with two verdict labels: {len(result.rows)} from {len(by_source)} sources "
        f"(annotators agree on {len(result.agreed)}, Cohen's kappa {result.kappa:.2f})",
        f"verdict accuracy, all rows (either label): {result.accuracy():.3f}",
        f"verdict accuracy, rows where both labels agree: {result.accuracy(result.agreed):.3f}",
        f"severe errors on agreed rows (mirrored <-> operational): {len(result.severe)}",
        "recall on agreed rows: " + ", ".join(
            f"{v} {sum(r.predicted == v for r in result.agreed if r.labels[0] == v)}/"
            f"{sum(r.labels[0] == v for r in result.agreed)}" for v in reversed(VERDICTS)),
        f"uncertain verdicts: {len(result.rows) - len(confident)}; accuracy of the rest: "
        f"{result.accuracy(confident):.3f}",
        f"Spearman vs label order: calibrated score {result.spearman():.3f}, "
        f"mirroring score {result.spearman('mirroring'):.3f}",
        f"kind accuracy (procedure-like / record / form): {hit}/{total}",
        f"own sets (tests/eval + examples) judged by a model fitted on the real corpus alone: "
        f"{result.own_accuracy:.3f}",
    ]
    misses = [(i, k, p) for i, _, k, p in result.kinds if not _kind_right(k, p)]
    if verbose and misses:
        lines.append("kind misses: " + ", ".join(f"{i} {'/'.join(sorted(set(k)))}->{p}" for i, k, p in misses))
    return "\n".join(lines)
