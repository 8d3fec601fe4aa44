"""Helpers for bench/ratio.sh: the documents it times and the memory it watches.

    python bench/ratio_tools.py docx OUT.docx              a 10-page procedure (the floor's generator)
    python bench/ratio_tools.py scaled E2E OUT [N]          N x the 500-document set (default 4): E2E
                                                            copied as part-0, parts 1.. generated anew
    python bench/ratio_tools.py edit FILE.docx              append one paragraph to a docx, in place
    python bench/ratio_tools.py peak [--detail] -- CMD ...  run CMD; print its wall seconds and the peaks
                                                            of RSS and PSS summed over it and its children;
                                                            --detail: then, on stderr, when the PSS peak came
                                                            and each process's PSS at it (CMD's stderr to
                                                            peak-stderr.txt in the working folder, so its
                                                            --timings can be set beside it)

`docx` and `scaled` import the floor's make_set.py, so they run with the floor's venv and
GAPSCAN_SHARED (default ../shared/perf) on the path; `edit` and `peak` need only the stdlib.
Linux only (/proc).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path


def _make_set():
    sys.path.insert(0, str(Path(os.environ.get("GAPSCAN_SHARED", "../shared/perf")).resolve()))
    import make_set

    return make_set


def docx(out: Path) -> None:
    _make_set().make_docx(str(out), 10, seed=10)


def scaled(e2e: Path, out: Path, parts: int) -> None:
    """The e2e shape again with other seeds, so every document is distinct (150 pdf, 150 docx,
    200 xlsx a part, the floor's page and row cycles)."""
    ms = _make_set()
    out.mkdir(parents=True, exist_ok=True)
    if not (out / "part-0").exists():
        shutil.copytree(e2e, out / "part-0")
    pages, rows = [2, 3, 4, 5, 6, 7, 8, 9, 10], [500, 1000, 2000, 3000, 3500]
    for k in range(1, parts):
        d = out / f"part-{k}"
        if (d / "done").exists():
            continue
        (d / "procedures").mkdir(parents=True, exist_ok=True)
        (d / "records").mkdir(exist_ok=True)
        for i in range(150):
            ms.make_pdf(str(d / "procedures" / f"QP-{k}{i:03d}.pdf"), pages[i % 9], seed=3000 + 10000 * k + i)
            ms.make_docx(str(d / "procedures" / f"WI-{k}{i:03d}.docx"), pages[(i + 4) % 9],
                         seed=4000 + 10000 * k + i)
        for i in range(200):
            ms.make_xlsx(str(d / "records" / f"REC-{k}{i:03d}.xlsx"), rows[i % 5], seed=5000 + 10000 * k + i)
        (d / "done").write_text("")


def edit(path: Path) -> None:
    """One more paragraph at the end of the body: the file's bytes (and so its hash) change."""
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == "word/document.xml":
                stamp = time.strftime("%H:%M:%S")
                data = re.sub(rb"(<w:sectPr)", f"<w:p><w:r><w:t>Edited at {stamp}: the shift lead signs the "
                                                f"log.</w:t></w:r></w:p>".encode() + rb"\1", data, count=1)
            z.writestr(info, data)
    tmp.replace(path)


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


def _memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB. Forked workers share their parent's pages: RSS counts them in every
    process, PSS splits each shared page between the processes that map it."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            fields = dict(line.split()[:2] for line in fh if line.split()[0] in ("Rss:", "Pss:"))
        return int(fields["Rss:"]), int(fields["Pss:"])
    except (OSError, KeyError, ValueError):
        return 0, 0


def peak(cmd: list[str], detail: bool = False) -> None:
    """Prints: wall seconds, peak of the summed RSS (MB), peak of the summed PSS (MB)."""
    start = time.perf_counter()
    err = open("peak-stderr.txt", "w") if detail else subprocess.DEVNULL
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    top_rss = top_pss = 0
    at_peak: tuple[float, list[tuple[int, int]]] = (0.0, [])
    while proc.poll() is None:
        pids = _tree(proc.pid)
        sizes = [_memory(p) for p in pids]
        top_rss = max(top_rss, sum(r for r, _ in sizes))
        if sum(p for _, p in sizes) > top_pss:
            top_pss = sum(p for _, p in sizes)
            at_peak = (time.perf_counter() - start, [(pid, p) for pid, (_, p) in zip(pids, sizes)])
        time.sleep(0.1)
    print(f"{time.perf_counter() - start:.2f} {top_rss / 1024:.0f} {top_pss / 1024:.0f}")
    if detail:
        err.close()
        when, shares = at_peak
        print(f"PSS peak at {when:.1f} s: " + ", ".join(
            f"{'main' if pid == proc.pid else 'worker'} {p / 1024:.0f} MB" for pid, p in shares), file=sys.stderr)


def main() -> int:
    what, args = sys.argv[1], sys.argv[2:]
    if what == "docx":
        docx(Path(args[0]))
    elif what == "scaled":
        scaled(Path(args[0]), Path(args[1]), int(args[2]) if len(args) > 2 else 4)
    elif what == "edit":
        edit(Path(args[0]))
    elif what == "peak":
        detail = args[:1] == ["--detail"]
        args = args[1:] if detail else args
        peak(args[1:] if args[:1] == ["--"] else args, detail)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
