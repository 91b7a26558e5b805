#!/usr/bin/env python3
"""Exact near-duplicate truth (word 5-gram Jaccard >= 0.5) for Winnow's dedup evaluation.

usage:
  make_truth.py --corpus ../shared/corpora/allsides-dev.jsonl.gz --out-dir /work/devset-out \
                [--variants 1000] [--seed 13] [--threshold 0.5]

What it computes (deterministic; no randomness except the seeded variant generator):
  * Documents: each JSONL record, id = "id", text = "text".
  * Shingles: words = re.findall(r'\\w+', text.lower()); the SET of word 5-grams
    (space-joined). A document with fewer than 5 words has a single shingle made of all
    its words (an empty document has the single empty shingle "").
  * J(a, b) = |S_a & S_b| / |S_a | S_b|, computed exactly on the shingle sets (shingles are
    interned to integer ids, no hashing, so no collisions).
  * ALL pairs with J >= threshold are found exactly with prefix filtering: shingles are
    ordered by ascending global document frequency (ties by id); a pair can only reach
    J >= t if the two documents share a token within their prefixes of length
    |S| - ceil(t*|S|) + 1; every candidate that also passes the length filter
    (t*|S_a| <= |S_b| <= |S_a|/t) is verified with an exact set intersection.

Outputs (in --out-dir):
  allsides-truth.jsonl.gz   pairs {"a","b","j"} for the plain corpus (a < b, sorted)
  dedup-corpus.jsonl.gz     plain corpus records {id,text,title,source} in file order,
                            followed by the syndication-style variants (id "<orig>~synN")
  dedup-truth.jsonl.gz      exact pairs {"a","b","j"} (J >= threshold) over dedup-corpus
  summary.json              pair counts per band for both corpora
Variants (~--variants originals, 1-2 copies each): new boilerplate lines added, headline
changed, last paragraphs trimmed, a few word edits; ~15% of copies get heavy edits (many
substituted words/paragraphs, aiming at J in 0.5-0.8), ~8% very heavy edits (J < 0.5) and ~6%
are verbatim re-posts (same text, new title/source: J = 1.0).
"""
import argparse, gzip, json, math, os, random, re, sys, time
from collections import defaultdict

WORD = re.compile(r'\w+')


def shingles(text):
    w = WORD.findall(text.lower())
    if len(w) < 5:
        return {' '.join(w)}
    return {' '.join(w[i:i + 5]) for i in range(len(w) - 4)}


def jaccard(a, b):
    if not a and not b:
        return 1.0
    i = len(a & b)
    return i / (len(a) + len(b) - i)


def all_pairs(ids, texts, t, log=sys.stderr):
    """Exact all-pairs Jaccard >= t. Returns sorted list of (a_id, b_id, j) with a_id < b_id."""
    t0 = time.time()
    intern = {}
    sets = []
    for tx in texts:
        s = set()
        for sh in sorted(shingles(tx)):
            k = intern.get(sh)
            if k is None:
                k = intern[sh] = len(intern)
            s.add(k)
        sets.append(s)
    df = [0] * len(intern)
    for s in sets:
        for k in s:
            df[k] += 1
    del intern
    # rank: rare first, ties by interned id (deterministic: interning follows corpus order)
    order = sorted(range(len(df)), key=lambda k: (df[k], k))
    rank = [0] * len(df)
    for r, k in enumerate(order):
        rank[k] = r
    del order
    rsets = [sorted(rank[k] for k in s) for s in sets]
    fsets = [frozenset(r) for r in rsets]
    print(f'  shingled {len(texts)} docs, {len(df)} distinct shingles in {time.time()-t0:.1f}s', file=log)
    # process docs by size ascending; index prefixes of processed docs
    byn = sorted(range(len(texts)), key=lambda i: (len(rsets[i]), i))
    index = defaultdict(list)
    out = []
    ncand = 0
    for i in byn:
        r = rsets[i]
        n = len(r)
        p = n - math.ceil(t * n - 1e-9) + 1
        minlen = t * n - 1e-9
        cands = set()
        for tok in r[:p]:
            for j in index.get(tok, ()):
                if len(rsets[j]) >= minlen:
                    cands.add(j)
            index[tok].append(i)
        ncand += len(cands)
        fi = fsets[i]
        for j in cands:
            inter = len(fi & fsets[j])
            jj = inter / (n + len(rsets[j]) - inter)
            if jj >= t - 1e-12:
                a, b = ids[i], ids[j]
                if b < a:
                    a, b = b, a
                out.append((a, b, jj))
    out.sort()
    print(f'  {ncand} candidates verified, {len(out)} pairs >= {t} in {time.time()-t0:.1f}s', file=log)
    return out


