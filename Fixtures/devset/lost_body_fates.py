#!/usr/bin/env python3
"""Gold body lines a cleaning run lost, by the fate `winnow explain` gives each of them.

usage: lost_body_fates.py SET_DIR OUTPUT_DIR WINNOW_BINARY PIPELINE [--show FATE,FATE...]

For every gold story, the body lines the scorer does not find in any record of its file (the
scorer's own in-order search) are looked up in `winnow explain FILE` (without --learn-from, so
learned lines read as kept): `strip:<family>` when a named rule family took the line, `title`
when the line became a record's title, `other` for the rest (split errors, learned lines, the
in-order search skipping past a repeated line). Prints the counts per set, and with --show the
lines of the listed fates. Tells apart lines a rule family strips on purpose (the blind
generator labels an article's own credits and promos body) from lines lost by mistake.
"""
import collections, json, os, re, subprocess, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools'))
from score_cleaning import norm, found_in_order, records, field

args = [a for a in sys.argv[1:] if not a.startswith('--show')]
show = set(sys.argv[sys.argv.index('--show') + 1].split(',')) if '--show' in sys.argv else set()
if '--show' in sys.argv: args.remove(sys.argv[sys.argv.index('--show') + 1])
if len(args) != 4: sys.exit(__doc__)
d, out, binary, pipe = args
gold = json.load(open(os.path.join(d, 'gold.json')))['files']
by = collections.defaultdict(list)
for r in records([out]): by[os.path.basename(str(field(r, 'source') or ''))].append(r)
fates = collections.Counter(); total = lost_total = 0
for name, g in gold.items():
    blobs = [norm(r.get('text') or '') for r in by.get(name, [])]
    titles = {norm(field(r, 'title') or '') for r in by.get(name, [])}
    lost = []
    for s in g['stories']:
        kept = set()
        for b in blobs: kept.update(found_in_order(s['body'], b))
        total += len(s['body'])
        lost += [b for k, b in enumerate(s['body']) if k not in kept]
    if not lost: continue
    lost_total += len(lost)
    explained = subprocess.run([binary, 'explain', os.path.join(d, name), '--pipeline', pipe],
                               capture_output=True, text=True).stdout
    fate = {}
    for line in explained.split('\n'):
        m = re.match(r'\s*\d+ (\S+).*? \| (.*)$', line)
        if m: fate.setdefault(norm(m.group(2)), m.group(1))
    for b in lost:
        f = 'title' if norm(b) in titles else fate.get(norm(b), 'other')
        f = f if f.startswith('strip:') or f == 'title' else 'other'
        if f in show: print('   ', f, '|', b[:140])
        fates[f] += 1
named = sum(v for k, v in fates.items() if k.startswith('strip:'))
print(f"{d}: body {total}, lost {lost_total}, stripped by a named family {named}; "
      f"retention {1 - lost_total / total:.4f}, counting those as right {1 - (lost_total - named) / total:.4f}")
print('  ' + ', '.join(f'{k} {v}' for k, v in fates.most_common()))
