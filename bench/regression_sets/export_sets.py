#!/usr/bin/env python3
"""Export the 27 regression sets listed in sets27.tsv from the stored snapshots.

usage: export_sets.py [--tsv FILE] [--out DIR] [--mirror DIR] [SHORT ...]

Each set is written to OUT/<short>/ from its commit (blob by blob, so a blob absent
from the snapshot is skipped and counted instead of failing the whole export).
A set dir is rebuilt from scratch. OUT/export.log gets one line per set:
short, files written, files skipped as absent, files filtered out.
asrc's run log (no snapshot) is copied from /tmp/sets18/raw/asrc-log/.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def git(gitdir, *args, **kw):
    return subprocess.run(["git", "--git-dir", gitdir, *args], capture_output=True, **kw)


def read_tsv(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        short, repo, commit, paths, keep, drop, note = line.rstrip("\n").split("\t")
        rows.append(dict(short=short, repo=repo, commit=commit,
                         paths=[] if paths == "." else paths.split(" "),
                         keep=None if keep == "-" else re.compile(keep),
                         drop=None if drop == "-" else re.compile(drop), note=note))
    return rows


def export(row, out, mirror):
    gitdir = os.path.join(mirror, row["repo"].replace("/", "+"), "repo")
    dest = os.path.join(out, row["short"])
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    ls = git(gitdir, "ls-tree", "-r", "-z", row["commit"], "--", *row["paths"])
    if ls.returncode:
        raise SystemExit(f"{row['short']}: ls-tree failed: {ls.stderr.decode().strip()}")
    wrote = absent = filtered = 0
    for entry in ls.stdout.split(b"\0"):
        if not entry:
            continue
        meta, path = entry.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind != b"blob" or mode == b"120000":
            continue
        path = path.decode("utf-8", "surrogateescape")
        if (row["keep"] and not row["keep"].search(path)) or (row["drop"] and row["drop"].search(path)):
            filtered += 1
            continue
        blob = git(gitdir, "cat-file", "blob", sha.decode())
        if blob.returncode:
            absent += 1
            continue
        target = os.path.join(dest, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(blob.stdout)
        wrote += 1
    if row["short"] == "asrc":
        src = "/tmp/sets18/raw/asrc-log/2025_01_to_06_master_combined.csv"
        target = os.path.join(dest, "metal-evap-history/data/output_csvs", os.path.basename(src))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(src, target)
        wrote += 1
    return wrote, absent, filtered


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tsv", default=os.path.join(HERE, "sets27.tsv"))
    ap.add_argument("--out", default="/tmp/sets18/sets")
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("only", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "export.log"), "a") as log:
        for row in read_tsv(a.tsv):
            if a.only and row["short"] not in a.only:
                continue
            w, ab, f = export(row, a.out, a.mirror)
            line = f"{row['short']}\t{row['repo']}@{row['commit'][:10]}\twrote {w}\tabsent {ab}\tfiltered {f}"
            print(line)
            log.write(line + "\n")


if __name__ == "__main__":
    sys.exit(main())
