#!/usr/bin/env bash
# Index benchmark: build a 1 M-story index of synthetic signatures, then time query + insert of a
# 50 k-story batch (10% near-copies of indexed stories) through the code `winnow run --index` uses.
# Prints docs/s (query + insert + commit), bytes per indexed story and peak RSS.
#
# usage: Benchmarks/index/run.sh [--shingles N] [--indexed N] [--batch N] [--file PATH]
#   --shingles 800 stores a shingle digest per story as `confirm_exact: true` does (median
#   allsides story); the default 0 measures the signatures-only index (`confirm_exact: false`).
# Needs ~1 GB of disk per 1 M stories without digests, ~4.3 GB with --shingles 800.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product winnow >&2
exec /usr/bin/time -f "peak RSS (time -v): %M KB, wall %e s" .build/release/winnow index bench "$@"
