#!/usr/bin/env bash
# End-to-end throughput: `winnow run` on >= 300 MB of gzip dumps against the I/O floor measured in
# the same run: zcat of the inputs + gzip -6 of Winnow's uncompressed output, single-threaded.
#   bash Benchmarks/e2e/run.sh [GZIP_MB] [ROUNDS]
#   BASELINE=/path/to/older/winnow bash Benchmarks/e2e/run.sh ...   also times that binary in the same rounds
#   (BASELINE_PIPELINE=file.yaml gives it its own pipeline file, e.g. `git show REV:Pipelines/news.yaml`)
# Prints a table (median seconds, ratio to the floor, peak RSS) and the per-stage seconds of the
# last 2-thread run. The dumps stay in Benchmarks/e2e/work (gitignored) between runs.
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
# A copy, so a rebuild during the benchmark cannot change the binary under it.
winnow=$work/winnow-bench
cp "$root/.build/release/winnow" "$winnow"
inputs=$work/dumps-$mb
cd "$root"   # the default pipeline is Pipelines/news.yaml
# "seconds peak_rss_kb" of a command (GNU time).
measure() { /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true; cat "$work/time.txt"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
fastest() { sort -n | head -1; }   # on a shared box the least disturbed round

: > "$work/t1"; : > "$work/t2"; : > "$work/floor"; : > "$work/b1"; : > "$work/b2"
baseline=${BASELINE:-}
if [ -n "$baseline" ]; then cp "$baseline" "$work/winnow-baseline"; fi
bpipe=(); if [ -n "${BASELINE_PIPELINE:-}" ]; then bpipe=(--pipeline "$BASELINE_PIPELINE"); fi
for r in $(seq "$rounds"); do
    rm -rf "$work/out1" "$work/out2"
    if [ -n "$baseline" ]; then
        rm -rf "$work/outb"; measure "$work/winnow-baseline" run "$inputs" --output "$work/outb" --threads 1 --quiet "${bpipe[@]}" >> "$work/b1"
        rm -rf "$work/outb"; measure "$work/winnow-baseline" run "$inputs" --output "$work/outb" --threads 2 --quiet "${bpipe[@]}" >> "$work/b2"
        echo "round $r: baseline threads 1 $(tail -1 "$work/b1"), threads 2 $(tail -1 "$work/b2")" >&2
    fi
    measure "$winnow" run "$inputs" --output "$work/out1" --threads 1 --quiet >> "$work/t1"
    measure "$winnow" run "$inputs" --output "$work/out2" --threads 2 --quiet >> "$work/t2"
    gzip -dc "$work"/out1/part-*.jsonl.gz > "$work/records.jsonl"
    z=$(measure sh -c "cat '$inputs'/*.txt.gz | gzip -dc > /dev/null" | cut -d' ' -f1)
    g=$(measure sh -c "gzip -6 -c '$work/records.jsonl' > /dev/null" | cut -d' ' -f1)
    echo "$z + $g" | bc >> "$work/floor"
    echo "round $r: threads 1 $(tail -1 "$work/t1"), threads 2 $(tail -1 "$work/t2"), floor $(tail -1 "$work/floor") (zcat $z + gzip $g)" >&2
done
T1=$(cut -d' ' -f1 "$work/t1" | median); T2=$(cut -d' ' -f1 "$work/t2" | median); F=$(median < "$work/floor")
R1=$(cut -d' ' -f2 "$work/t1" | median); R2=$(cut -d' ' -f2 "$work/t2" | median)
in_mb=$(du -sbL --apparent-size "$inputs" | awk '{printf "%.1f", $1/1e6}')
Fm=$(fastest < "$work/floor")
echo "| what | seconds (median of $rounds) | ratio to floor | fastest round | ratio to fastest floor | peak RSS MB |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| floor: zcat inputs + gzip -6 output, 1 thread | $F | 1.00 | $Fm | 1.00 | |"
row() { local m; m=$(cut -d' ' -f1 "$2" | fastest)
    echo "| $1 | $3 | $(echo "scale=2; $3 / $F" | bc) | $m | $(echo "scale=2; $m / $Fm" | bc) | $(($4 / 1024)) |"; }
row "winnow run --threads 1" "$work/t1" "$T1" "$R1"
row "winnow run --threads 2" "$work/t2" "$T2" "$R2"
if [ -n "$baseline" ]; then
    for t in 1 2; do
        B=$(cut -d' ' -f1 "$work/b$t" | median); RB=$(cut -d' ' -f2 "$work/b$t" | median)
        row "baseline --threads $t" "$work/b$t" "$B" "$RB"
    done
fi
echo
echo "inputs: $in_mb MB gzip in $(ls "$inputs" | grep -c gz) files; host: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/out2/stats.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("documents_in %d, kept %d, duplicates %d, rejected %d" % (s["documents_in"], s["kept"], s["duplicates"], s["rejected"]))
learned = [st.get("learned", {}).get("pass_seconds") for st in s["stages"] if st["name"] == "clean"]
print("stage seconds (threads 2, last round): " + ", ".join("%s %.2f" % (st["name"], st["seconds"]) for st in s["stages"])
      + (", learned pass %.2f" % learned[0] if learned and learned[0] is not None else ""))
PY
