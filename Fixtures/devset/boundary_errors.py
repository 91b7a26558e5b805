#!/usr/bin/env python3
"""Missed and spurious story boundaries of a cleaning run, per dump style (dev sets of make_devset.py).

usage: boundary_errors.py GOLD.json OUTPUT_DIR [STYLE [MAX_EXAMPLES]]

Each output paragraph is given to the gold story whose body/optional text holds its first 60
characters (paragraphs shorter than 15 characters or found in several stories are skipped).
Two consecutive paragraphs of one record from different stories are a missed boundary; two
consecutive paragraphs of one story in different records are a spurious one. With STYLE, prints
examples (file, story, the paragraph before and the first paragraph after the boundary).
Counts are boundary events, not the scorer's story F1 (one missed boundary costs two stories).
"""
import json, sys, gzip, glob, os
from collections import defaultdict, Counter
def norm(s): return ' '.join(s.replace('\xa0',' ').split())
if len(sys.argv) < 3:
    sys.exit(__doc__)
gold = json.load(open(sys.argv[1]))
style_f = sys.argv[3] if len(sys.argv) > 3 else None
maxex = int(sys.argv[4]) if len(sys.argv) > 4 else 10
recs = defaultdict(list)
for p in sorted(glob.glob(sys.argv[2] + '/part-*.jsonl.gz')):
    for l in gzip.open(p, 'rt'):
        r = json.loads(l); src = r.get('source') or r.get('metadata', {}).get('source')
        recs[os.path.basename(src)].append(r)
cnt = Counter(); ex = defaultdict(list)
for name, g in gold['files'].items():
    style = g['stories'][0]['metadata'].get('style', 'any')
    if style_f and style != style_f: continue
    blobs = [norm(' \n '.join(s['body'] + s.get('optional', []))) for s in g['stories']]
    def owner(p):
        key = norm(p)[:60]
        if len(key) < 15: return None
        hits = [i for i, b in enumerate(blobs) if key in b]
        return hits[0] if len(hits) == 1 else None
    seq = []  # (record idx, story idx, paragraph)
    for ri, r in enumerate(recs.get(name, [])):
        for p in (r.get('text') or '').split('\n'):
            o = owner(p)
            if o is not None: seq.append((ri, o, p, r.get('title')))
    # missed: consecutive paragraphs same record different stories; spurious: same story, different records
    for a, b in zip(seq, seq[1:]):
        if a[0] == b[0] and a[1] != b[1]:
            cnt[(style, 'missed')] += 1
            s = g['stories'][b[1]]
            ex[(style, 'missed')].append(f"{name} story{b[1]} headline={s['headline']!r}\n    prev: {a[2][-100:]!r}\n    first: {b[2][:120]!r}")
        if a[0] != b[0] and a[1] == b[1]:
            cnt[(style, 'spurious')] += 1
            ex[(style, 'spurious')].append(f"{name} story{b[1]} title={b[3]!r}\n    prev: {a[2][-100:]!r}\n    first: {b[2][:120]!r}")
for k in sorted(cnt): print(k, cnt[k])
if style_f:
    for k in sorted(ex):
        print('=====', k)
        for e in ex[k][:maxex]: print(e)
