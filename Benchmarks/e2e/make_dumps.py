#!/usr/bin/env python3
"""Builds scrape-dump inputs for the end-to-end benchmark from allsides-dev.

usage: make_dumps.py CORPUS OUT_DIR [--gzip-mb 300] [--seed 1]

Writes OUT_DIR/dump-NNNN.txt.gz files (each a multi-story dump: headline, photo credit, widget
lines, dateline lede, paragraphs, contributor trailer) until their gzip size reaches --gzip-mb.
The corpus is repeated with syndication-style near-copies (new boilerplate, changed headline,
trimmed ending, a few word edits), so dedup has real work. Deterministic for a given seed.
"""
import argparse, gzip, json, os, random

CREDITS = ['{n}/AFP via Getty Images', '{n}/Reuters', 'Photo: {n}/AP', 'Image copyright {n}', '{n}/Bloomberg']
WIDGETS = [['Short Url', 'Follow'], ['Share', 'Listen to this article'], ['Advertisement'], ['Updated 3 hours ago', 'Follow']]
CITIES = ['LONDON', 'WASHINGTON', 'PARIS', 'NEW YORK', 'BRUSSELS', 'TOKYO', 'NAIROBI']

def story(rng, art, copy):
    title, paras = art['title'].strip(), [p for p in art['text'].split('\n') if p.strip()]
    if copy:
        if rng.random() < 0.5: title = 'UPDATE: ' + title
        if len(paras) > 4 and rng.random() < 0.5: paras = paras[:-1]
        words = ' '.join(paras[:1]).split(' ')
        if len(words) > 8:
            words[rng.randrange(len(words))] = 'reportedly'
            paras[0] = ' '.join(words)
    name = rng.choice(['JOHN SMITH', 'Jane Doe', 'Stringer', 'Staff'])
    lines = [title, rng.choice(CREDITS).format(n=name), '']
    lines += rng.choice(WIDGETS) + ['']
    lead = f'({rng.choice(CITIES)}) — ' + paras[0] if paras else ''
    lines += [lead, ''] + [p + '\n' for p in paras[1:]]
    if rng.random() < 0.3: lines.append('Staff writers contributed to this report.')
    return '\n'.join(lines) + '\n'

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus'); ap.add_argument('out')
    ap.add_argument('--gzip-mb', type=float, default=300); ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    arts = [json.loads(l) for l in gzip.open(a.corpus, 'rt', encoding='utf-8')]
    arts = [x for x in arts if x.get('title') and len(x['text']) > 400]
    os.makedirs(a.out, exist_ok=True)
    target, written, n, rnd = a.gzip_mb * 1e6, 0, 0, 0
    while written < target:
        order = list(range(len(arts)))
        rng.shuffle(order)
        for start in range(0, len(order), 400):
            path = os.path.join(a.out, f'dump-{n:04d}.txt.gz')
            with gzip.open(path, 'wt', encoding='utf-8', compresslevel=6) as fh:
                for i in order[start:start + 400]:
                    fh.write(story(rng, arts[i], copy=rnd > 0 or rng.random() < 0.05))
                    fh.write('\n')
            written += os.path.getsize(path)
            n += 1
            if written >= target: break
        rnd += 1
    print(f'{n} dumps, {written / 1e6:.1f} MB gzip in {a.out}')

if __name__ == '__main__':
    main()
