"""Parse the same files with two versions of gapscan and say where the Documents differ.

    python bench/parse_parity.py [--ref HEAD~1] [--formats pdf,docx] [FILE or folder ...]

Without paths it reads every file gapscan reads (or those of `--formats`) under examples/, the
real corpus (/work/corpus/real/files) and any folder given in GAPSCAN_PARITY_DIRS (colon-separated). `--ref` is the git revision
to compare the working tree's src/ against; its src/ is exported (git archive) to a temporary
folder outside the repository. Each side runs in its own process, with its own sources first
on the path, and writes what it parsed as JSON; a document is identical when its status,
error, title, pages, inline ignores and every block (type, text, level, number, marker, checked,
location and, for a table, header, rows with each cell's type, row numbers, location and title)
are equal.
Prints one line per file that differs (the first differing block of each side), a count per
format and each side's parse CPU seconds per format.
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


def _files(paths: list[Path], formats: set[str] | None) -> list[Path]:
    from gapscan.ingest import format_of, is_candidate

    def wanted(q: Path) -> bool:
        return q.is_file() and is_candidate(q) and (formats is None or format_of(q) in formats)

    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if wanted(q)))
        elif wanted(p):
            out.append(p)
    return out


def _cell(v) -> str:
    return f"{type(v).__name__}:{v!r}"


def _block(b) -> dict:
    out = {"type": b.type.value, "text": b.text, "level": b.level, "number": b.number, "marker": b.marker,
           "checked": b.checked, "location": b.location.to_dict() if b.location else None}
    if b.table is not None:
        t = b.table
        out["table"] = {"header": list(t.header), "rows": [[_cell(v) for v in r] for r in t.rows],
                        "row_numbers": list(t.row_numbers), "location": t.location.to_dict(),
                        "title": t.title}
    return out


def dump(files: list[Path], out: Path) -> None:
    """Parse each file with the gapscan on sys.path; write {path: document digest} and seconds by format."""
    from gapscan.ingest import DEFAULT_LIMITS, format_of, parse_file

    found, seconds = {}, {}
    for p in files:
        t0 = time.process_time()
        doc = parse_file(p, p.name, DEFAULT_LIMITS)
        fmt = format_of(p)
        seconds[fmt] = seconds.get(fmt, 0.0) + time.process_time() - t0
        found[str(p)] = {"status": doc.status.value, "error": doc.error, "title": doc.title, "pages": doc.pages,
                         "ignores": [repr(i) for i in doc.ignores], "blocks": [_block(b) for b in doc.blocks]}
    out.write_text(json.dumps({"documents": found, "cpu_seconds": seconds}, default=str))


def _side(src: Path, files: list[Path], out: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    listing = out.with_suffix(".list")
    listing.write_text("\n".join(map(str, files)))
    subprocess.run([sys.executable, __file__, "--dump", str(out), "--list", str(listing)], env=env, check=True)
    return json.loads(out.read_text())


def _first_difference(a: dict, b: dict) -> str:
    for key in ("status", "error", "title", "pages", "ignores"):
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
    ap.add_argument("--formats", help="comma-separated formats to compare (default: every format gapscan reads)")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--list", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump([Path(line) for line in args.list.read_text().splitlines() if line], args.dump)
        return 0
    sys.path.insert(0, str(REPO / "src"))
    extra = [Path(d) for d in os.environ.get("GAPSCAN_PARITY_DIRS", "").split(":") if d]
    formats = set(args.formats.split(",")) if args.formats else None
    files = _files(args.paths or [d for d in DEFAULT_DIRS + extra if d.exists()], formats)
    with tempfile.TemporaryDirectory(prefix="gapscan-parity-") as tmp:
        ref_src = Path(tmp) / "ref"
        ref_src.mkdir()
        archive = subprocess.run(["git", "-C", str(REPO), "archive", args.ref, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(ref_src)], input=archive, check=True)
        before = _side(ref_src / "src", files, Path(tmp) / "before.json")
        after = _side(REPO / "src", files, Path(tmp) / "after.json")
    from gapscan.ingest import format_of

    same: dict[str, list[int]] = {}
    for p in files:
        a, b = before["documents"][str(p)], after["documents"][str(p)]
        counts = same.setdefault(format_of(p), [0, 0])
        counts[1] += 1
        if a == b:
            counts[0] += 1
        else:
            print(f"DIFFERS {p}: {_first_difference(a, b)}")
    tables = sum(1 for d in after["documents"].values() for b in d["blocks"] if "table" in b)
    for fmt, (n_same, n) in sorted(same.items()):
        print(f"{fmt}: {n_same} of {n} parse identically; parse CPU {before['cpu_seconds'][fmt]:.2f} s at "
              f"{args.ref} -> {after['cpu_seconds'][fmt]:.2f} s now")
    total_same, total = sum(c[0] for c in same.values()), sum(c[1] for c in same.values())
    print(f"{total_same} of {total} files parse identically ({tables} tables after)")
    return 0 if total_same == total else 1

if __name__ == "__main__":
    sys.exit(main())
