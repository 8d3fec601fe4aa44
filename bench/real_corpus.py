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
$GAPSCAN_REAL_CORPUS or /work/corpus/real20/files, the 687 files of the grown manifest; /work/corpus/real/files
holds only the first 413). `rebuild()` (`python bench/real_corpus.py --rebuild MIRRORS`)
writes that folder from local git copies of the sources, one per repository at MIRRORS/<owner>+<name>/repo:
every manifest row names the repository, the commit and the path, and each file is the blob at that commit,
byte for byte.

The verdict model (gapscan/nlp/verdict.py) is validated leave-one-source-out: each source's documents are
judged by a model fitted on the other sources (plus our own sets, tests/eval and the three example sets,
which are never tested here), so no template pack can vouch for itself.
"""
from __future__ import annotations

import csv
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "eval" / "real"
OWN = ROOT / "tests" / "eval"
EXAMPLES = ROOT / "examples"
DEFAULT_CORPUS = Path(os.environ.get("GAPSCAN_REAL_CORPUS", "/work/corpus/real20/files"))
# The sentence models trained per fold (sentence_folds): beside the corpus files, never in the repository
FOLD_MODELS = Path(os.environ.get("GAPSCAN_SENTENCE_FOLDS", DEFAULT_CORPUS.parent / "sentence_folds"))
VERDICTS = ("operational", "mixed", "mirrored")  # ordinal order, as gapscan.nlp.verdict.CLASSES
SEVERE = {("mirrored", "operational"), ("operational", "mirrored")}
# Sources kept out of all development: never read, never rebuilt, whatever a manifest says
HELD_OUT = frozenset({
    "openregulatory/templates", "RadiotherapyAI/RadiotherapyAI", "strongdm/comply",
    "JupiterOne/security-policy-templates", "mbraybrook/ISMS-Documents", "ehwest/mdn_qms", "innolitics/rdm",
    "greenorbitspace/hub", "impactorbitco/handbook-main", "neomint-skr/isms-master", "lisadonlon/lean-iso13485-qms",
    "PactoSigna/Sample.QMS.ISO13485", "Abdulcomsian/myscaiso_en", "xorbh/aapl-docs"})
FOLDS = 5  # grouped by source: one sentence-model training takes about two minutes, 61 would take two hours
WEAK_PER_DOCUMENT = 20  # sentences taken from one document, so that a long manual cannot set the model's voice
WEAK_MAX_CHARS = 400  # longer "sentences" are mostly run-together lists or tables

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


def _read(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    path = (folder or REAL) / name
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def manifest(folder: Path | None = None) -> list[dict[str, str]]:
    """The manifest rows of tests/eval/real, or of another folder laid out the same (its pending/ rows)."""
    return _read("manifest.csv", folder)


def labels(folder: Path | None = None) -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    """id -> (first annotator's row, second annotator's row), for ids both labelled."""
    a = {r["id"]: r for r in _read("labels_a.csv", folder)}
    b = {r["id"]: r for r in _read("labels_b.csv", folder)}
    return {i: (a[i], b[i]) for i in a if i in b}


# --- features -------------------------------------------------------------------------------------

FEATURE_COLUMNS = ("id", "variant", "status", "kind_predicted", "standard", "verdict", "mirroring",
                   "specificity", "words", "headings", "sentences", "obligations", "citations",
                   *(f"anchor_{k}" for k in ("role", "team", "system", "equipment", "place", "quantity", "duration",
                                             "form", "decision")))


def _git_dir(mirrors: Path, source: str) -> Path | None:
    """The git directory of `source` (owner/name) under `mirrors`: <owner>+<name>/repo, bare or with a .git."""
    base = mirrors / source.replace("/", "+") / "repo"
    for candidate in (base / ".git", base):
        if (candidate / "HEAD").exists() and (candidate / "objects").is_dir():
            return candidate
    return None


def rebuild(mirrors: Path, corpus: Path | None = None) -> list[str]:
    """Write every manifest file as <corpus>/<id>.<format>, the blob at the row's commit and path read from the
    source's local git copy under `mirrors` (see _git_dir). Returns the ids that could not be written, each with
    why; the files found are written whatever the others do. Never writes inside the repository; never reads a
    held-out source."""
    import subprocess

    corpus = (corpus or DEFAULT_CORPUS).resolve()
    if corpus == ROOT or ROOT in corpus.parents:
        raise ValueError(f"{corpus} is inside the repository: the corpus files must not be committed")
    corpus.mkdir(parents=True, exist_ok=True)
    missing = []
    for r in manifest():
        if r["source"] in HELD_OUT:
            missing.append(f"{r['id']} held-out source {r['source']}")
            continue
        git_dir = _git_dir(mirrors, r["source"])
        if git_dir is None:
            missing.append(f"{r['id']} no copy of {r['source']} in {mirrors}")
            continue
        shown = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{r['commit']}:{r['path']}"],
                               capture_output=True)
        if shown.returncode:
            reason = shown.stderr.decode("utf-8", "replace").strip().splitlines()
            missing.append(f"{r['id']} {r['source']}@{r['commit'][:12]}:{r['path']}: {reason[-1] if reason else '?'}")
            continue
        (corpus / f"{r['id']}.{r['format']}").write_bytes(shown.stdout)
    print(f"wrote {len(manifest()) - len(missing)} of {len(manifest())} files to {corpus}")
    return missing


def extract(corpus: Path | None = None, new_only: bool = False) -> Path:
    """Parse, classify and analyse every manifest file found in `corpus`; write features.csv. The "folds" rows
    (see sentence_folds) are recomputed with the fold models in FOLD_MODELS when they are there, else kept; either
    way a warning says when they are not the fold models of this code (fold_models_note).

    `new_only`: analyse only the manifest rows that have no features yet (a batch of new files, or files that were
    missing) and keep every other row as it is. Right only while the code is the code the kept rows were extracted
    with: after a change to src/ or models/, extract all rows."""
    import sys

    corpus = corpus or DEFAULT_CORPUS
    if new_only:
        return _extract_new(corpus)
    rows = manifest()
    absent = [r["id"] for r in rows if not (corpus / f"{r['id']}.{r['format']}").exists()]
    if len(absent) == len(rows):
        # a wrong folder (its parent, say) would write every row 'missing' and exit 0: features.csv emptied
        raise SystemExit(f"none of the {len(rows)} manifest files is in {corpus}: is it the corpus's files folder? "
                         "features.csv left as it was")
    absent = [i for i in absent if i in labels()]  # a row still waiting for its labels may wait for its file too
    if absent:
        # an older, smaller corpus folder would write the labelled rows it lacks 'missing': the evaluation would
        # then count fewer documents and say nothing of it
        raise SystemExit(f"{len(absent)} of the {len(rows)} manifest files, labelled, are not in {corpus} "
                         f"({', '.join(absent[:3])}{', ...' if len(absent) > 3 else ''}): rebuild it "
                         "(bench/real_corpus.py --rebuild) or name the full folder; features.csv left as it was")
    docs = _documents(corpus)
    out = _feature_rows(docs, "model") + _feature_rows(docs, "lexicon")
    note = fold_models_note()
    if note:
        print(f"WARNING: {note}", file=sys.stderr)
    if _fold_model_dirs():
        out += _fold_rows(docs)
    else:
        out += [r for r in _read("features.csv") if r["variant"] == "folds"]
    target = _write_features(out)
    print(f"wrote {target}: {len(docs)} of {len(manifest())} files found in {corpus}")
    return target


def _extract_new(corpus: Path) -> Path:
    """extract(new_only=True): features for the manifest rows without any (no row, or a 'missing' one)."""
    import sys

    kept = _read("features.csv")
    have = {r["id"] for r in kept if r["variant"] == "model" and r.get("status") != "missing"}
    rows = [r for r in manifest() if r["id"] not in have]
    if not rows:
        print("every manifest row has its features: nothing to extract")
        return REAL / "features.csv"
    present = [r for r in rows if (corpus / f"{r['id']}.{r['format']}").exists()]
    if not present:
        raise SystemExit(f"none of the {len(rows)} manifest files without features is in {corpus}: "
                         "features.csv left as it was")
    docs = _documents(corpus, present)
    new = {r["id"] for r in rows}
    out = [r for r in kept if r["id"] not in new]
    out += _feature_rows(docs, "model", new) + _feature_rows(docs, "lexicon", new)
    note = fold_models_note()
    if note:
        print(f"WARNING: {note}", file=sys.stderr)
    if _fold_model_dirs():
        out += _fold_rows(docs)  # only the new documents whose source the fold models' folds.csv assigns
    target = _write_features(out)
    print(f"wrote {target}: {len(docs)} new of {len(rows)} rows without features found in {corpus}; "
          f"{len(have)} rows kept as they were")
    return target


def _documents(corpus: Path, rows: list[dict[str, str]] | None = None) -> dict:
    """id -> the classified Document of each manifest row (default tests/eval/real's) whose file is in `corpus`."""
    from gapscan.classify import classify
    from gapscan.ingest import parse_file

    docs = {}
    for r in manifest() if rows is None else rows:
        path = corpus / f"{r['id']}.{r['format']}"
        if path.exists():  # classified under its own name and folder, as `gapscan audit` would see it
            docs[r["id"]] = classify(parse_file(path, f"{r['id']}/{r['path']}"))
    return docs


def _feature_rows(docs: dict, variant: str, ids: set[str] | None = None) -> list[dict]:
    """Feature rows of the manifest's documents (those in `ids`, default all) with the shipped sentence model
    (variant "model" and "folds", whichever model is loaded) or without it ("lexicon")."""
    from gapscan.model import Kind
    from gapscan.nlp.mirroring import analyze_many

    # every file is analysed as a procedure, whatever gapscan's own kind says: the verdict and the kind are
    # measured separately
    wanted = [replace(d, kind=Kind.PROCEDURE) for i, d in docs.items() if ids is None or i in ids]
    analyses = analyze_many(wanted, use_model=variant != "lexicon")
    out = []
    for r in manifest():
        if ids is not None and r["id"] not in ids:
            continue
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
    return out


def _write_features(rows: list[dict]) -> Path:
    from gapscan.nlp.verdict import FEATURES

    REAL.mkdir(parents=True, exist_ok=True)
    target = REAL / "features.csv"
    order = {"model": 0, "lexicon": 1, "folds": 2}
    rows = sorted(rows, key=lambda r: order.get(r["variant"], 3))  # stable: manifest order within a variant
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*FEATURE_COLUMNS, *FEATURES], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return target


