#!/usr/bin/env bash
# Measures zlib vs libdeflate on Winnow's own uncompressed output of allsides-dev (one core,
# 1 MiB independent members, best of 3). Needs zlib1g-dev and libdeflate-dev.
#   bash Benchmarks/compression/run.sh [CORPUS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${1:-$root/../shared/corpora/allsides-dev.jsonl.gz}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/compare" "$here/compare.c" -lz -ldeflate
(cd "$root" && swift build -c release --product winnow >/dev/null)
"$root/.build/release/winnow" run "$corpus" --output "$work/out" --no-dedup --quiet || true
gzip -dc "$work"/out/part-*.jsonl.gz > "$work/records.jsonl"
echo "input: $(wc -c < "$work/records.jsonl") bytes of Winnow output records"
taskset -c 0 "$work/compare" "$work/records.jsonl"
