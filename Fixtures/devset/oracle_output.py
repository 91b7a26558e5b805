#!/usr/bin/env python3
"""Sanity outputs for a devset gold file (to check the gold with score_cleaning.py).

usage:
  oracle_output.py oracle   GOLD.json OUT.jsonl.gz   # one record per gold story: text = body lines
  oracle_output.py baseline DUMP_DIR  OUT.jsonl.gz   # one record per dump file, raw text, no title

then: python3 /work/shared/tools/score_cleaning.py GOLD.json OUT.jsonl.gz
The oracle must score 1.0 on every metric; the baseline shows what "no cleaning" scores.
"""
import gzip, json, os, sys


def main(mode, src, out):
    recs = []
    if mode == 'oracle':
        gold = json.load(open(src, encoding='utf-8'))
        for name, f in gold['files'].items():
            for s in f['stories']:
                recs.append({'text': '\n'.join(s['body']), 'title': s['headline'], 'source': name})
    elif mode == 'baseline':
        for name in sorted(os.listdir(src)):
            p = os.path.join(src, name)
            if name.endswith('.txt'):
                t = open(p, encoding='utf-8').read()
            elif name.endswith('.txt.gz'):
                t = gzip.open(p, 'rt', encoding='utf-8').read()
            else:
                continue
            recs.append({'text': t, 'title': None, 'source': name})
    else:
        sys.exit(__doc__)
    with gzip.open(out, 'wt', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