def sentence_folds(corpus: Path | None = None, k: int = FOLDS) -> Path:
    """The "folds" rows of features.csv: the sentence model retrained with real sentences, out of fold.

    The labelled sources are split into k groups (folds()); for each, the sentence model is trained on our
    own training sentences plus the weakly labelled real sentences (weak_sentences) of the other k-1
    groups only, saved to FOLD_MODELS, and the group's documents are analysed with it. So no document is
    scored by a model that read a sentence of its source. One training per fold, about two to four minutes
    each on two cores."""
    import shutil

    train_module = _models_train()
    own_train, _ = train_module.split(train_module.build_corpus.build())
    corpus = corpus or DEFAULT_CORPUS
    fold_of = folds(k)
    source_of = {r["id"]: r["source"] for r in manifest()}
    verdict_ids = _verdict_ids()
    shutil.rmtree(FOLD_MODELS, ignore_errors=True)
    FOLD_MODELS.mkdir(parents=True)  # spaCy's to_disk makes the fold's own folder, not its parents
    for fold in range(k):
        weak = weak_sentences({i for i in verdict_ids if fold_of[source_of[i]] != fold}, corpus)
        print(f"fold {fold + 1}/{k}: training on {len(own_train)} own and {len(weak)} real sentences")
        train_module.train(own_train + weak, quiet=True).to_disk(FOLD_MODELS / f"fold{fold}")
    # the commit of the code the models were trained with, on every row: the folds rows they give measure that code
    commit = code_commit()
    assignment = "".join(f"{source},{fold},{commit}\n" for source, fold in sorted(fold_of.items()))
    (FOLD_MODELS / "folds.csv").write_text("source,fold,commit\n" + assignment, "utf-8")
    out = _fold_rows(_documents(corpus))
    target = _write_features([r for r in _read("features.csv") if r["variant"] != "folds"] + out)
    print(f"wrote {target}: {len(out)} out-of-fold rows")
    return target


