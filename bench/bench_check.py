"""Time `gapscan check` on one 10-page procedure, as a quality manager runs it.

    python bench/bench_check.py [--pages 10] [--runs 5]

Builds a docx of the given length (mixed clause-style and operational text), then runs
the real command line in a subprocess several times and prints min/median wall time:
that includes Python start-up, importing spaCy and loading the sentence model. Cold runs
each start from an empty cache folder; warm runs find the file's results in the cache.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPHS = [
    "The organization shall determine the controls to be applied to externally provided processes.",
    "The Buyer checks the supplier's delivery performance in Epicor every Monday and flags anything over 5 days late.",
    "Documented information shall be retained as evidence of the results of the evaluation.",
    "If a bar arrives without a mill certificate, the Goods-in Inspector quarantines it in bay Q2 within 2 hours.",
    "Top management shall ensure that the responsibilities and authorities for relevant roles are assigned.",
    "The Shift Lead records the first-off measurements on form QF-14 before the batch is released in the MES.",
]


def build(path: Path, pages: int) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("QP-08 Purchasing and supplier control", 0)
    for page in range(pages):
        doc.add_heading(f"8.{page + 1} Section {page + 1}", 1)
        for i in range(14):  # ~14 paragraphs of ~18 words is about one page
            doc.add_paragraph(PARAGRAPHS[(page + i) % len(PARAGRAPHS)])
    doc.save(str(path))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "procedure.docx"
        build(path, args.pages)
        warm_cache = Path(tmp) / "warm-cache"
        for label in ("cold", "warm"):
            times = []
            for i in range(args.runs):
                folder = Path(tmp) / f"cold-cache-{i}" if label == "cold" else warm_cache
                env = dict(os.environ, GAPSCAN_CACHE_DIR=str(folder))
                t0 = time.perf_counter()
                r = subprocess.run([sys.executable, "-m", "gapscan", "check", str(path), "--fail-on", "never",
                                    "--timings"], capture_output=True, text=True, env=env)
                times.append(time.perf_counter() - t0)
                if r.returncode != 0:
                    print(r.stderr, file=sys.stderr)
                    return 1
            print(f"gapscan check on a {args.pages}-page docx, {label} cache: min {min(times):.2f} s, "
                  f"median {statistics.median(times):.2f} s over {args.runs} runs")
            print("  " + "\n  ".join(r.stderr.strip().splitlines()[-2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
