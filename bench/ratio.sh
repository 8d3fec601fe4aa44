#!/usr/bin/env bash
# The one benchmark command of issue 11, run from the repository root:
#   bench/ratio.sh [RUNS] [--no-scale]
# 1. ../shared/perf/ratio.sh .venv/bin/gapscan RUNS: cold `gapscan audit` against the floor, in one run
# 2. peak memory summed over gapscan and its worker processes (PSS: a page forked workers share
#    counts once; RSS: counted in each), cold audit of the same 500 documents
# 3. warm rerun, and rerun after editing one procedure (only when `gapscan audit --help` lists
#    --no-cache, i.e. the build has a cache; otherwise the rows say n/a)
# 4. `gapscan check` on a 10-page docx, cold and warm; 5. `gapscan --help`
# 6. 4x scale-up: a 2,000-document set of the same shape against the 500, one cold run each
#    (--no-scale skips it: generating the set takes about 10 minutes the first time)
# Environment: GAPSCAN (default .venv/bin/gapscan), GAPSCAN_SHARED (default ../shared/perf),
# GAPSCAN_FLOOR_DIR (default /tmp/gapscan-floor, shared with ratio.sh). Prints one line per row of
# the table in bench/README.md. Benchmarks are not tests: CI runs none of this.
set -u
cd "$(dirname "$0")/.."
gapscan=${GAPSCAN:-.venv/bin/gapscan}
shared=${GAPSCAN_SHARED:-../shared/perf}
export GAPSCAN_SHARED=$shared
base=${GAPSCAN_FLOOR_DIR:-/tmp/gapscan-floor}
runs=3; scale=1
for arg in "$@"; do
  case $arg in --no-scale) scale=0 ;; *) runs=$arg ;; esac
done
fpy=$base/venv/bin/python
work=$(mktemp -d "${TMPDIR:-/tmp}/gapscan-ratio.XXXXXX")
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
times() { local n=$1; shift; for _ in $(seq "$n"); do seconds "$@"; done | median; }

echo "date $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs, gapscan $("$gapscan" --version 2>/dev/null)"
bash "$shared/ratio.sh" "$gapscan" "$runs" || exit 1
set500=$base/data/e2e

cache=(); nocache=()
if "$gapscan" audit --help 2>/dev/null | grep -q -- '--no-cache'; then
  nocache=(--no-cache); cache=(--cache-dir "$work/cache")
fi
audit=(audit --format json -o /dev/null --fail-on never)

read -r wall rss pss < <(python3 bench/ratio_tools.py peak -- "$gapscan" "${audit[@]}" "$set500" "${nocache[@]}")
echo "memory: peak PSS ${pss} MB, peak RSS ${rss} MB, each summed over all processes (cold audit, 500 documents, ${wall}s)"

if ((${#cache[@]})); then
  "$gapscan" "${audit[@]}" "$set500" "${cache[@]}" >/dev/null 2>&1
  echo "warm: $(times "$runs" "$gapscan" "${audit[@]}" "$set500" "${cache[@]}")s (median of $runs, unchanged rerun)"
  cp -r "$set500" "$work/edited"
  "$gapscan" "${audit[@]}" "$work/edited" "${cache[@]}" >/dev/null 2>&1
  one=$(ls "$work/edited/procedures/"*.docx | head -1)
  edits=()
  for _ in $(seq "$runs"); do
    python3 bench/ratio_tools.py edit "$one"
    edits+=("$(seconds "$gapscan" "${audit[@]}" "$work/edited" "${cache[@]}")")
  done
  echo "edit one procedure: $(printf '%s\n' "${edits[@]}" | median)s (median of $runs)"
else
  echo "warm: n/a (this build has no cache: no --no-cache in 'gapscan audit --help')"
  echo "edit one procedure: n/a (no cache)"
fi

"$fpy" bench/ratio_tools.py docx "$work/procedure-10p.docx" || exit 1
echo "check cold: $(times "$runs" "$gapscan" check "$work/procedure-10p.docx" "${nocache[@]}")s (median of $runs, 10-page docx)"
if ((${#cache[@]})); then
  "$gapscan" check "$work/procedure-10p.docx" "${cache[@]}" >/dev/null 2>&1
  echo "check warm: $(times "$runs" "$gapscan" check "$work/procedure-10p.docx" "${cache[@]}")s (median of $runs)"
else
  echo "check warm: n/a (no cache)"
fi
echo "help: $(times 5 "$gapscan" --help)s (median of 5)"

if ((scale)); then
  set2000=$base/data/e2e-x4
  "$fpy" bench/ratio_tools.py scaled "$set500" "$set2000" 4 || exit 1
  t500=$(seconds "$gapscan" "${audit[@]}" "$set500" "${nocache[@]}")
  t2000=$(seconds "$gapscan" "${audit[@]}" "$set2000" "${nocache[@]}")
  echo "scale-up: 500 documents ${t500}s, 2,000 documents ${t2000}s, ratio $(echo "scale=2; $t2000 / $t500" | bc) (cold, one run each)"
fi