def code_commit() -> str:
    """The commit of the code here (git HEAD of the repository), '-dirty' after it when src/, bench/ or models/
    differ from it; 'unknown' outside a git work tree."""
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
        if head.returncode:
            return "unknown"
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src", "bench", "models"],
                               capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"
    return head.stdout.strip() + ("-dirty" if dirty else "")


def fold_models_commit() -> str | None:
    """The commit the fold models in FOLD_MODELS were trained at, as their folds.csv records it; None when there are
    no fold models or their folds.csv records none (models trained before it was recorded)."""
    if not _fold_model_dirs():
        return None
    with (FOLD_MODELS / "folds.csv").open(newline="", encoding="utf-8") as fh:
        commits = {r.get("commit") or "" for r in csv.DictReader(fh)}
    commits.discard("")
    return commits.pop() if len(commits) == 1 else None


def fold_models_note(commit: str | None = None) -> str | None:
    """What `extract` must say about the "folds" rows it writes, or None when they are made by fold models trained at
    the code's own commit (`commit`, default code_commit()): no fold models (the rows are kept as they were, made by
    models of some earlier code), models that record no commit, or models trained at another commit."""
    commit = commit or code_commit()
    if not _fold_model_dirs():
        kept = sum(1 for r in _read("features.csv") if r["variant"] == "folds") if (REAL / "features.csv").is_file() \
            else 0
        return (f"no sentence fold models in {FOLD_MODELS}: the {kept} folds rows of features.csv are kept as they "
                f"were, made by fold models of an earlier commit, not recomputed on this code; retrain them with "
                f"bench/eval_cm.py --real --sentence-folds")
    trained = fold_models_commit()
    if trained is None:
        return (f"the fold models in {FOLD_MODELS} record no commit (their folds.csv has no commit column): the folds "
                f"rows measure models trained on code of unknown commit, not necessarily this one ({commit})")
    if (trained != commit or commit.endswith("-dirty")) and not _same_code(trained, commit):
        return (f"the fold models in {FOLD_MODELS} were trained at {trained}, the code is at {commit}: the folds rows "
                f"measure the sentence models of that code")
    return None


