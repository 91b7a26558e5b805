#!/usr/bin/env bash
# Bounded memory: peak RSS of `winnow run --threads 2` on N MB and on 4×N MB of dumps built the
# same way (Benchmarks/e2e/make_dumps.py). The issue's bound: the larger run peaks within 1.2×.
#   bash Benchmarks/e2e/rss.sh [SMALL_GZIP_MB]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
small=${1:-75}
large=$((small * 4))
corpus=${CORPUS:-$root/../shared/corpora/allsides-dev.jsonl.gz}
work=$here/work
mkdir -p "$work"
for mb in "$small" "$large"; do
    if [ ! -f "$work/dumps-$mb/.done" ]; then
        python3 "$here/make_dumps.py" "$corpus" "$work/dumps-$mb" --gzip-mb "$mb"
        touch "$work/dumps-$mb/.done"
    fi
done
(cd "$root" && swift build -c release --product winnow >/dev/null)
winnow=$work/winnow-rss
cp "$root/.build/release/winnow" "$winnow"
cd "$root"
echo "| input (gzip MB) | documents | seconds | peak RSS MB |"
echo "|---:|---:|---:|---:|"
for mb in "$small" "$large"; do
    rm -rf "$work/rss-out"
    /usr/bin/time -f "%e %M" -o "$work/rss-time.txt" "$winnow" run "$work/dumps-$mb" --output "$work/rss-out" --threads 2 --quiet || true
    read -r secs kb < "$work/rss-time.txt"
    docs=$(python3 -c "import json;print(json.load(open('$work/rss-out/stats.json'))['documents_in'])")
    echo "| $mb | $docs | $secs | $((kb / 1024)) |"
done
