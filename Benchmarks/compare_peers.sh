#!/usr/bin/env bash
# Side-by-side MinHash throughput: Winnow vs rensa (R-MinHash) vs datasketch, on one core.
#
# Usage: Benchmarks/compare_peers.sh [CORPUS.jsonl.gz] [ROUNDS]
#   CORPUS defaults to ../shared/corpora/allsides-dev.jsonl.gz (relative to the repository).
#   Env: DATASKETCH_DOCS (default 2000: datasketch is ~100x slower, so it gets a prefix),
#        WINNOW_BIN (a `winnow` binary with `bench`; default: built from the root package),
#        WINNOW_COMPARE_BIN (optional second `winnow` binary, e.g. an older build, timed in the same
#        interleaved rounds: on a loaded machine the ratio between two builds is the steady figure).
# What is timed, for every tool: tokenize → 5-word shingles → hash → 128-permutation signature,
# with the texts already decompressed, parsed and in memory. Rounds are interleaved across tools
# and the median of the rounds is reported. Everything runs pinned to CPU 0 (taskset -c 0).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
corpus="${1:-$repo/../shared/corpora/allsides-dev.jsonl.gz}"
rounds="${2:-3}"
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"

if [ ! -x "$here/.venv/bin/python" ]; then
    python3 -m venv "$here/.venv"
    "$here/.venv/bin/pip" install -q rensa datasketch xxhash
fi

# Winnow: prefer the CLI's `winnow bench`; fall back to the CoreThroughput harness (same core,
# same JSON keys) while `bench` does not exist yet.
winnow_cmd=""
if [ -z "${WINNOW_BIN:-}" ]; then
    (cd "$repo" && swift build -c release --product winnow >/dev/null 2>&1) || true
    WINNOW_BIN="$repo/.build/release/winnow"
fi
if [ -x "$WINNOW_BIN" ] && "$WINNOW_BIN" --help 2>/dev/null | grep -qE '^ +bench( |$)'; then
    winnow_cmd="$WINNOW_BIN bench --input {corpus} --perms 128 --ngram 5 --json"
    winnow_label="winnow bench"
else
    (cd "$here" && swift build -c release --product CoreThroughput >/dev/null)
    winnow_cmd="$here/.build/release/CoreThroughput {corpus} --perms 128 --ngram 5"
    winnow_label="Winnow core (CoreThroughput; winnow bench not available)"
fi

compare_cmd=""
if [ -n "${WINNOW_COMPARE_BIN:-}" ]; then
    compare_cmd="$WINNOW_COMPARE_BIN bench --input {corpus} --perms 128 --ngram 5 --json"
fi

exec taskset -c 0 "$here/.venv/bin/python" - "$corpus" "$rounds" "$winnow_cmd" "$winnow_label" "$compare_cmd" <<'PY'
import gzip, json, re, shlex, statistics, subprocess, sys, time, os
import rensa, datasketch, xxhash
from importlib.metadata import version as pkg_version
from datasketch import MinHash

corpus, rounds, winnow_cmd, winnow_label, compare_cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
ds_docs = int(os.environ.get("DATASKETCH_DOCS", "2000"))
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in f if line.strip()]
nbytes = sum(len(t.encode("utf-8")) for t in texts)
ds_texts = texts[:ds_docs]
ds_bytes = sum(len(t.encode("utf-8")) for t in ds_texts)
word = re.compile(r"\w+")
K, N = 128, 5

def shingles(text):
    toks = word.findall(text.lower())
    if len(toks) < N:
        return [" ".join(toks)] if toks else []
    return list(map(" ".join, zip(*(toks[i:] for i in range(N)))))

def rensa_update(ts):
    for t in ts:
        m = rensa.RMinHash(num_perm=K, seed=42)
        m.update(shingles(t))
        m.digest()

def rensa_batch(ts):
    # Bulk API: one call for a batch of documents' shingle lists.
    for i in range(0, len(ts), 1000):
        rensa.RMinHash.digest_matrix_from_token_sets([shingles(t) for t in ts[i:i + 1000]], K, 42)

def ds_sha1(ts):
    for t in ts:
        m = MinHash(num_perm=K)
        m.update_batch([s.encode("utf-8") for s in shingles(t)])

xxh = xxhash.xxh32_intdigest
def ds_xxh(ts):
    for t in ts:
        m = MinHash(num_perm=K, hashfunc=xxh)
        m.update_batch([s.encode("utf-8") for s in shingles(t)])

def run_bench(cmd):
    out = subprocess.run(shlex.split(cmd.replace("{corpus}", corpus)), check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])["seconds"]

def winnow(_):
    return run_bench(winnow_cmd)

tools = [
    ("rensa RMinHash.update (per doc)", rensa_update, texts, nbytes),
    ("rensa digest_matrix_from_token_sets (batch)", rensa_batch, texts, nbytes),
    (f"datasketch MinHash SHA-1 ({len(ds_texts)} docs)", ds_sha1, ds_texts, ds_bytes),
    (f"datasketch MinHash xxh32 ({len(ds_texts)} docs)", ds_xxh, ds_texts, ds_bytes),
    (winnow_label, winnow, None, nbytes),
]
if compare_cmd:
    tools.append((f"winnow bench, {compare_cmd.split()[0]}", lambda _: run_bench(compare_cmd), None, nbytes))
times = {name: [] for name, *_ in tools}
for r in range(rounds):
    for name, fn, ts, _ in tools:
        start = time.perf_counter()
        inner = fn(ts)
        elapsed = time.perf_counter() - start
        times[name].append(inner if inner is not None else elapsed)
        print(f"round {r + 1}: {name}: {times[name][-1]:.3f} s", file=sys.stderr)

mbps = {name: b / 1e6 / statistics.median(times[name]) for name, _, _, b in tools}
best_rensa = max(v for k, v in mbps.items() if k.startswith("rensa"))
print(f"\nCorpus: {corpus} ({len(texts)} docs, {nbytes / 1e6:.1f} MB); K={K}, word {N}-grams; "
      f"median of {rounds} interleaved rounds, CPU 0; rensa {pkg_version('rensa')}, "
      f"datasketch {datasketch.__version__}\n")
print("| tool | MB/s | × fastest rensa |")
print("|---|---:|---:|")
for name, *_ in tools:
    print(f"| {name} | {mbps[name]:.1f} | {mbps[name] / best_rensa:.2f} |")
PY
