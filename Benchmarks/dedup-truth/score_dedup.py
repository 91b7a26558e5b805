#!/usr/bin/env python3
"""Score Winnow's near-duplicate output against exact truth pairs from make_truth.py.

usage:
  score_dedup.py TRUTH.jsonl.gz OUTPUT_DIR [--corpus CORPUS.jsonl.gz] [--json]

  TRUTH       pairs {"a","b","j"} with J >= 0.5 (dedup-truth.jsonl.gz or allsides-truth.jsonl.gz);
              the truth is exhaustive: every pair of the corpus with J >= 0.5 is listed.
  OUTPUT_DIR  Winnow output: kept records in part-*.jsonl.gz (field "id", or metadata.id) and
              duplicates in duplicates.jsonl.gz (fields "id", "duplicate_of").
  --corpus    the corpus the truth was built from (records {id,text}); when given, the exact
              word-5-gram Jaccard of reported pairs absent from the truth is computed and
              summarised, and reported ids missing from the corpus are flagged.

What it computes (deterministic):
  clusters   union-find over the reported edges (id -- duplicate_of), i.e. each survivor plus
             the records naming it in duplicate_of (chains are followed transitively). A record
             never reported is a singleton.
  recall     share of truth pairs with J >= 0.8 whose two ids end up in the same cluster;
             also per band: 0.8-0.9, 0.9-1.0 (1.0 included), and (informational) 0.5-0.8.
  precision  among reported pairs (id, duplicate_of), the share whose exact J >= 0.5. Because
             the truth is exhaustive, a pair absent from the truth has J < 0.5 (with --corpus
             its J is recomputed and shown).
"""
import argparse, glob, gzip, json, os, re, sys
from collections import Counter

WORD = re.compile(r'\w+')


def shingles(text):
    w = WORD.findall(text.lower())
    if len(w) < 5:
        return {' '.join(w)}
    return {' '.join(w[i:i + 5]) for i in range(len(w) - 4)}


def jsonl(path):
    op = gzip.open if path.endswith('.gz') else open
    with op(path, 'rt', encoding='utf-8') as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def field(r, k):
    v = r.get(k)
    if v is None and isinstance(r.get('metadata'), dict):
        v = r['metadata'].get(k)
    return v


class UF:
    def __init__(self):
        self.p = {}

    def find(self, x):
        p = self.p
        p.setdefault(x, x)
        root = x
        while p[root] != root:
            root = p[root]
        while p[x] != root:
            p[x], x = root, p[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.p[rb] = ra


def band(j):
    return '0.9-1.0' if j >= 0.9 else '0.8-0.9' if j >= 0.8 else '0.5-0.8'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('truth')
    ap.add_argument('output_dir')
    ap.add_argument('--corpus')
    ap.add_argument('--json', action='store_true')
    a = ap.parse_args()

    truth = {}
    for r in jsonl(a.truth):
        x, y = sorted((str(r['a']), str(r['b'])))
        truth[(x, y)] = float(r['j'])

    kept = []
    for p in sorted(glob.glob(os.path.join(a.output_dir, '**', 'part-*.jsonl*'), recursive=True)):
        kept += [str(field(r, 'id')) for r in jsonl(p)]
    dups = []
    dpaths = sorted(glob.glob(os.path.join(a.output_dir, '**', 'duplicates.jsonl*'), recursive=True))
    for p in dpaths:
        for r in jsonl(p):
            i, d = field(r, 'id'), field(r, 'duplicate_of')
            if i is not None and d is not None:
                dups.append((str(i), str(d)))
    if not kept and not dpaths:
        sys.exit(f'no part-*.jsonl.gz or duplicates.jsonl.gz under {a.output_dir}')

    uf = UF()
    for i in kept:
        uf.find(i)
    for i, d in dups:
        uf.union(i, d)

    # recall per band
    hit, tot = Counter(), Counter()
    for (x, y), j in truth.items():
        b = band(j)
        tot[b] += 1
        if x in uf.p and y in uf.p and uf.find(x) == uf.find(y):
            hit[b] += 1
    hi_tot = tot['0.8-0.9'] + tot['0.9-1.0']
    hi_hit = hit['0.8-0.9'] + hit['0.9-1.0']

    # precision over reported pairs
    pairs = [tuple(sorted(p)) for p in dups]
    good = sum(1 for p in pairs if p in truth)
    rep_bands = Counter(band(truth[p]) for p in pairs if p in truth)
    false_js = []
    missing_ids = set()
    if a.corpus:
        need = {x for p in pairs if p not in truth for x in p}
        texts = {}
        for r in jsonl(a.corpus):
            if str(r['id']) in need:
                texts[str(r['id'])] = r.get('text') or ''
        for x, y in pairs:
            if (x, y) in truth:
                continue
            if x not in texts or y not in texts:
                missing_ids.update(z for z in (x, y) if z not in texts)
                continue
            sa, sb = shingles(texts[x]), shingles(texts[y])
            inter = len(sa & sb)
            false_js.append(inter / (len(sa) + len(sb) - inter))
        n_recheck = sum(1 for j in false_js if j >= 0.5)  # should be 0 if truth matches corpus
    res = dict(
        kept_records=len(kept), duplicate_records=len(dups), clusters_with_dups=len({uf.find(d) for _, d in dups}),
        truth_pairs=len(truth), truth_pairs_ge_0_8=hi_tot,
        recall_ge_0_8=round(hi_hit / hi_tot, 4) if hi_tot else None, recalled_ge_0_8=hi_hit,
        recall_0_8_0_9=round(hit['0.8-0.9'] / tot['0.8-0.9'], 4) if tot['0.8-0.9'] else None,
        recall_0_9_1_0=round(hit['0.9-1.0'] / tot['0.9-1.0'], 4) if tot['0.9-1.0'] else None,
        recall_0_5_0_8_info=round(hit['0.5-0.8'] / tot['0.5-0.8'], 4) if tot['0.5-0.8'] else None,
        band_counts={k: [hit[k], tot[k]] for k in ('0.9-1.0', '0.8-0.9', '0.5-0.8')},
        reported_pairs=len(pairs), reported_pairs_j_ge_0_5=good,
        precision=round(good / len(pairs), 4) if pairs else None,
        reported_pairs_by_band=dict(rep_bands),
    )
    if a.corpus:
        res['false_pairs_j'] = dict(n=len(false_js), max=round(max(false_js), 4) if false_js else None,
                                   ge_0_3=sum(j >= 0.3 for j in false_js), truth_inconsistent=n_recheck,
                                   ids_not_in_corpus=len(missing_ids))
    if a.json:
        print(json.dumps(res, indent=1))
        return
    print(f"records: {res['kept_records']} kept, {res['duplicate_records']} marked duplicate")
    print(f"recall (J>=0.8): {res['recall_ge_0_8']}  ({hi_hit}/{hi_tot} truth pairs in one cluster)")
    for k in ('0.9-1.0', '0.8-0.9', '0.5-0.8'):
        print(f"  band {k}: {hit[k]}/{tot[k]}" + (' (informational)' if k == '0.5-0.8' else ''))
    print(f"precision: {res['precision']}  ({good}/{len(pairs)} reported pairs with J>=0.5)")
    if a.corpus:
        print(f"  reported pairs below 0.5: {res['false_pairs_j']}")


if __name__ == '__main__':
    main()