def _same_code(trained: str, commit: str) -> bool:
    """True when src/, models/ and bench's scripts are the same at `trained` as at `commit` (clean): a later commit
    that changed only docs, notes or tests leaves the fold models those of this code."""
    import subprocess

    if commit.endswith("-dirty") or commit == "unknown":
        return False
    try:
        diff = subprocess.run(["git", "-C", str(ROOT), "diff", "--quiet", trained, commit, "--", "src", "models",
                               "bench/*.py"], capture_output=True)
    except OSError:
        return False
    return diff.returncode == 0


def _fold_model_dirs() -> list[Path]:
    dirs = sorted(p for p in FOLD_MODELS.glob("fold[0-9]*") if p.is_dir()) if FOLD_MODELS.is_dir() else []
    return dirs if (FOLD_MODELS / "folds.csv").is_file() else []


def _fold_rows(docs: dict) -> list[dict]:
    """Each labelled source's documents analysed with the sentence model of its fold (FOLD_MODELS), which
    never read a sentence of that source; sources that were not in the folds get no row."""
    from gapscan.nlp import sentence_model

    with (FOLD_MODELS / "folds.csv").open(newline="", encoding="utf-8") as fh:
        fold_of = {r["source"]: int(r["fold"]) for r in csv.DictReader(fh)}
    source_of = {r["id"]: r["source"] for r in manifest()}
    out = []
    shipped = sentence_model.load
    try:
        for path in _fold_model_dirs():
            model = sentence_model.load_from(path)
            if model is None:
                raise RuntimeError(f"the sentence model in {path} could not be loaded")
            sentence_model.load = lambda model=model: model
            fold = int(path.name.removeprefix("fold"))
            out += _feature_rows(docs, "folds", {i for i in docs if fold_of.get(source_of[i]) == fold})
    finally:
        sentence_model.load = shipped
    return out


