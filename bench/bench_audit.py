"""Time `gapscan audit` per stage on a generated client set.

    python bench/bench_audit.py                  # 500-document set (300 procedures, 200 sheets)
    python bench/bench_audit.py --scale 0.1      # a tenth of it
    python bench/bench_audit.py --set DIR        # an existing folder

The set is generated once into bench/out/ (by bench/make_client_set.py) and reused.
Prints seconds per stage, documents per kind, and files per second.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", type=Path, help="an existing client folder to audit")
    ap.add_argument("--scale", type=float, default=1.0, help="size of the generated set (1.0 = 500 documents)")
    ap.add_argument("--jobs", type=int, default=None, help="parser processes (default: CPUs)")
    args = ap.parse_args()

    folder = args.set
    if folder is None:
        folder = HERE / "out" / f"client-set-x{args.scale:g}"
        if not folder.exists():
            t0 = time.perf_counter()
            subprocess.run([sys.executable, str(HERE / "make_client_set.py"), str(folder),
                            "--scale", str(args.scale)], check=True)
            print(f"generated {folder} in {time.perf_counter() - t0:.1f} s")

    from gapscan.config import Config
    from gapscan.engine import RunOptions, Timings, run

    timings = Timings()
    t0 = time.perf_counter()
    report = run([folder], Config(), RunOptions(jobs=args.jobs), timings=timings)
    total = time.perf_counter() - t0
    kinds = Counter(d.document.kind.value for d in report.documents)
    errors = sum(1 for d in report.documents if not d.document.ok)
    pages = sum(d.document.pages or 0 for d in report.documents)
    print(f"documents: {len(report.documents)} ({dict(sorted(kinds.items()))}), errors: {errors}, "
          f"pdf/docx pages: {pages}, findings: {len(report.findings)}")
    for stage, seconds in timings.stages.items():
        print(f"  {stage:<12} {seconds:8.2f} s")
    print(f"  {'total':<12} {total:8.2f} s  ({len(report.documents) / total:.1f} documents/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
