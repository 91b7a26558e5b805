#!/usr/bin/env bash
# Index benchmark: build a 1 M-story index of synthetic signatures, then time query + insert of a
# 50 k-story batch (10% near-copies of indexed stories) through the code `winnow run --index` uses.
# Prints docs/s (query + insert + commit; wall and per CPU-second), bytes per indexed story and
# resident memory (peak; private vs mapped index file at the end).
#
# usage: Benchmarks/index/run.sh [--shingles N] [--indexed N] [--batch N] [--rounds N] [--file PATH] [--prebuilt PATH]
#   --shingles 800 stores a shingle digest per story as `confirm_exact: true` does (median
#   allsides story); the default 0 measures the signatures-only index (`confirm_exact: false`).
#   --prebuilt PATH keeps a copy of the built index at PATH and reuses it on later runs, so the
#   timed batch can be repeated (take the median) without rebuilding 1 M stories.
#   --rounds N times N batches one after another (the steady cost; figures are totals).
# Needs ~0.8 GB of disk per 1 M stories without digests, ~4.2 GB with --shingles 800 (twice that
# with --prebuilt).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product winnow >&2
exec /usr/bin/time -f "peak RSS (time -v): %M KB, wall %e s" .build/release/winnow index bench "$@"
