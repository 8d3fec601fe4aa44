"""Where the cores sit idle in a cold audit: a timeline of every process's work (issue 11, session 12).

    python bench/timeline.py SET [--out DIR] [--jobs N] [--events FILE] [-- gapscan audit options]

Runs `gapscan audit SET --no-cache --format json -o /dev/null --timings` in this process, with probes
put around (not into) the engine's pieces, and prints per stage:

- wall seconds, the parent's CPU, the workers' CPU (the chunks of `parallel.fork_map`, the files of
  `engine.parse_all`), and what is left of 2 cores x wall;
- "parent alone": the parent's CPU while no worker of the stage is running (on a quiet machine, a core
  idle for as long);
- pool start-up (a fork_map's call to its first chunk starting) and the return trip (the last chunk's end
  to fork_map's return: pickling, sending and unpickling the results), the pickled size of the results
  and the seconds to pickle and unpickle them (measured again in the worker, so the run's own numbers are
  a little higher than without the probes);
- per worker, start and end of each chunk, with `--events FILE` (one JSON line per event).

Benchmarks are not timed tests: nothing here runs in CI. On a loaded machine the wall seconds are the
load's; the CPU columns and the "parent alone" CPU are the measure.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from pathlib import Path

EVENTS: Path | None = None
PICKLES = False  # --pickles: pickle each result again in the worker to time it (adds that time to the run)


def _log(**event) -> None:
    event["pid"] = os.getpid()
    with open(EVENTS, "a") as fh:
        fh.write(json.dumps(event) + "\n")


def _pickled(results) -> tuple[int, float, float]:
    if not PICKLES:
        return 0, 0.0, 0.0
    t0 = time.perf_counter()
    data = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    t1 = time.perf_counter()
    pickle.loads(data)
    return len(data), t1 - t0, time.perf_counter() - t1


def install() -> None:
    """Probes around the engine's stages, fork_map's chunks and parse_all's files."""
    from gapscan import engine, parallel

    stage = engine.Timings.stage
    from contextlib import contextmanager

    @contextmanager
    def timed_stage(self, name, total=None):
        w0, c0 = time.perf_counter(), time.process_time()
        with stage(self, name, total):
            yield
        _log(ev="stage", name=name, t0=w0, t1=time.perf_counter(), cpu=time.process_time() - c0)

    engine.Timings.stage = timed_stage

    run_chunk = parallel._run_chunk

    def _run_chunk(indexes):
        fn = parallel._INHERITED[0]
        w0, c0 = time.perf_counter(), time.process_time()
        out = run_chunk(indexes)
        w1, cpu = time.perf_counter(), time.process_time() - c0
        size, dump, load = _pickled(out)
        _log(ev="chunk", fn=getattr(fn, "__qualname__", "?"), n=len(indexes), t0=w0, t1=w1, cpu=cpu,
             bytes=size, dump=dump, load=load)
        return out

    _run_chunk.__module__, _run_chunk.__qualname__ = "gapscan.parallel", "_run_chunk"
    parallel._run_chunk = _run_chunk

    fork_map = parallel.fork_map

    def timed_fork_map(fn, items, **kw):
        w0, c0 = time.perf_counter(), time.process_time()
        out = fork_map(fn, items, **kw)
        _log(ev="fork_map", fn=getattr(fn, "__qualname__", "?"), n=len(items), t0=w0, t1=time.perf_counter(),
             cpu=time.process_time() - c0)
        return out

    parallel.fork_map = timed_fork_map

    parse_job = engine._parse_job

    def _parse_job(source, rel, limits):
        w0, c0 = time.perf_counter(), time.process_time()
        doc = parse_job(source, rel, limits)
        w1, cpu = time.perf_counter(), time.process_time() - c0
        size, dump, load = _pickled(doc)
        _log(ev="file", rel=rel, t0=w0, t1=w1, cpu=cpu, bytes=size, dump=dump, load=load)
        return doc

    _parse_job.__module__, _parse_job.__qualname__ = "gapscan.engine", "_parse_job"
    engine._parse_job = _parse_job


