#!/usr/bin/env python3
"""Builds Fixtures/index/batch-{1,2,3}.jsonl and expected.json from allsides-dev.

usage: python3 Fixtures/index/make_fixture.py ../shared/corpora/allsides-dev.jsonl.gz

Three daily scrapes of the same sites, from 18 real articles (deterministic choice):
- batch-1: articles a00..a09 as first published.
- batch-2: syndication copies of a00..a04 (new boilerplate, changed headline, last paragraph
  trimmed, a few words edited, boilerplate+trim), a heavy rewrite of a05 (NOT a duplicate),
  new articles b00..b03, and a trimmed within-batch copy of b00 (b00, longer, survives).
- batch-3: copies of a06, a07 (batch 1) and of b01, b02 (batch 2), a second copy of a00 (batch 1
  again), new articles c00..c03.
expected.json lists, per batch, each cross-batch duplicate with the survivor id and batch under
the default `index_survivor: earlier`, with the exact word 5-gram Jaccard (words = \\w+ runs,
lowercased) of the pair; every listed pair is >= 0.85 and the rewrite is < 0.5.
"""
import gzip, json, random, re, sys


def shingles(text, n=5):
    w = re.findall(r'\w+', text.lower())
    if len(w) < n:
        return {tuple(w)} if w else set()
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0


def edit(r, kind, rng, new_id, date):
    paras = r['text'].split('\n')
    title = r['title']
    if 'boilerplate' in kind:
        paras = ['Advertisement', 'Share this story'] + paras + ['Copyright 2024 The Syndicate. All rights reserved.']
    if 'trim' in kind:
        paras = paras[:-1]
    if 'words' in kind:
        words = ' '.join(paras).split(' ')
        for _ in range(4):
            j = rng.randrange(len(words))
            words[j] = words[j].upper() if rng.random() < 0.5 else 'indeed'
        paras = [' '.join(words)]
    if 'headline' in kind:
        title = 'UPDATE: ' + title
    if kind == 'rewrite':
        paras = paras[::3]
    return {'id': new_id, 'title': title, 'text': '\n'.join(paras), 'date': date, 'source': 'syndicate'}


def main(path):
    rng = random.Random(11)
    docs = []
    with gzip.open(path, 'rt', encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            paras = [p for p in r['text'].split('\n') if len(p.split()) > 12]
            if 10 <= len(paras) <= 14 and 3000 < len(r['text']) < 5000:
                docs.append(r)
    rng.shuffle(docs)
    base = docs[:22]
    orig = {}
    for i in range(10):
        orig[f'a{i:02d}'] = base[i]
    for i in range(4):
        orig[f'b{i:02d}'] = base[10 + i]
        orig[f'c{i:02d}'] = base[14 + i]

    def original(key, date):
        r = orig[key]
        return {'id': key, 'title': r['title'], 'text': r['text'], 'date': date, 'source': r['source']}

    b1 = [original(f'a{i:02d}', '2024-03-01') for i in range(10)]
    b2 = [edit(orig['a00'], 'boilerplate', rng, 'a00-boilerplate', '2024-03-02'),
          edit(orig['a01'], 'headline', rng, 'a01-headline', '2024-03-02'),
          edit(orig['a02'], 'trim', rng, 'a02-trim', '2024-03-02'),
          edit(orig['a03'], 'words', rng, 'a03-words', '2024-03-02'),
          edit(orig['a04'], 'boilerplate+trim', rng, 'a04-boilerplate+trim', '2024-03-02'),
          edit(orig['a05'], 'rewrite', rng, 'a05-rewrite', '2024-03-02')]
    b2 += [original(f'b{i:02d}', '2024-03-02') for i in range(4)]
    b2.append(edit(orig['b00'], 'trim', rng, 'b00-copy', '2024-03-02'))
    b3 = [edit(orig['a06'], 'trim', rng, 'a06-trim', '2024-03-03'),
          edit(orig['a07'], 'words+headline', rng, 'a07-words+headline', '2024-03-03'),
          edit(orig['b01'], 'boilerplate', rng, 'b01-boilerplate', '2024-03-03'),
          edit(orig['b02'], 'headline+trim', rng, 'b02-headline+trim', '2024-03-03'),
          edit(orig['a00'], 'words', rng, 'a00-words', '2024-03-03')]
    b3 += [original(f'c{i:02d}', '2024-03-03') for i in range(4)]

    batches = {'batch-1': b1, 'batch-2': b2, 'batch-3': b3}
    for name, rows in batches.items():
        with open(f'Fixtures/index/{name}.jsonl', 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')

    # Expected provenance under index_survivor: earlier.
    home = {r['id']: name for name, rows in batches.items() for r in rows}
    text = {r['id']: r['text'] for rows in batches.values() for r in rows}
    expected = {'batch-2': {}, 'batch-3': {}, 'not_duplicates': {}}
    for name in ['batch-2', 'batch-3']:
        for r in batches[name]:
            src = r['id'].split('-')[0]
            if src == r['id'] or src not in home or home[src] == name:
                continue
            j = jaccard(shingles(r['text']), shingles(text[src]))
            if r['id'].endswith('rewrite'):
                expected['not_duplicates'][r['id']] = round(j, 4)
                assert j < 0.5, (r['id'], j)
                continue
            assert j >= 0.85, (r['id'], j)
            expected[name][r['id']] = {'duplicate_of': src, 'duplicate_of_batch': home[src], 'jaccard': round(j, 4)}
    expected['within_batch'] = {'batch-2': {'b00-copy': 'b00'}}
    with open('Fixtures/index/expected.json', 'w', encoding='utf-8') as fh:
        json.dump(expected, fh, indent=1, sort_keys=True)
        fh.write('\n')


if __name__ == '__main__':
    main(sys.argv[1])
