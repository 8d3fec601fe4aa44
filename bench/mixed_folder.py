"""Time and peak memory of `gapscan audit` on valid documents beside every hostile class.

    python bench/mixed_folder.py [--small] [--keep DIR]

Builds the folder of tests/robustness/mixed.py (with --small, without the three large files)
into a temporary folder, runs the real command line once, and prints the wall time, the peak
RSS summed over gapscan and all its worker processes (sampled every 50 ms from /proc), and
the status of every file. Linux only.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and every process below it."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * page
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, ()))
    return total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", action="store_true", help="leave out the 10 MB markdown, 1M-row csv, 400 MiB bomb")
    ap.add_argument("--keep", type=Path, help="build the folder here and keep it")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--src", type=Path, default=REPO / "src", help="gapscan sources to run (another checkout)")
    args = ap.parse_args()
    sys.path[:0] = [str(REPO / "tests"), str(REPO / "src")]
    from robustness.mixed import build_hostile, build_valid

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp) / "client"
        valid = build_valid(root)
        expected = build_hostile(root, big=not args.small)
        out = Path(tmp) / "report.json"
        cmd = [sys.executable, "-m", "gapscan", "audit", str(root), "--format", "json", "-o", str(out), "--timings"]
        if args.jobs:
            cmd += ["--jobs", str(args.jobs)]
        env = {**os.environ, "PYTHONPATH": str(args.src)}
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - t0
        stderr = proc.stderr.read()
        timings = [line for line in stderr.splitlines() if "timings:" in line]
        print(f"exit {proc.returncode}, {seconds:.1f} s wall, peak {peak / (1 << 20):.0f} MB over all processes")
        print(*timings, sep="\n")
        if not out.exists():
            print("no report written; the end of stderr:", *stderr.splitlines()[-5:], sep="\n  ")
            return 1
        report = json.loads(out.read_text(encoding="utf-8"))
        for doc in report["documents"]:
            tag = "valid  " if doc["path"] in valid else "hostile"
            print(f"  {tag} {doc['status']:8} {doc['path'][:60]:60} {doc.get('error') or ''}")
        missing = (set(valid) | set(expected)) - {d["path"] for d in report["documents"]}
        if missing:
            print("not reported:", *sorted(missing))
        print("run errors:", report.get("run_errors") or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
