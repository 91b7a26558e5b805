#!/usr/bin/env bash
# Kill harness (issue #6, crash safety and resume): starts the built CLI on a multi-file input with
# --index, SIGKILLs it at random moments (1-3 kills per trial, so resumes get killed too), reruns
# the same command until it finishes, and compares with an uninterrupted run:
#   - shards, duplicates.jsonl.gz, rejected.jsonl.gz, manifest.json byte-identical (stats.json
#     identical but for timings);
#   - 0 lost, 0 duplicated: every id of the reference (kept, duplicate) appears exactly once;
#   - after every kill the index is exactly as before the batch (or, if the kill landed after the
#     index commit, exactly as after it); after the resume exactly as after the reference run.
#
# Usage: Benchmarks/robustness/kill_trials.sh [TRIALS=20] [WINNOW=.build/release/winnow]
# Env:   ARTICLES=n (corpus articles in the batch, default 3000, in 8 files), WORK=dir (scratch, default a new /tmp dir), SEED=n (kill moments), KEEP=1 (keep WORK)
set -euo pipefail
TRIALS=${1:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=$(cd "$ROOT" && realpath "${2:-.build/release/winnow}")
WORK=${WORK:-$(mktemp -d /tmp/winnow-kill.XXXXXX)}
CORPUS=${CORPUS:-$ROOT/../shared/corpora/allsides-dev.jsonl.gz}
RANDOM=${SEED:-6}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"

# Inputs: the prior batch is the corpus' first 1,500 articles; today's batch is 8 files (gzip and
# plain JSONL, overlapping the prior batch, so there are cross-batch duplicates) plus the seed dumps.
if [ ! -d "$WORK/in" ]; then
    mkdir -p "$WORK/in" "$WORK/prior"
    if [ -f "$CORPUS" ]; then
        zcat "$CORPUS" > "$WORK/corpus.jsonl"
        head -n 1500 "$WORK/corpus.jsonl" > "$WORK/prior/prior.jsonl"
        sed -n "1001,$((1000 + ${ARTICLES:-3000}))p" "$WORK/corpus.jsonl" | split -l $(( ${ARTICLES:-3000} / 8 )) -d --additional-suffix=.jsonl - "$WORK/in/chunk-"
        rm "$WORK/corpus.jsonl"
    else
        cp Fixtures/devset/sample/* "$WORK/prior/"; cp Fixtures/devset/sample/* "$WORK/in/"
    fi
    for f in "$WORK"/in/chunk-0[0-3].jsonl; do [ -f "$f" ] && gzip "$f"; done
    cp Fixtures/seeds/*.txt "$WORK/in/"
    printf 'not json\n{"text": 5}\n' > "$WORK/in/bad.jsonl"
fi
run() { "$BIN" run "$WORK/in" --output "$1" --index "$2" --batch today --quiet; }
dump() { python3 "$HERE/index_dump.py" "$1"; }

rm -rf "$WORK"/base.sqlite* "$WORK/prior-out"
"$BIN" run "$WORK/prior" --output "$WORK/prior-out" --index "$WORK/base.sqlite" --batch prior --quiet
BASE=$(dump "$WORK/base.sqlite")

# The reference: uninterrupted, with the same output and index paths as the trials (the manifest names them).
rm -rf "$WORK/ref" "$WORK/out" "$WORK"/idx.sqlite*
cp "$WORK/base.sqlite" "$WORK/idx.sqlite"
t0=$(date +%s%N)
run "$WORK/out" "$WORK/idx.sqlite" || [ $? = 2 ]
REF_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
REF_INDEX=$(dump "$WORK/idx.sqlite")
mv "$WORK/out" "$WORK/ref"
echo "reference run: ${REF_MS} ms; $(ls "$WORK"/ref/part-* | wc -l) shard(s)"

pass=0 fail=0 kills=0 kills_after_commit=0 resumed=0
for trial in $(seq 1 "$TRIALS"); do
    out="$WORK/out" idx="$WORK/idx.sqlite"
    rm -rf "$out" "$WORK"/idx.sqlite*
    cp "$WORK/base.sqlite" "$idx"
    ok=1 nk=$(( 1 + RANDOM % 3 )) moments=""
    for k in $(seq 1 "$nk"); do
        delay=$(( RANDOM * REF_MS / 32768 ))
        "$BIN" run "$WORK/in" --output "$out" --index "$idx" --batch today --quiet 2>/dev/null &
        pid=$!
        sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
        finished=0
        if kill -KILL "$pid" 2>/dev/null; then
            kills=$((kills + 1)); moments="$moments ${delay}ms"
            [ -d "$out/.winnow-partial" ] && [ -n "$(ls "$out/.winnow-partial" 2>/dev/null)" ] && resumed=$((resumed + 1))
        else
            finished=1; moments="$moments (done before ${delay}ms)"
        fi
        wait "$pid" 2>/dev/null || true
        [ $finished = 1 ] && break   # the run completed: nothing left to kill
        # The index: as before the batch, or (killed after the commit) as after it. Never in between.
        now=$(dump "$idx")
        if [ "$now" = "$REF_INDEX" ]; then kills_after_commit=$((kills_after_commit + 1))
        elif [ "$now" != "$BASE" ]; then echo "trial $trial: index changed by an unfinished batch"; ok=0; fi
        for f in "$out"/part-*; do   # any shard under a final name is complete
            [ -e "$f" ] || continue
            gzip -t "$f" 2>/dev/null || { echo "trial $trial: truncated shard $f"; ok=0; }
        done
    done
    status=0
    [ -f "$out/manifest.json" ] && [ ! -d "$out/.winnow-partial" ] || run "$out" "$idx" 2>"$WORK/resume.err" || status=$?
    if [ "$status" != 0 ] && [ "$status" != 2 ]; then echo "trial $trial: resume exited $status: $(cat "$WORK/resume.err")"; ok=0; fi
    for f in "$WORK"/ref/part-* "$WORK"/ref/duplicates.jsonl.gz "$WORK"/ref/rejected.jsonl.gz "$WORK"/ref/manifest.json; do
        cmp -s "$f" "$out/$(basename "$f")" || { echo "trial $trial: $(basename "$f") differs"; ok=0; }
    done
    [ "$(ls -A "$out" | sort)" = "$(ls -A "$WORK/ref" | sort)" ] || { echo "trial $trial: file list differs: $(ls -A "$out")"; ok=0; }
    python3 "$HERE/compare_outputs.py" "$WORK/ref" "$out" || ok=0
    [ "$(dump "$idx")" = "$REF_INDEX" ] || { echo "trial $trial: final index differs from the reference"; ok=0; }
    if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
    echo "trial $trial: $nk kill(s) at$moments -> $([ $ok = 1 ] && echo identical || echo FAILED)"
done
echo "kill trials: $TRIALS trials, $kills SIGKILLs ($resumed with a checkpoint to resume, $kills_after_commit after the index commit); $pass identical, $fail failed"
[ "$fail" = 0 ]
