#!/usr/bin/env python3
"""Summarise a runsets.sh run directory: per set documents, kinds, verdicts, findings per rule, leads.

usage: summarize.py RUN_DIR   (RUN_DIR holds <short>.json, <short>.rc; written by runsets.sh)

A "lead" is a finding whose metrics.strength is "lead" (PS/SH evidence gate); "findings" below never
include leads. Every count is read from the JSON report itself.
"""
import collections
import json
import os
import sys


def load(run_dir):
    out = {}
    for name in sorted(os.listdir(run_dir)):
        if not name.endswith(".rc"):
            continue
        short = name[:-3]
        rc = open(os.path.join(run_dir, name)).read().strip()
        path = os.path.join(run_dir, short + ".json")
        data = None
        if os.path.exists(path):
            try:
                data = json.load(open(path, encoding="utf-8"))
            except ValueError:
                data = None
        out[short] = (rc, data)
    return out


def is_lead(f):
    return (f.get("metrics") or {}).get("strength") == "lead"


def set_counts(data):
    docs = data.get("documents", [])
    kinds = collections.Counter(d.get("kind") or "none" for d in docs)
    verdicts = collections.Counter(d.get("verdict") for d in docs if d.get("verdict"))
    errors = sum(1 for d in docs if d.get("status") != "ok")
    find = collections.Counter()
    leads = collections.Counter()
    for f in data.get("findings", []):
        (leads if is_lead(f) else find)[f["rule"]] += 1
    claims = sum(len(d.get("claims") or []) for d in docs)
    return dict(documents=len(docs), kinds=kinds, verdicts=verdicts, doc_errors=errors,
                findings=find, leads=leads, claims=claims,
                run_errors=len(data.get("run_errors") or []))


def fmt(counter):
    return " ".join(f"{k}={v}" for k, v in sorted(counter.items())) or "-"


def main():
    run_dir = sys.argv[1]
    sets = load(run_dir)
    info = ""
    if os.path.exists(os.path.join(run_dir, "run.info")):
        info = open(os.path.join(run_dir, "run.info")).read()
    print(f"# {run_dir}")
    for line in info.splitlines():
        print(f"# {line}")
    tot_f, tot_l = collections.Counter(), collections.Counter()
    tot_k, tot_v = collections.Counter(), collections.Counter()
    tot_docs = tot_claims = 0
    failed = []
    print("\n## per set")
    for short, (rc, data) in sets.items():
        if data is None or rc != "0":
            failed.append(f"{short} (rc={rc}, json={'yes' if data else 'no'})")
            print(f"{short}: FAILED rc={rc}")
            continue
        c = set_counts(data)
        tot_docs += c["documents"]
        tot_claims += c["claims"]
        tot_f.update(c["findings"])
        tot_l.update(c["leads"])
        tot_k.update(c["kinds"])
        tot_v.update(c["verdicts"])
        print(f"{short}: documents {c['documents']} (not ok {c['doc_errors']}, run errors {c['run_errors']}), "
              f"claims {c['claims']}")
        print(f"    kinds: {fmt(c['kinds'])}")
        print(f"    verdicts: {fmt(c['verdicts'])}")
        print(f"    findings {sum(c['findings'].values())}: {fmt(c['findings'])}")
        print(f"    leads {sum(c['leads'].values())}: {fmt(c['leads'])}")
    print("\n## totals")
    print(f"sets {len(sets)}, failed {len(failed)}{': ' + ', '.join(failed) if failed else ''}")
    print(f"documents {tot_docs}, claims {tot_claims}")
    print(f"kinds: {fmt(tot_k)}")
    print(f"verdicts: {fmt(tot_v)}")
    print(f"findings {sum(tot_f.values())}: {fmt(tot_f)}")
    print(f"leads {sum(tot_l.values())}: {fmt(tot_l)}")
    print(f"ALL: {sum(tot_f.values())} findings + {sum(tot_l.values())} leads")
    print("\n## table (set, docs, findings, leads, per rule findings+leads)")
    rules = sorted(set(tot_f) | set(tot_l))
    print("set\tdocs\tfindings\tleads\t" + "\t".join(rules))
    for short, (rc, data) in sets.items():
        if data is None or rc != "0":
            continue
        c = set_counts(data)
        cells = [f"{c['findings'][r]}+{c['leads'][r]}" if c['leads'][r] else str(c['findings'][r]) for r in rules]
        print(f"{short}\t{c['documents']}\t{sum(c['findings'].values())}\t{sum(c['leads'].values())}\t" + "\t".join(cells))


if __name__ == "__main__":
    main()
