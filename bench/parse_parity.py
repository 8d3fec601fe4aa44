"""Parse the same PDFs with two versions of gapscan and say where the Documents differ.

    python bench/pdf_parity.py [--ref HEAD~1] [PDF or folder ...]

Without paths it reads every PDF under examples/, the real corpus (/work/corpus/real/files)
and any folder given in GAPSCAN_PARITY_DIRS (colon-separated). `--ref` is the git revision
to compare the working tree's src/ against; its src/ is exported (git archive) to a temporary
folder outside the repository. Each side runs in its own process, with its own sources first
on the path, and writes what it parsed as JSON; a document is identical when its status,
error, title, pages and every block (type, text, level, number, marker, location and, for a
table, header, rows, row numbers and location) are equal.
Prints one line per PDF that differs (the first differing block of each side) and a count.
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

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = [REPO / "examples", Path("/work/corpus/real/files")]


def _pdfs(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() == ".pdf"))
        elif p.suffix.lower() == ".pdf":
            out.append(p)
    return out


def _block(b) -> dict:
    out = {"type": b.type.value, "text": b.text, "level": b.level, "number": b.number, "marker": b.marker,
           "location": b.location.to_dict() if b.location else None}
    if b.table is not None:
        t = b.table
        out["table"] = {"header": list(t.header), "rows": [[str(v) for v in r] for r in t.rows],
                        "row_numbers": list(t.row_numbers), "location": t.location.to_dict(),
                        "title": t.title}
    return out


def dump(pdfs: list[Path], out: Path) -> None:
    """Parse each PDF with the gapscan on sys.path; write {path: document digest} and seconds."""
    from gapscan.ingest import DEFAULT_LIMITS, parse_file

    found, seconds = {}, 0.0
    for p in pdfs:
        t0 = time.process_time()
        doc = parse_file(p, p.name, DEFAULT_LIMITS)
        seconds += time.process_time() - t0
        found[str(p)] = {"status": doc.status.value, "error": doc.error, "title": doc.title, "pages": doc.pages,
                         "blocks": [_block(b) for b in doc.blocks]}
    out.write_text(json.dumps({"documents": found, "cpu_seconds": seconds}, default=str))


def _side(src: Path, pdfs: list[Path], out: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    listing = out.with_suffix(".list")
    listing.write_text("\n".join(map(str, pdfs)))
    subprocess.run([sys.executable, __file__, "--dump", str(out), "--list", str(listing)], env=env, check=True)
    return json.loads(out.read_text())


def _first_difference(a: dict, b: dict) -> str:
    for key in ("status", "error", "title", "pages"):
        if a[key] != b[key]:
            return f"{key}: {a[key]!r} -> {b[key]!r}"
    for i, (x, y) in enumerate(zip(a["blocks"], b["blocks"])):
        if x != y:
            x, y = json.dumps(x, ensure_ascii=False), json.dumps(y, ensure_ascii=False)
            at = next((k for k, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
            return f"block {i + 1}: ...{x[max(0, at - 60):at + 40]!r} -> ...{y[max(0, at - 60):at + 40]!r}"
    return f"blocks: {len(a['blocks'])} -> {len(b['blocks'])}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--ref", default="HEAD", help="git revision to compare against (default HEAD)")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump([Path(line) for line in args.list.read_text().splitlines() if line], args.dump)
        return 0
    extra = [Path(d) for d in os.environ.get("GAPSCAN_PARITY_DIRS", "").split(":") if d]
    pdfs = _pdfs(args.paths or [d for d in DEFAULT_DIRS + extra if d.exists()])
    with tempfile.TemporaryDirectory(prefix="gapscan-parity-") as tmp:
        ref_src = Path(tmp) / "ref"
        ref_src.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.ref, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(ref_src)], input=archive, check=True)
        before = _side(ref_src / "src", pdfs, Path(tmp) / "before.json")
        after = _side(REPO / "src", pdfs, Path(tmp) / "after.json")
    same = 0
    for p in pdfs:
        a, b = before["documents"][str(p)], after["documents"][str(p)]
        if a == b:
            same += 1
        else:
            print(f"DIFFERS {p}: {_first_difference(a, b)}")
    tables = sum(1 for d in after["documents"].values() for b in d["blocks"] if "table" in b)
    print(f"{same} of {len(pdfs)} PDFs parse identically ({tables} tables after); parse CPU "
          f"{before['cpu_seconds']:.2f} s at {args.ref} -> {after['cpu_seconds']:.2f} s now")
    return 0 if same == len(pdfs) else 1


if __name__ == "__main__":
    sys.exit(main())