def _models_train():
    import importlib.util

    path = ROOT / "models" / "train.py"
    spec = importlib.util.spec_from_file_location("gapscan_models_train", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


# --- real sentences for the sentence model --------------------------------------------------------

def folds(k: int = FOLDS) -> dict[str, int]:
    """source -> fold, for every source with a labelled verdict row: whole sources, largest first, each to the
    fold with the fewest documents so far (ties by fold number), so folds are about equal in documents."""
    counts = Counter(r["source"] for r in manifest() if r["id"] in _verdict_ids())
    load = [0] * k
    out = {}
    for source, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        fold = min(range(k), key=lambda f: (load[f], f))
        out[source] = fold
        load[fold] += n
    return out


def _verdict_ids() -> set[str]:
    return {i for i, (a, b) in labels().items() if _verdict_label(a) and _verdict_label(b)}


def weak_sentences(ids: set[str] | None = None, corpus: Path | None = None) -> list[dict[str, str]]:
    """Weakly labelled real sentences, in the shape of models/corpus/sentences.jsonl, from the documents in
    `ids` (default: all) that both annotators call mirrored or both call operational; mixed and split
    documents give none.

    - STANDARD_SPEAK: a sentence of a mirrored document that names no operational anchor (role, system,
      place, quantity, time limit, form, decision) and speaks the standard's vocabulary: a standard phrase, a
      topic term, the organisation as the actor, or two words of the management-system register
      (lexicon.MANAGEMENT_SYSTEM_WORDS: "policy", "ensure", "appropriate"...);
    - OPERATIONAL: a sentence of an operational document that names at least one anchor other than a
      decision word, "shall" or not.

    A document's label says what most of its sentences are; the cues pick the sentences that carry it, so a
    bare heading-like line in an operational procedure or an anchored rule in a mirrored manual is left
    out rather than mislabelled. At most WEAK_PER_DOCUMENT sentences a document (an even spread, in document
    order), and the larger class is thinned the same way (a lower cap per document) to the size of the
    smaller: operational documents outnumber mirrored ones five to one. Groups are the source, so no split
    ever puts one source on both sides.
    """
    from gapscan.ingest import parse_file
    from gapscan.model import Kind
    from gapscan.nlp import mirroring
    from gapscan.nlp.lexicon import MANAGEMENT_SYSTEM_WORDS
    from gapscan.nlp.pipeline import get_nlp

    corpus = corpus or DEFAULT_CORPUS
    labelled = labels()
    picked: dict[tuple[str, str, str], list[str]] = {}  # (label, id, source) -> sentences in document order
    for r in manifest():
        if (ids is not None and r["id"] not in ids) or r["id"] not in labelled:
            continue
        la, lb = (_verdict_label(x) for x in labelled[r["id"]])
        if la != lb or la not in ("mirrored", "operational"):
            continue
        path = corpus / f"{r['id']}.{r['format']}"
        if not path.exists():
            raise FileNotFoundError(f"{path}: the real corpus file is missing (rebuild the folder from manifest.csv)")
        doc = parse_file(path, f"{r['id']}/{r['path']}")
        if not doc.ok:
            continue
        prep = mirroring._prepare(replace(doc, kind=Kind.PROCEDURE))
        mine = []
        for piece, sdoc in zip(prep.pieces, get_nlp().pipe(p.text for p in prep.pieces)):
            if not piece.score_sentences:
                continue
            for s in mirroring._sentences(sdoc, piece.location, piece.text):
                if s.training or len(s.text) > WEAK_MAX_CHARS:
                    continue
                if la == "operational" and s.anchors:
                    mine.append(s.text)
                elif la == "mirrored" and not s.anchors and not s.decisions and (
                        s.strong or s.actor or s.topic
                        or sum(w in MANAGEMENT_SYSTEM_WORDS for w in re.findall(r"[a-z]+", s.text.lower())) >= 2):
                    mine.append(s.text)
        label = "STANDARD_SPEAK" if la == "mirrored" else "OPERATIONAL"
        picked[(label, r["id"], r["source"])] = list(dict.fromkeys(mine))
    caps = {"STANDARD_SPEAK": WEAK_PER_DOCUMENT, "OPERATIONAL": WEAK_PER_DOCUMENT}

    def total(label: str, cap: int) -> int:
        return sum(min(cap, len(v)) for k, v in picked.items() if k[0] == label)

    small = min(caps, key=lambda lab: total(lab, WEAK_PER_DOCUMENT))
    large = next(lab for lab in caps if lab != small)
    while caps[large] > 1 and total(large, caps[large]) > total(small, caps[small]):
        caps[large] -= 1
    rows = []
    for (label, i, source), texts in picked.items():
        cap = caps[label]
        if len(texts) > cap:
            texts = [texts[int(n * len(texts) / cap)] for n in range(cap)]
        rows += [{"text": t, "label": label, "source": f"real:{i}", "group": f"real:{source}"} for t in texts]
    return rows


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
    variant: str  # which features.csv rows: see VARIANTS
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


VARIANTS = {  # features.csv variant -> what scored the sentences
    "model": "the shipped sentence model (our own sentences only)",
    "folds": "a sentence model retrained with real sentences, out of fold (not shipped)",
    "lexicon": "no sentence model (lexicon only)",
}


def folds_complete() -> bool:
    """Whether features.csv has an out-of-fold row for every labelled document (sentence_folds was run on
    the current corpus and features)."""
    folded = features("folds")
    return bool(folded) and all(d[0] in folded for d in _labelled_rows("model"))


def evaluate(variant: str = "model") -> RealResult:
    from gapscan.nlp.verdict import calibrate, fit

    feats = features("model")  # kinds do not depend on the sentence model
    meta = {r["id"]: r for r in manifest()}
    labelled = labels()
    data = _labelled_rows(variant)
    own = own_rows(variant != "lexicon")
    rows = []
    for source in sorted({d[1] for d in data}):
        model = _fold_model([d for d in data if d[1] != source], own)
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
    return RealResult(rows=tuple(rows), kinds=tuple(kinds), variant=variant,
                      own_accuracy=own_right / len(own) if own else 0.0, kappa=cohen_kappa(labelled))


def _fold_model(train, own):
    """The verdict model fitted on the labelled rows `train` (every source but the one being judged) and our own."""
    from gapscan.nlp.verdict import fit

    return fit(*_training(train, own))


# --- why a verdict is wrong -----------------------------------------------------------------------

@dataclass(frozen=True)
class CauseGroup:
    labels: str  # the agreed label, or both labels of a split row ("operational/mixed")
    predicted: str
    feature: str  # the feature that pulls these rows furthest towards the wrong verdict
    rows: tuple[tuple[str, float, float], ...]  # (id, P of the wrong verdict, the feature's pull)

    @property
    def agreed(self) -> bool:
        return "/" not in self.labels


def nearer_label(labels: tuple[str, str], predicted: str) -> str:
    """Of a row's two labels, the one nearer the wrong verdict in the label order (the cut it crossed)."""
    order = {v: i for i, v in enumerate(VERDICTS)}
    return min(labels, key=lambda lab: (abs(order[lab] - order[predicted]), order[lab]))


def _contributions(model, x, upper: bool) -> dict[str, float]:
    """Each feature's term in the model's logit for row x; at the mixed/mirrored cut (`upper`) a feature with a
    weight of its own there adds it."""
    std = model.standardised(x)  # held to the fitted range, as the verdict reads it
    c = {f: w * std[f] for f, w in zip(model.features, model.weights)}
    if upper:
        for f, w in zip(model.upper_features, model.upper_weights):
            c[f] += w * std[f]
    return c


def pulls(model, x, label: str, predicted: str, references) -> dict[str, float]:
    """How far each feature puts row x, labelled `label`, towards the wrong verdict `predicted`: its contribution
    to the logit in `model` (the fold's, which judged it) minus its mean contribution among `references`, the
    (model, features) of the rows labelled `label` that were judged right, signed so that a positive pull is
    towards the wrong verdict. Across the mixed/mirrored cut the upper-cut weights count too (SCORING.md,
    rounds 15 and 17)."""
    order = {v: i for i, v in enumerate(VERDICTS)}
    upper = min(order[label], order[predicted]) >= order["mixed"]
    sign = 1.0 if order[predicted] > order[label] else -1.0
    mine = _contributions(model, x, upper)
    refs = [_contributions(m, rx, upper) for m, rx in references]
    return {f: sign * (v - (sum(r[f] for r in refs) / len(refs) if refs else 0.0)) for f, v in mine.items()}


def causes(variant: str = "model") -> list[CauseGroup]:
    """The wrong verdicts of the leave-one-source-out evaluation, grouped by (labels, verdict) and by the feature
    that pulls each furthest towards its wrong verdict; agreed rows first, larger groups first."""
    from gapscan.nlp.verdict import calibrate

    data = _labelled_rows(variant)
    own = own_rows(variant != "lexicon")
    judged = []  # (id, labels, features, fold model, verdict, P)
    for source in sorted({d[1] for d in data}):
        model = _fold_model([d for d in data if d[1] != source], own)
        for i, _, labs, x, _ in (d for d in data if d[1] == source):
            c = calibrate(x, model)
            judged.append((i, labs, x, model, c.verdict, c.probability))
    right = defaultdict(list)
    for _, labs, x, model, verdict, _ in judged:
        if labs[0] == labs[1] == verdict:
            right[verdict].append((model, x))
    groups = defaultdict(list)
    for i, labs, x, model, verdict, p in judged:
        if verdict in labs:
            continue
        label = nearer_label(labs, verdict)
        pull = pulls(model, x, label, verdict, right[label])
        top = max(pull, key=lambda f: pull[f])
        key = (labs[0] if labs[0] == labs[1] else "/".join(labs), verdict, top)
        groups[key].append((i, p, round(pull[top], 2)))
    out = [CauseGroup(labels=k[0], predicted=k[1], feature=k[2], rows=tuple(v)) for k, v in groups.items()]
    return sorted(out, key=lambda g: (not g.agreed, g.labels, g.predicted, -len(g.rows), g.feature))


def causes_report(groups: list[CauseGroup], variant: str) -> str:
    wrong = sum(len(g.rows) for g in groups)
    agreed = sum(len(g.rows) for g in groups if g.agreed)
    lines = [f"wrong verdicts by cause, sentences scored by {VARIANTS[variant]}: {wrong} wrong, {agreed} on agreed rows",
             f"{'labels -> verdict':36} {'the feature that pulls most':28} {'rows':>4}  ids (P of the wrong verdict)"]
    for g in groups:
        lines.append(f"{g.labels + ' -> ' + g.predicted:36} {g.feature:28} {len(g.rows):4}  "
                     + " ".join(f"{i}({p:.2f})" for i, p, _ in g.rows))
    by_feature = Counter()
    for g in groups:
        if g.agreed:
            by_feature[g.feature] += len(g.rows)
    lines.append("agreed rows by feature: " + ", ".join(f"{f} {n}" for f, n in by_feature.most_common()))
    return "\n".join(lines)



# --- a labelled set from outside the corpus -------------------------------------------------------

@dataclass(frozen=True)
class HeldOutRow:
    path: str  # relative to the set's folder, as `gapscan audit` names it
    label: str
    verdict: str | None  # None when the file could not be read or analysed (see error)
    probability: float = 0.0
    pulls: tuple[tuple[str, float], ...] = ()  # a wrong verdict's features, the furthest pull first
    error: str = ""


def read_held_out_labels(path: Path) -> dict[str, str]:
    """A set's labels: one "relative path<TAB>verdict" per line; blank lines and lines starting with # skipped."""
    out = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) < 2 or parts[1] not in VERDICTS:
            raise ValueError(f"{path}, line {n}: want 'relative path<TAB>verdict' with a verdict in {VERDICTS}")
        out[parts[0]] = parts[1]
    return out


