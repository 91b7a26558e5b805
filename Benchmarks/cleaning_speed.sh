#!/bin/bash
# Clean + split seconds per core: runs each binary N times, alternating, `--threads 1 --no-dedup`,
# and prints the median `clean` and `split` stage seconds from stats.json and MB/s of text (and the
# fastest run's, which other jobs on a shared machine disturb least).
# usage: Benchmarks/cleaning_speed.sh DEVSET_DIR N BIN[:PIPELINE] [BIN[:PIPELINE] ...]
#   (run from the repository root; PIPELINE defaults to Pipelines/news.yaml; an older build needs
#   its own pipeline file: `git show REV:Pipelines/news.yaml > /tmp/news-REV.yaml`)
# Each binary is copied first, so a rebuild during the measurement cannot mix two builds.
set -euo pipefail
dev=$1; n=$2; shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mb=$(python3 - "$dev" <<'PY'
import gzip, os, sys
total = 0
for f in os.listdir(sys.argv[1]):
    p = os.path.join(sys.argv[1], f)
    if f.endswith('.txt'): total += os.path.getsize(p)
    elif f.endswith('.txt.gz'): total += len(gzip.open(p).read())
print(total / 1e6)
PY
)
args=("$@"); labels=(); bins=(); pipes=()
for i in "${!args[@]}"; do
    b=${args[$i]}
    bin=${b%%:*}; p=${b#*:}; [ "$p" == "$b" ] && p=Pipelines/news.yaml
    cp "$bin" "$out/bin$i"
    labels+=("$b"); bins+=("$out/bin$i"); pipes+=("$p")
done
# Wall seconds on a shared 2-core machine: the load average says how far to trust them.
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load average before: $(load)"
for r in $(seq "$n"); do
    for i in "${!bins[@]}"; do
        rm -rf "$out/o"
        "${bins[$i]}" run --pipeline "${pipes[$i]}" "$dev" --output "$out/o" --threads 1 --no-dedup --quiet >/dev/null
        python3 - "$out/o/stats.json" "$i" <<'PY'
import json, sys
d = {x['name']: x['seconds'] for x in json.load(open(sys.argv[1]))['stages']}
print(sys.argv[2], d['clean'], d['split'])
PY
    done
done | python3 -c '
import sys, statistics as st
mb = float(sys.argv[1]); labels = sys.argv[2:]
runs = {}
for line in sys.stdin:
    i, c, s = line.split(); runs.setdefault(int(i), []).append((float(c), float(s)))
for i, v in sorted(runs.items()):
    c = st.median(x[0] for x in v); s = st.median(x[1] for x in v); t = st.median(x[0] + x[1] for x in v)
    # The fastest run too: on a shared machine other jobs only ever add time to a run.
    fastest = min(x[0] + x[1] for x in v)
    print(f"{labels[i]}: clean {c:.3f} s, split {s:.3f} s, clean+split {t:.3f} s = {mb / t:.1f} MB/s of text ({mb:.2f} MB, median of {len(v)}; fastest {fastest:.3f} s = {mb / fastest:.1f} MB/s)")
' "$mb" "${labels[@]}"
echo "load average after: $(load)"
