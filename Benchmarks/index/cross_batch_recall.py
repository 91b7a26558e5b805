#!/usr/bin/env python3
"""Cross-batch recall and provenance of `winnow run --index` at corpus scale.

usage: python3 Benchmarks/index/cross_batch_recall.py CORPUS TRUTH WINNOW WORKDIR
  e.g. python3 Benchmarks/index/cross_batch_recall.py /work/devset-out/dedup-corpus.jsonl.gz \
           /work/devset-out/dedup-truth.jsonl.gz .build/release/winnow /tmp/xbatch

CORPUS and TRUTH come from Benchmarks/dedup-truth/make_truth.py: allsides-dev's originals plus
syndication-style copies (`<id>~syn0`, `<id>~syn1`) and every pair with exact word 5-gram
Jaccard >= 0.5. Three daily batches: batch-1 = the originals, batch-2 = the ~syn0 copies,
batch-3 = the ~syn1 copies, run in that order into one index with Pipelines/dedup.yaml.

A copy whose original it repeats at J >= 0.8 must be a duplicate naming that original
(`duplicate_of`, or the original's own survivor if the original was a duplicate in batch 1) and
`duplicate_of_batch: batch-1`. Prints recall (right id and batch), and how many cross-batch
duplicates pair stories below J = 0.5 (false positives).
"""
import gzip, json, os, shutil, subprocess, sys


def records(path):
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(corpus, truth_path, winnow, work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    batches = {'batch-1': [], 'batch-2': [], 'batch-3': []}
    for r in records(corpus):
        suffix = r['id'].split('~')[1] if '~' in r['id'] else None
        batches[{None: 'batch-1', 'syn0': 'batch-2'}.get(suffix, 'batch-3')].append(r)
    index = os.path.join(work, 'index.sqlite')
    dups = {}
    for name, docs in batches.items():
        src = os.path.join(work, name + '.jsonl')
        with open(src, 'w', encoding='utf-8') as fh:
            for r in docs:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
        out = os.path.join(work, 'out-' + name)
        subprocess.run([winnow, 'run', src, '--output', out, '--pipeline', 'Pipelines/dedup.yaml',
                        '--index', index, '--batch', name, '--quiet'], check=True)
        for d in records(os.path.join(out, 'duplicates.jsonl.gz')):
            dups[d['id']] = d
    truth = {}
    for t in records(truth_path):
        truth[frozenset((t['a'], t['b']))] = t['j']
    # Survivor in batch 1 of each original (itself unless it was a within-batch duplicate).
    survivor = lambda a: dups[a]['duplicate_of'] if a in dups else a
    expected = found = right = 0
    for name in ('batch-2', 'batch-3'):
        for r in batches[name]:
            b = r['id']
            a = b.split('~')[0]
            if truth.get(frozenset((a, b)), 0) < 0.8:
                continue
            expected += 1
            d = dups.get(b)
            if d and d.get('duplicate_of_batch') == 'batch-1':
                found += 1
                right += d['duplicate_of'] == survivor(a)
    cross = [d for d in dups.values() if '~' in d['id'] and d.get('duplicate_of_batch') == 'batch-1']
    false = [d for d in cross if truth.get(frozenset((d['id'], d['duplicate_of'])), 0) < 0.5
             and truth.get(frozenset((d['id'], d['id'].split('~')[0])), 0) < 0.5]
    stats = subprocess.run([winnow, 'index', 'stats', index], capture_output=True, text=True, check=True).stdout
    print(json.dumps({
        'copies_repeating_their_original_at_J>=0.8': expected,
        'found_as_cross_batch_duplicates': found,
        'named_the_right_story_and_batch': right,
        'cross_batch_recall': round(right / expected, 4) if expected else None,
        'cross_batch_duplicates_reported': len(cross),
        'cross_batch_duplicates_below_J_0.5': len(false),
    }, indent=1))
    print(stats)


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
