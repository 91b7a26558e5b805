#!/usr/bin/env python3
"""Per-style breakdown of a cleaning run on a dev set made by make_devset.py.

usage: score_by_style.py GOLD.json OUTPUT_DIR

Runs Fixtures/tools/score_cleaning.py --json, groups its per-file figures by the dump style the
generator recorded in the gold (stories[0].metadata.style) and prints one line per style plus
the overall line, with the same formulas as the scorer (forbidden substrings are left out of the
per-style removal, so it can differ from the overall figure in the last digit).
"""
import json, os, subprocess, sys
from collections import Counter, defaultdict

def main(argv):
    if len(argv) != 2:
        sys.exit(__doc__)
    gold_path, out = argv
    scorer = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools', 'score_cleaning.py')
    res = json.loads(subprocess.run([sys.executable, scorer, gold_path, out, '--json'],
                                    check=True, capture_output=True, text=True).stdout)
    gold = json.load(open(gold_path, encoding='utf-8'))
    by = defaultdict(Counter)
    for name, f in res['files'].items():
        style = (gold['files'][name]['stories'] or [{}])[0].get('metadata', {}).get('style', '?')
        for k, v in f.items():
            if isinstance(v, int):
                by[style][k] += v
        by[style]['dumps'] += 1
    def line(name, t):
        p = t['recovered'] / max(1, t['records'])
        r = t['recovered'] / max(1, t['gold_stories'])
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{name:9} dumps={t['dumps']:3} stories={t['gold_stories']:4} records={t['records']:4} "
                f"P={p:.3f} R={r:.3f} F1={f1:.3f} retention={t['kept'] / max(1, t['body_lines']):.4f} "
                f"removal={t['removed'] / max(1, t['remove']):.4f} titles="
                + (f"{t['titles_ok'] / t['titles']:.3f}" if t['titles'] else 'n/a (no headlines)'))
    for style in sorted(by):
        print(line(style, by[style]))
    print('overall  ', ' '.join(f'{k}={v}' for k, v in res['summary'].items()))

if __name__ == '__main__':
    main(sys.argv[1:])
