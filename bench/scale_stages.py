"""How each stage's CPU time grows with the number of documents (issue 11's 4x scale-up).

    python bench/scale_stages.py OUT_DIR [--scales 0.25,0.5,1,2] [--rows 2000]
    python bench/scale_stages.py --folders DIR1,DIR2,DIR4   # existing sets, e.g. the floor's e2e and e2e-x4

Builds bench/make_client_set.py sets of those scales under OUT_DIR (each once; an existing
one is reused), then runs the pipeline's stages over each in this process, one after the
other, and prints the CPU seconds of each stage per scale and how much each grows from the
smallest to the largest scale against how much the documents grow. Parsing runs in two worker
processes as in `gapscan audit` and is given in wall seconds (the pool's workers are killed, not
waited for, so their CPU is not counted); the later stages run in this process (fork_map is made
serial) so a stage's CPU is its own and comparable between scales, whatever else the machine is
doing. About 4 minutes of CPU for the default scales on a quiet machine.

A stage whose growth is well over the documents' is super-linear: look there first.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

STAGES = ("parse", "classify", "nlp", "claims", "records", "drift", "rules", "summary")


def time_stages(folder: Path) -> tuple[int, dict[str, float]]:
    """(documents, CPU seconds per stage) of one audit of `folder`."""
    import gapscan.parallel as parallel
    from gapscan import drift as drift_mod, engine, summary as summary_mod
    from gapscan.baseline import fingerprinted
    from gapscan.config import Config
    from gapscan.ingest import DEFAULT_LIMITS
    from gapscan.model import Finding, Kind
    from gapscan.rules.base import Context
    from gapscan.rules.registry import select

    parallel.fork_map = lambda fn, items, **_: list(fn(list(items)))  # every stage's CPU in this process
    cpu: dict[str, float] = {}

    def stage(name: str, fn):
        t0 = time.process_time()
        out = fn()
        cpu[name] = time.process_time() - t0
        return out

    config = Config()
    files = engine.walk([folder], folder.resolve())
    t0 = time.perf_counter()
    documents = engine.parse_all(files, jobs=2, limits=DEFAULT_LIMITS)
    cpu["parse"] = time.perf_counter() - t0
    documents = stage("classify", lambda: [engine._within_budget(d, DEFAULT_LIMITS) for d in
                                           engine.classify_cached(documents, config.kinds, None, {})])
    linked, _ = engine.linked_subset(documents, DEFAULT_LIMITS)
    texts = [d for d in documents if d.ok and d.kind in (Kind.PROCEDURE, Kind.REVIEW)]
    mirroring = stage("nlp", lambda: engine.analyze_texts(texts, None, 1))
    procedures = [d for d in linked if d.ok and d.kind is Kind.PROCEDURE]
    claims = stage("claims", lambda: engine.extract_claims(procedures, None, {}))
    records = [d for d in linked if d.ok and d.kind is Kind.RECORD]
    profiles = stage("records", lambda: engine.profile_records(records, config.dates, 1))
    drift = stage("drift", lambda: drift_mod.analyze(linked, profiles, claims=claims))
    ctx = Context(documents=tuple(linked), mirroring=mirroring, records=profiles, drift=drift,
                  options=config.rules)
    rules = [r for r in select([], []) if r.check is not None]
    found = stage("rules", lambda: [f for r in rules for f in r.check(ctx)])
    findings = sorted(fingerprinted(found), key=Finding.sort_key)
    results = tuple(engine._result(d, mirroring.get(d.path), drift) for d in documents)
    stage("summary", lambda: summary_mod.build(results, findings, ctx))
    return len(files), cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--scales", default="0.25,0.5,1,2")
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--folders", help="comma-separated existing sets to time (read only), smallest first, "
                                          "numbered 1, 2, 3 ... in the table")
    args = parser.parse_args()
    if args.folders is None and args.out is None:
        parser.error("give OUT_DIR or --folders")
    here = Path(__file__).resolve().parent
    table: dict[float, tuple[int, dict[str, float]]] = {}
    folders = [Path(f) for f in args.folders.split(",")] if args.folders else []
    scales = list(range(1, len(folders) + 1)) if folders else [float(s) for s in args.scales.split(",")]
    for i, scale in enumerate(scales):
        folder = folders[i] if folders else args.out / f"scale-{scale:g}"
        if folders and not folder.is_dir():
            parser.error(f"{folder} is not a folder")
        if not folder.exists():
            subprocess.run([sys.executable, str(here / "make_client_set.py"), str(folder), "--scale", str(scale),
                            "--rows", str(args.rows)], check=True, stdout=subprocess.DEVNULL)
        # each scale in a fresh process, so no cache of one run (lru_cache, the spaCy pipeline's
        # vocabulary) speeds up the next
        out = subprocess.run([sys.executable, __file__, "--one", str(folder)], check=True, capture_output=True,
                             text=True).stdout.split()
        table[scale] = int(out[0]), dict(zip(STAGES, map(float, out[1:])))
        print(f"scale {scale:g}: {table[scale][0]} documents, " +
              ", ".join(f"{k} {v:.2f}" for k, v in table[scale][1].items()), file=sys.stderr)
    first, last = scales[0], scales[-1]
    growth = table[last][0] / table[first][0]
    print(f"CPU seconds per stage (one process; parse: wall seconds, 2 workers), documents x{growth:.1f} from "
          f"scale {first:g} to {last:g}\n")
    print("| stage | " + " | ".join(f"{s:g} ({table[s][0]} docs)" for s in scales) + f" | x ({last:g} / {first:g}) |")
    print("|---" * (len(scales) + 2) + "|")
    for name in STAGES + ("total",):
        row = [sum(table[s][1].values()) if name == "total" else table[s][1][name] for s in scales]
        ratio = row[-1] / row[0] if row[0] else float("nan")
        print(f"| {name} | " + " | ".join(f"{v:.2f}" for v in row) + f" | {ratio:.1f} |")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        count, cpu = time_stages(Path(sys.argv[2]))
        print(count, *(f"{cpu[s]:.3f}" for s in STAGES))
    else:
        main()