def held_out(folder: Path, labelled: dict[str, str], *, variant: str = "model", model=None,
             references: dict[str, list[dict[str, float]]] | None = None) -> list[HeldOutRow]:
    """Each labelled file of `folder` judged as `gapscan audit` judges a procedure (the shipped model unless
    `model`), and for a wrong verdict every feature's pull towards it (`pulls`, round 17's measure). The
    references are the corpus's agreed rows of each label that the same model judges right (`references`
    replaces them: label -> feature rows)."""
    from gapscan.classify import classify
    from gapscan.ingest import parse_file
    from gapscan.model import Kind
    from gapscan.nlp.mirroring import analyze_many
    from gapscan.nlp.verdict import calibrate, load

    folder = Path(folder)
    model = model or load()
    if references is None:
        references = defaultdict(list)
        for _, _, (la, lb), x, _ in _labelled_rows(variant):
            if la == lb and calibrate(x, model).verdict == la:
                references[la].append(x)
    docs = {}
    for rel in labelled:
        source = folder / rel
        if source.is_file():
            docs[rel] = replace(classify(parse_file(source, rel)), kind=Kind.PROCEDURE)
    analyses = analyze_many([d for d in docs.values() if d.ok], use_model=variant != "lexicon")
    rows = []
    for rel, label in labelled.items():
        d = docs.get(rel)
        a = analyses.get(d.path) if d is not None and d.ok else None
        if a is None:
            reason = "not found" if d is None else (d.error or "not analysed")
            rows.append(HeldOutRow(path=rel, label=label, verdict=None, error=f"{rel}: {reason}"))
            continue
        c = calibrate(a.features, model)
        pulled = ()
        if c.verdict != label:
            pull = pulls(model, a.features, label, c.verdict, [(model, x) for x in references.get(label, [])])
            pulled = tuple(sorted(((f, round(v, 2)) for f, v in pull.items()), key=lambda t: -t[1]))
        rows.append(HeldOutRow(path=rel, label=label, verdict=c.verdict, probability=c.probability, pulls=pulled))
    return rows


