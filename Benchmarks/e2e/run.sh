#!/usr/bin/env bash
# End-to-end throughput: `winnow run` on >= 300 MB of gzip dumps against the I/O floor measured in
# the same run: zcat of the inputs + gzip -6 of Winnow's uncompressed output, single-threaded.
#   bash Benchmarks/e2e/run.sh [GZIP_MB] [ROUNDS]
# Writes its table to stdout; keep the dumps between runs in Benchmarks/e2e/work (gitignored).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mb=${1:-300}
rounds=${2:-3}
corpus=${CORPUS:-$root/../shared/corpora/allsides-dev.jsonl.gz}
work=$here/work
mkdir -p "$work"
if [ ! -f "$work/dumps-$mb/.done" ]; then
    python3 "$here/make_dumps.py" "$corpus" "$work/dumps-$mb" --gzip-mb "$mb"
    touch "$work/dumps-$mb/.done"
fi
(cd "$root" && swift build -c release --product winnow >/dev/null)
winnow=$root/.build/release/winnow
inputs=$work/dumps-$mb
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -a t1 t2 floor
for r in $(seq "$rounds"); do
    rm -rf "$work/out1" "$work/out2"
    t1+=("$(seconds "$winnow" run "$inputs" --output "$work/out1" --threads 1 --quiet)")
    t2+=("$(seconds "$winnow" run "$inputs" --output "$work/out2" --threads 2 --quiet)")
    gzip -dc "$work"/out1/part-*.jsonl.gz > "$work/records.jsonl"
    f_zcat=$(seconds sh -c "cat '$inputs'/*.txt.gz | gzip -dc > /dev/null")
    f_gzip=$(seconds sh -c "gzip -6 -c '$work/records.jsonl' > /dev/null")
    floor+=("$(echo "$f_zcat + $f_gzip" | bc)")
done
T1=$(printf '%s\n' "${t1[@]}" | median); T2=$(printf '%s\n' "${t2[@]}" | median); F=$(printf '%s\n' "${floor[@]}" | median)
in_mb=$(du -sb "$inputs" | awk '{print $1/1e6}')
text_mb=$(python3 -c "import json;print(round(json.load(open('$work/out1/stats.json'))['stages'][0].get('counters',{}).get('text_bytes',0)/1e6,1))" 2>/dev/null || echo "?")
echo "| what | seconds (median of $rounds) | ratio to floor |"
echo "|---|---|---|"
echo "| floor: zcat inputs + gzip -6 output, 1 thread | $F | 1.00 |"
echo "| winnow run --threads 1 | $T1 | $(echo "scale=2; $T1 / $F" | bc) |"
echo "| winnow run --threads 2 | $T2 | $(echo "scale=2; $T2 / $F" | bc) |"
echo
echo "inputs: $in_mb MB gzip in $(ls "$inputs" | grep -c gz) files; host: $(nproc) cores"
