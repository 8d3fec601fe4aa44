#!/usr/bin/env python3
"""Compare two runsets.sh runs finding by finding.

usage: split.py A B [--rule R ...] [--set S ...] [--width 160]

A, B: run tags (/tmp/sets18/TAG) or run directories holding <short>.json.
Prints:
  1. per rule: findings + leads in A and in B (findings never include leads; a lead is metrics.strength "lead");
  2. per set: the same, for sets where anything differs (and totals);
  3. the findings and leads added (in B, not A) and lost (in A, not B), each as
     set, rule, strength, file, location, message's first --width characters.
Findings are matched by set + rule + file + location + message (as a multiset, so two equal findings count
twice). A finding whose strength alone changed (same rule, file, location, message) is listed under
"strength changed", not as added and lost. Last, the documents whose kind or verdict changed. Sets that ran in only one of the two, or failed in one, are named
and left out of the comparison.
"""
import argparse
import collections
import json
import os
import sys


def run_dir(arg):
    return arg if os.path.isdir(arg) and os.sep in arg else os.path.join("/tmp/sets18", arg)


def load(d):
    out = {}
    for name in sorted(os.listdir(d)):
        if not name.endswith(".json"):
            continue
        short = name[:-5]
        rc_path = os.path.join(d, short + ".rc")
        rc = open(rc_path).read().strip() if os.path.exists(rc_path) else "0"
        if rc != "0":
            continue
        try:
            out[short] = json.load(open(os.path.join(d, name), encoding="utf-8"))
        except ValueError:
            continue
    return out


def strength(f):
    return "lead" if (f.get("metrics") or {}).get("strength") == "lead" else "finding"


def loc_text(loc):
    if not loc:
        return ""
    order = ("page", "sheet", "row", "column", "cell", "line", "section")
    return ",".join(f"{k}={loc[k]}" for k in order if k in loc)


def keyed(data, short):
    rows = collections.Counter()
    for f in data.get("findings", []):
        key = (short, f["rule"], f.get("path") or "", loc_text(f.get("location")), f.get("message") or "")
        rows[key + (strength(f),)] += 1
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--rule", action="append", default=[])
    ap.add_argument("--set", action="append", default=[])
    ap.add_argument("--width", type=int, default=160)
    a = ap.parse_args()
    A, B = load(run_dir(a.a)), load(run_dir(a.b))
    only_a = sorted(set(A) - set(B))
    only_b = sorted(set(B) - set(A))
    common = [s for s in A if s in B and (not a.set or s in a.set)]

    def want(rule):
        return not a.rule or any(rule == r or rule.startswith(r) for r in a.rule)

    ka, kb = collections.Counter(), collections.Counter()
    for s in common:
        ka.update({k: v for k, v in keyed(A[s], s).items() if want(k[1])})
        kb.update({k: v for k, v in keyed(B[s], s).items() if want(k[1])})

    def tally(c, idx):
        t = collections.defaultdict(lambda: [0, 0])
        for k, n in c.items():
            t[k[idx]][0 if k[5] == "finding" else 1] += n
        return t

    def cell(v):
        return f"{v[0]}+{v[1]}" if v[1] else f"{v[0]}"

    print(f"# split {a.a} -> {a.b}: {len(common)} sets compared (findings+leads)")
    if only_a:
        print(f"# only in {a.a} (or failed in {a.b}): {', '.join(only_a)}")
    if only_b:
        print(f"# only in {a.b} (or failed in {a.a}): {', '.join(only_b)}")

    ra, rb = tally(ka, 1), tally(kb, 1)
    print("\n## per rule\nrule\tA\tB\tdelta findings\tdelta leads")
    tot_a, tot_b = [0, 0], [0, 0]
    for r in sorted(set(ra) | set(rb)):
        va, vb = ra.get(r, [0, 0]), rb.get(r, [0, 0])
        tot_a = [tot_a[0] + va[0], tot_a[1] + va[1]]
        tot_b = [tot_b[0] + vb[0], tot_b[1] + vb[1]]
        print(f"{r}\t{cell(va)}\t{cell(vb)}\t{vb[0] - va[0]:+d}\t{vb[1] - va[1]:+d}")
    print(f"ALL\t{cell(tot_a)}\t{cell(tot_b)}\t{tot_b[0] - tot_a[0]:+d}\t{tot_b[1] - tot_a[1]:+d}")
    print(f"\nALL: {tot_a[0]} findings + {tot_a[1]} leads -> {tot_b[0]} findings + {tot_b[1]} leads")

    print("\n## per set and rule, where they differ\nset\trule\tA\tB")
    ps_a, ps_b = collections.Counter(), collections.Counter()
    for k, n in ka.items():
        ps_a[(k[0], k[1], k[5])] += n
    for k, n in kb.items():
        ps_b[(k[0], k[1], k[5])] += n
    pairs = sorted({(k[0], k[1]) for k in list(ps_a) + list(ps_b)})
    same = 0
    for s, r in pairs:
        va = [ps_a[(s, r, "finding")], ps_a[(s, r, "lead")]]
        vb = [ps_b[(s, r, "finding")], ps_b[(s, r, "lead")]]
        if va != vb:
            print(f"{s}\t{r}\t{cell(va)}\t{cell(vb)}")
        else:
            same += 1
    print(f"({same} set/rule pairs identical in count)")

    lost = ka - kb
    added = kb - ka
    # strength-only changes: same key bar strength, one lost one added
    moved = collections.Counter()
    for k in list(lost):
        other = k[:5] + ("lead" if k[5] == "finding" else "finding",)
        n = min(lost[k], added.get(other, 0))
        if n:
            moved[(k, other)] += n
            lost[k] -= n
            added[other] -= n
    lost = +lost
    added = +added

    def show(k, n):
        s, r, path, loc, msg, st = k
        msg = " ".join(msg.split())[: a.width]
        mult = f" x{n}" if n > 1 else ""
        return f"{s}\t{r}\t{st}\t{path}\t{loc}\t{msg}{mult}"

    print(f"\n## added ({sum(added.values())}: in B, not in A)")
    for k in sorted(added):
        print(show(k, added[k]))
    print(f"\n## lost ({sum(lost.values())}: in A, not in B)")
    for k in sorted(lost):
        print(show(k, lost[k]))
    if moved:
        print(f"\n## strength changed ({sum(moved.values())})")
        for (k, other), n in sorted(moved.items()):
            print(show(k, n).replace(f"\t{k[5]}\t", f"\t{k[5]} -> {other[5]}\t", 1))

    # documents: kind and verdict per file (not findings, but what moves them)
    changed = []
    for s in common:
        da = {d["path"]: (d.get("kind"), d.get("verdict")) for d in A[s].get("documents", [])}
        db = {d["path"]: (d.get("kind"), d.get("verdict")) for d in B[s].get("documents", [])}
        for path in sorted(set(da) | set(db)):
            va, vb = da.get(path, ("absent", None)), db.get(path, ("absent", None))
            if va != vb:
                changed.append(f"{s}\t{path}\tkind {va[0]} -> {vb[0]}\tverdict {va[1]} -> {vb[1]}")
    print(f"\n## documents whose kind or verdict changed ({len(changed)})")
    for line in changed:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