def held_out_report(rows: list[HeldOutRow], top: int = 3) -> str:
    lines = [f"{'label -> verdict':28} {'P':>5}  {'path':60} the features that pull a wrong verdict most"]
    for r in rows:
        if r.verdict is None:
            lines.append(f"{r.label + ' -> none':28} {'':>5}  {r.error}")
            continue
        mark = "" if r.verdict == r.label else " ".join(f"{f} {v:+.2f}" for f, v in r.pulls[:top])
        lines.append(f"{r.label + ' -> ' + r.verdict:28} {r.probability:5.2f}  {r.path[:60]:60} {mark}".rstrip())
    judged = [r for r in rows if r.verdict is not None]
    lines.append(f"right {sum(r.verdict == r.label for r in judged)} of {len(judged)}")
    return "\n".join(lines)

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
        if la and lb and f and i in meta and all(f.get(k) not in (None, "") for k in FEATURES):
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
    lines = [f"real corpus, leave-one-source-out, sentences scored by {VARIANTS[result.variant]}"]
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


if __name__ == "__main__":
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="rebuild the real-world corpus files from local git copies")
    parser.add_argument("--rebuild", type=Path, required=True, metavar="MIRROR_DIR",
                        help="folder of <owner>+<name>/repo git copies of the manifest's sources")
    parser.add_argument("--corpus", type=Path, default=None, help=f"where to write the files (default {DEFAULT_CORPUS})")
    args = parser.parse_args()
    lost = rebuild(args.rebuild, args.corpus)
    for line in lost:
        print("missing:", line)
    sys.exit(1 if lost else 0)