def band_counts(pairs):
    c = {'0.5-0.8': 0, '0.8-0.9': 0, '0.9-1.0': 0, '>=0.8': 0, 'exact_1.0': 0}
    for _, _, j in pairs:
        if j >= 0.8:
            c['>=0.8'] += 1
            c['0.9-1.0' if j >= 0.9 else '0.8-0.9'] += 1
            if j >= 1.0 - 1e-12:
                c['exact_1.0'] += 1
        else:
            c['0.5-0.8'] += 1
    return c


# ---------------------------------------------------------------- syndication variants
BOILER = [
    'Advertisement', 'ADVERTISEMENT', 'Share this article', 'Share', 'Follow us on Twitter',
    'Sign up for our daily newsletter', 'Copyright {y} {o}. All rights reserved.',
    'This story was originally published by {o}.', 'Distributed by Tribune Content Agency',
    'Republished with permission from {o}.', 'Read more at {d}', 'Related coverage',
    'Click here to subscribe', '(c) {y} {o}', 'Story continues below',
    'Listen to this article', 'Reading time: {n} min', 'Updated {n} hours ago',
    'Photo: {P}/Reuters', '{P}/AFP via Getty Images', 'Image copyright EPA', 'toggle caption {P}/AP',
]
NAMES = ['Alex Brandt', 'Maria Costa', 'J. Okafor', 'Lena Novak', 'Sam Whitfield', 'Priya Raman',
         'Tomas Ruiz', 'Hana Sato', 'Kevin Doyle', 'Ines Moreau']
SYNDICATORS = ['Yahoo News', 'MSN', 'The Daily Herald', 'Star Tribune', 'Sky Gazette',
               'Metro Wire', 'NewsBreak', 'Local Courier', 'Aggregated Times', 'Capital Post']
FILLER = ('the a of to in and said on for with that as was by at from it is new officials '
          'government report week year people state city group plan vote court public').split()


def fill(s, rng):
    o = rng.choice(SYNDICATORS)
    return s.format(y=rng.randint(2012, 2021), o=o, d=o.lower().replace(' ', '') + '.com',
                    n=rng.randint(1, 12), P=rng.choice(NAMES))


def word_edits(par, k, rng):
    w = par.split(' ')
    for _ in range(k):
        if not w:
            break
        op = rng.random()
        i = rng.randrange(len(w))
        if op < 0.4:
            w[i] = rng.choice(FILLER)
        elif op < 0.7:
            del w[i]
        else:
            w.insert(i, rng.choice(FILLER))
    return ' '.join(w)