def _busy(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The union of intervals, sorted."""
    out: list[list[float]] = []
    for a, b in sorted(intervals):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def summarise(events: list[dict]) -> str:
    stages = [e for e in events if e["ev"] == "stage"]
    work = [e for e in events if e["ev"] in ("chunk", "file")]
    maps = [e for e in events if e["ev"] == "fork_map"]
    t_start = min(e["t0"] for e in stages)
    lines = ["| stage | wall s | parent CPU s | workers' CPU s | 2 x wall - CPU s | parent-only wall s | "
             "results pickled MB (dump / load s) |", "|---|---:|---:|---:|---:|---:|---|"]
    totals = [0.0] * 5
    for s in stages:
        around = [o for o in stages if o is not s and o["t0"] <= s["t0"] and s["t1"] <= o["t1"]]
        if around:  # done beside another stage's workers, its seconds already in that stage's
            lines.append(f"| {s['name']} (beside {around[0]['name']}) | {s['t1'] - s['t0']:.2f} | {s['cpu']:.2f} | "
                         f"| | | |")
            continue
        inside = [e for e in work if e["t0"] >= s["t0"] and e["t1"] <= s["t1"]]
        wcpu = sum(e["cpu"] + e["dump"] for e in inside)
        wall = s["t1"] - s["t0"]
        busy = _busy([(e["t0"], e["t1"]) for e in inside])
        alone = wall - sum(b - a for a, b in busy)
        mb = sum(e["bytes"] for e in inside) / 1e6
        dump = sum(e["dump"] for e in inside)
        load = sum(e["load"] for e in inside)
        idle = 2 * wall - s["cpu"] - wcpu
        for i, v in enumerate((wall, s["cpu"], wcpu, idle, alone)):
            totals[i] += v
        pick = f"{mb:.1f} ({dump:.2f} / {load:.2f})" if inside else ""
        lines.append(f"| {s['name']} (+{s['t0'] - t_start:.2f}) | {wall:.2f} | {s['cpu']:.2f} | {wcpu:.2f} | "
                     f"{idle:.2f} | {alone:.2f} | {pick} |")
    lines.append("| all | " + " | ".join(f"{v:.2f}" for v in totals) + " | |")
    lines.append("")
    lines.append("| fork_map | items | wall s | start-up s (call to first chunk) | return s (last chunk end to return) "
                 "| chunk CPU s (each) | tail s (first worker done to last) |")
    lines.append("|---|---:|---:|---:|---:|---|---:|")
    alone: dict[str, list[dict]] = {}
    for m in maps:
        chunks = [e for e in work if e["ev"] == "chunk" and e["t0"] >= m["t0"] and e["t1"] <= m["t1"]]
        if not chunks:
            alone.setdefault(m["fn"], []).append(m)
            continue
        first = min(e["t0"] for e in chunks)
        # each worker's last chunk end: how long the first worker done waited for the last
        ends = sorted(max(e["t1"] for e in chunks if e["pid"] == pid) for pid in {e["pid"] for e in chunks})
        cpus = " / ".join(f"{e['cpu']:.2f}" for e in chunks)
        lines.append(f"| {m['fn']} | {m['n']} | {m['t1'] - m['t0']:.2f} | {first - m['t0']:.2f} | "
                     f"{m['t1'] - ends[-1]:.2f} | {cpus} | {ends[-1] - ends[0]:.2f} |")
    for fn, ms in alone.items():
        lines.append(f"| {fn} | {sum(m['n'] for m in ms)} in {len(ms)} call(s) | {sum(m['t1'] - m['t0'] for m in ms):.2f} "
                     f"| (in the parent, CPU {sum(m['cpu'] for m in ms):.2f} s) | | | |")
    files = [e for e in work if e["ev"] == "file"]
    if files:
        pids = sorted({e["pid"] for e in files})
        last = max(e["t1"] for e in files)
        ends = {p: max(e["t1"] for e in files if e["pid"] == p) for p in pids}
        lines.append("")
        lines.append(f"parse: {len(files)} files in {len(pids)} workers; each worker's last file ends "
                     + ", ".join(f"{last - ends[p]:.2f}" for p in pids) + " s before the last; "
                     f"files' CPU {sum(e['cpu'] for e in files):.2f} s, pickled {sum(e['bytes'] for e in files) / 1e6:.1f} MB "
                     f"(dump {sum(e['dump'] for e in files):.2f} s, load {sum(e['load'] for e in files):.2f} s)")
    return "\n".join(lines)


def main() -> int:
    global EVENTS, PICKLES
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", type=Path)
    ap.add_argument("--events", type=Path, help="where the events go (default: a temporary file)")
    ap.add_argument("--pickles", action="store_true", help="time pickling each chunk's results (in the worker)")
    ap.add_argument("--summarise", action="store_true", help="only print the summary of an --events file")
    ap.add_argument("rest", nargs="*", help="more `gapscan audit` options, after --")
    args = ap.parse_args()
    if args.summarise:
        print(summarise([json.loads(x) for x in args.events.read_text().splitlines()]))
        return 0
    import tempfile

    PICKLES = args.pickles

    EVENTS = args.events or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    EVENTS.write_text("")
    install()
    from gapscan.cli import app

    argv = ["audit", str(args.set), "--no-cache", "--format", "json", "-o", "/dev/null", "--fail-on", "never",
            "--timings", "-q", *args.rest]
    try:
        app(argv, standalone_mode=False)
    except SystemExit:
        pass
    print(summarise([json.loads(x) for x in EVENTS.read_text().splitlines()]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
