#!/usr/bin/env bash
# Run one gapscan source tree on the 27 regression sets.
#
#   runsets.sh SRC TAG [SHORT ...]
#
# SRC: an exported source tree (git -C /work/main archive COMMIT | tar -x -C SRC; models/ is in git, so the
#      sentence model comes along and an editable install reads it from SRC/models). A venv is made in
#      SRC/.venv once (pip install -e SRC) and reused.
# TAG: the run's name. Reports go to /tmp/sets18/TAG/<short>.json (plus <short>.err, <short>.rc, <short>.time),
#      the summary to /tmp/sets18/TAG.summary.
# SHORT ...: only these sets (default: every set in bench/regression_sets/sets27.tsv, in its order).
#
# Sets run one after another under nice, -j1 is NOT forced (gapscan's own default), --no-cache so every run reads
# every file, --fail-on never so the exit status says only whether the run failed. Each set has a time limit
# (SET_TIMEOUT seconds, default 900). The sets come from /tmp/sets18/sets/<short>/ (export_sets.py).
set -u
SRC=${1:?usage: runsets.sh SRC TAG [SHORT ...]}
TAG=${2:?usage: runsets.sh SRC TAG [SHORT ...]}
shift 2
SRC=$(cd "$SRC" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
SETS=${SETS_DIR:-/tmp/sets18/sets}
OUT=/tmp/sets18/$TAG
TIMEOUT=${SET_TIMEOUT:-900}
JOBS=${GAPSCAN_JOBS:-}

if [ ! -x "$SRC/.venv/bin/gapscan" ]; then
    echo "making venv in $SRC/.venv" >&2
    python3 -m venv "$SRC/.venv" && nice "$SRC/.venv/bin/pip" install -q -e "$SRC" >&2 || { echo "venv failed" >&2; exit 2; }
fi
[ -d "$SRC/models/sentence_textcat" ] || echo "WARNING: $SRC/models/sentence_textcat missing: CM results will differ" >&2

if [ $# -gt 0 ]; then SHORTS=("$@"); else
    mapfile -t SHORTS < <(grep -v '^#' "$HERE/sets27.tsv" | cut -f1)
fi
mkdir -p "$OUT"
{
    echo "--- run"
    echo "src=$SRC"
    echo "commit=$(cat "$SRC/.commit" 2>/dev/null || echo unknown)"
    echo "started=$(date -u +%FT%TZ)"
    echo "sets=${SHORTS[*]}"
} >> "$OUT/run.info"

for s in "${SHORTS[@]}"; do
    if [ ! -d "$SETS/$s" ]; then echo "$s: no set at $SETS/$s" >&2; echo missing > "$OUT/$s.rc"; continue; fi
    rm -f "$OUT/$s.json"
    start=$(date +%s.%N)
    nice -n 10 timeout -k 30 "$TIMEOUT" /usr/bin/time -f "%e wall %U user %S sys %M maxrss_kb" -o "$OUT/$s.time" \
        "$SRC/.venv/bin/gapscan" audit "$SETS/$s" --format json -o "$OUT/$s.json" \
        --no-cache --fail-on never -q ${JOBS:+-j "$JOBS"} > "$OUT/$s.out" 2> "$OUT/$s.err"
    rc=$?
    echo "$rc" > "$OUT/$s.rc"
    printf '%-12s rc=%s %s\n' "$s" "$rc" "$(cat "$OUT/$s.time" 2>/dev/null | tail -1)" >&2
done
echo "ended=$(date -u +%FT%TZ)" >> "$OUT/run.info"
python3 "$HERE/summarize.py" "$OUT" > "/tmp/sets18/$TAG.summary"
cat "/tmp/sets18/$TAG.summary"
