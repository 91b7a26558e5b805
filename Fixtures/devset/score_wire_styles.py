#!/usr/bin/env python3
"""score_wire_styles.py DIR OUT [--json]: per-style breakdown of a run on a make_wire.py set.

DIR is the generated set (gold.json, styles/<dump>.json), OUT the run's output (or any output
score_cleaning.py accepts). Runs the scorer with --json, then groups its per-file counts by each
style choice (key=value, from the dump's styles json) and prints, worst story F1 first:
style, dumps, gold stories, records, recovered, story_f1, retention, removal, title_accuracy.
(Removal here is over the gold 'remove' lines only; forbidden substrings are set-wide.)
"""
import json, os, subprocess, sys
from collections import Counter, defaultdict

SCORER = '/work/shared/tools/score_cleaning.py'
SKIP = {'sources', 'stories', 'headlined', 'width', 'indent'}

def main(argv):
    as_json = '--json' in argv
    argv = [a for a in argv if a != '--json']
    if len(argv) != 2:
        sys.exit(__doc__)
    d, out = argv
    res = subprocess.run([sys.executable, SCORER, os.path.join(d, 'gold.json'), out, '--json'],
                         capture_output=True, text=True, check=True)
    per = json.loads(res.stdout)['files']
    groups = defaultdict(Counter)
    ndumps = Counter()
    for name, f in per.items():
        st = json.load(open(os.path.join(d, 'styles', name + '.json'), encoding='utf-8'))
        keys = ['ALL'] + [f'{k}={v}' for k, v in sorted(st.items()) if k not in SKIP]
        if st.get('wrap') == 'wire':
            keys.append(f"wire_width={st['width']}")
        for k in keys:
            ndumps[k] += 1
            for m in ('gold_stories', 'records', 'recovered', 'body_lines', 'kept', 'remove', 'removed', 'titles', 'titles_ok'):
                groups[k][m] += f[m]
    rows = []
    for k, c in groups.items():
        p = c['recovered'] / c['records'] if c['records'] else 0.0
        r = c['recovered'] / c['gold_stories'] if c['gold_stories'] else 0.0
        rows.append(dict(style=k, dumps=ndumps[k], stories=c['gold_stories'], records=c['records'],
                         recovered=c['recovered'], story_f1=round(2 * p * r / (p + r), 4) if p + r else 0.0,
                         retention=round(c['kept'] / max(1, c['body_lines']), 4),
                         removal=round(c['removed'] / max(1, c['remove']), 4),
                         title_accuracy=round(c['titles_ok'] / c['titles'], 4) if c['titles'] else None))
    rows.sort(key=lambda x: (x['style'] != 'ALL', x['story_f1'], x['removal'], x['style']))
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    print(f"{'style':28} {'dumps':>5} {'gold':>5} {'recs':>5} {'recov':>5} {'f1':>6} {'retain':>6} {'remove':>6} {'titles':>6}")
    for x in rows:
        print(f"{x['style']:28} {x['dumps']:5} {x['stories']:5} {x['records']:5} {x['recovered']:5} "
              f"{x['story_f1']:6.3f} {x['retention']:6.3f} {x['removal']:6.3f} "
              + (f"{x['title_accuracy']:6.3f}" if x['title_accuracy'] is not None else '     -'))

if __name__ == '__main__':
    main(sys.argv[1:])
