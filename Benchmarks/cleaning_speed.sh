#!/bin/bash
# Clean + split seconds per core: runs each binary N times, alternating, `--threads 1 --no-dedup`,
# and prints the median `clean` and `split` stage seconds from stats.json and MB/s of text.
# usage: Benchmarks/cleaning_speed.sh DEVSET_DIR N BIN[:PIPELINE] [BIN[:PIPELINE] ...]
#   (run from the repository root; PIPELINE defaults to Pipelines/news.yaml; an older build needs
#   its own pipeline file: `git show REV:Pipelines/news.yaml > /tmp/news-REV.yaml`)
set -euo pipefail
dev=$1; n=$2; shift 2
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
out=$(mktemp -d)
for r in $(seq "$n"); do
    for b in "$@"; do
        bin=${b%%:*}; p=${b#*:}; [ "$p" == "$b" ] && p=Pipelines/news.yaml
        rm -rf "$out/o"
        "$bin" run --pipeline "$p" "$dev" --output "$out/o" --threads 1 --no-dedup --quiet >/dev/null
        python3 -c "
import json, sys; s = json.load(open('$out/o/stats.json')); d = {x['name']: x['seconds'] for x in s['stages']}
print('$b', d['clean'], d['split'])"
    done
done | python3 -c "
import sys, statistics as st
runs = {}
for line in sys.stdin:
    b, c, s = line.split(); runs.setdefault(b, []).append((float(c), float(s)))
for b, v in runs.items():
    c = st.median(x[0] for x in v); s = st.median(x[1] for x in v); t = st.median(x[0] + x[1] for x in v)
    print(f'{b}: clean {c:.3f} s, split {s:.3f} s, clean+split {t:.3f} s = {$mb / t:.1f} MB/s of text ({$mb:.2f} MB, median of {len(v)})')
"
rm -rf "$out"