def make_variant(doc, k, rng, heavy):
    paras = [p for p in doc['text'].split('\n') if p.strip()]
    if len(paras) >= 6 and rng.random() < 0.7:
        paras = paras[:len(paras) - rng.randint(1, max(1, len(paras) // 6))]
    if heavy == 0:
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(paras))
            paras[i] = word_edits(paras[i], rng.randint(1, 3), rng)
    else:
        # heavy: edit a word every ~`gap` words in most paragraphs, rewrite some paragraphs
        gap = rng.choice([8, 10, 14, 20]) if heavy == 1 else rng.choice([3, 4, 5])
        for i, p in enumerate(paras):
            if rng.random() < (0.8 if heavy == 1 else 0.95):
                paras[i] = word_edits(p, max(1, len(p.split()) // gap), rng)
        if heavy == 2 and len(paras) > 3:
            del paras[rng.randrange(len(paras))]
    for _ in range(rng.randint(1, 4)):
        paras.insert(rng.choice([0, len(paras), rng.randrange(len(paras) + 1)]), fill(rng.choice(BOILER), rng))
    title = doc['title']
    r = rng.random()
    if r < 0.4:
        title = title + ' | ' + rng.choice(SYNDICATORS)
    elif r < 0.7:
        title = rng.choice(['UPDATE: ', 'Breaking: ', 'WATCH: ', 'Opinion: ', '']) + title.upper()[:1] + title[1:]
    else:
        title = word_edits(title, 2, rng)
    return {'id': f"{doc['id']}~syn{k}", 'text': '\n'.join(paras), 'title': title,
            'source': rng.choice(SYNDICATORS)}


def write_pairs(path, pairs):
    with gzip.open(path, 'wt', encoding='utf-8') as fh:
        for a, b, j in pairs:
            fh.write(json.dumps({'a': a, 'b': b, 'j': round(j, 6)}) + '\n')


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--out-dir', required=True)
    ap.add_argument('--variants', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=13)
    ap.add_argument('--threshold', type=float, default=0.5)
    ap.add_argument('--skip-plain', action='store_true', help='do not recompute the plain-corpus truth')
    a = ap.parse_args()
    os.makedirs(a.out_dir, exist_ok=True)
    docs = [json.loads(l) for l in gzip.open(a.corpus, 'rt', encoding='utf-8') if l.strip()]
    summary = {}
    if not a.skip_plain:
        print('plain corpus:', file=sys.stderr)
        pairs = all_pairs([d['id'] for d in docs], [d['text'] for d in docs], a.threshold)
        write_pairs(os.path.join(a.out_dir, 'allsides-truth.jsonl.gz'), pairs)
        summary['allsides'] = dict(docs=len(docs), pairs=len(pairs), **band_counts(pairs))
    rng = random.Random(a.seed)
    eligible = [d for d in docs if 150 <= len(WORD.findall(d['text'])) <= 3000]
    picked = sorted(rng.sample(range(len(eligible)), min(a.variants, len(eligible))))
    variants = []
    for n, i in enumerate(picked):
        d = eligible[i]
        for k in range(1 + (rng.random() < 0.35)):
            r = rng.random()
            if r < 0.06:   # verbatim re-post: same text, new title/source (J = 1.0)
                variants.append({'id': f"{d['id']}~syn{k}", 'text': d['text'], 'title': d['title'] + ' | ' + rng.choice(SYNDICATORS),
                                 'source': rng.choice(SYNDICATORS)})
                continue
            heavy = 2 if r < 0.14 else 1 if r < 0.29 else 0
            variants.append(make_variant(d, k, rng, heavy))
    corpus = [{'id': d['id'], 'text': d['text'], 'title': d['title'], 'source': d['source']} for d in docs] + variants
    with gzip.open(os.path.join(a.out_dir, 'dedup-corpus.jsonl.gz'), 'wt', encoding='utf-8') as fh:
        for d in corpus:
            fh.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(f'variant corpus: {len(docs)} originals + {len(variants)} variants of {len(picked)} articles', file=sys.stderr)
    pairs = all_pairs([d['id'] for d in corpus], [d['text'] for d in corpus], a.threshold)
    write_pairs(os.path.join(a.out_dir, 'dedup-truth.jsonl.gz'), pairs)
    vp = [p for p in pairs if '~syn' in p[0] or '~syn' in p[1]]
    summary['variant_corpus'] = dict(docs=len(corpus), variants=len(variants), pairs=len(pairs),
                                     **band_counts(pairs), pairs_involving_variants=len(vp),
                                     variant_pairs_bands=band_counts(vp))
    # how many variant copies fell below 0.5 against their original (no truth pair)
    have = {(p[0], p[1]) for p in vp}
    below = sum(1 for v in variants if tuple(sorted((v['id'], v['id'].split('~')[0]))) not in have)
    summary['variant_corpus']['variants_below_0.5_vs_original'] = below
    json.dump(summary, open(os.path.join(a.out_dir, 'summary.json'), 'w'), indent=1)
    print(json.dumps(summary, indent=1))


if __name__ == '__main__':
    main()
