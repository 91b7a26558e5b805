#!/usr/bin/env python3
"""Builds Fixtures/dedup/near-duplicates.jsonl and expected.json from allsides-dev.

usage: python3 Fixtures/dedup/make_fixture.py ../shared/corpora/allsides-dev.jsonl.gz

Takes 16 real articles (deterministic choice) and makes syndication-style copies of 8 of them:
new boilerplate lines, a changed headline, the last paragraph trimmed, a few words edited, and
one heavy rewrite that must NOT be called a duplicate. expected.json lists every pair's exact
word 5-gram Jaccard (words = \\w+ runs, lowercased; < 5 words: one shingle of all) for pairs
>= 0.3, so tests can assert: pairs >= 0.8 found, pairs < 0.5 never reported.
"""
import gzip, json, random, re, sys

def shingles(text, n=5):
    w = re.findall(r'\w+', text.lower())
    if len(w) < n:
        return {tuple(w)} if w else set()
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}

def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0

def main(path):
    rng = random.Random(7)
    docs = []
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            paras = [p for p in r['text'].split('\n') if len(p.split()) > 12]
            if 8 <= len(paras) <= 14 and len(r['text']) < 5000:
                docs.append(r)
    rng.shuffle(docs)
    base = docs[:16]
    out = []
    for i, r in enumerate(base):
        out.append({'id': f'orig-{i:02d}', 'title': r['title'], 'text': r['text'], 'date': r['date'], 'source': r['source']})
    edits = ['boilerplate', 'trim', 'words', 'headline', 'boilerplate+trim', 'words', 'rewrite', 'trim']
    for k, kind in enumerate(edits):
        r = base[k]
        paras = r['text'].split('\n')
        if 'boilerplate' in kind:
            paras = ['Advertisement', 'Share this story'] + paras + ['Copyright 2020 The Syndicate. All rights reserved.']
        if 'trim' in kind:
            paras = paras[:-1]
        if kind == 'words':
            words = ' '.join(paras).split(' ')
            for _ in range(4):
                j = rng.randrange(len(words))
                words[j] = words[j].upper() if rng.random() < 0.5 else 'indeed'
            paras = [' '.join(words)]
        if kind == 'rewrite':
            # Keep every third paragraph only: a different story on the same topic.
            paras = paras[::3]
        title = r['title'] if kind != 'headline' else 'UPDATE: ' + r['title']
        out.append({'id': f'copy-{k:02d}-{kind}', 'title': title, 'text': '\n'.join(paras),
                    'date': '2030-01-01', 'source': 'syndicate'})
    with open('Fixtures/dedup/near-duplicates.jsonl', 'w', encoding='utf-8') as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    sets = [shingles(r['text']) for r in out]
    pairs = []
    for i in range(len(out)):
        for j in range(i + 1, len(out)):
            jv = jaccard(sets[i], sets[j])
            if jv >= 0.3:
                pairs.append({'a': out[i]['id'], 'b': out[j]['id'], 'jaccard': round(jv, 4)})
    json.dump({'documents': len(out), 'pairs': pairs}, open('Fixtures/dedup/expected.json', 'w'), indent=1)
    print(len(out), 'documents;', sum(p['jaccard'] >= 0.8 for p in pairs), 'pairs >= 0.8;',
          sum(0.5 <= p['jaccard'] < 0.8 for p in pairs), 'in [0.5, 0.8);', sum(p['jaccard'] < 0.5 for p in pairs), 'in [0.3, 0.5)')

if __name__ == '__main__':
    main(sys.argv[1])
