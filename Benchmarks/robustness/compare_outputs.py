#!/usr/bin/env python3
"""Compares a resumed run's output directory with a reference run's: 0 lost, 0 duplicated (every
kept and duplicate id exactly as often as in the reference), stats.json equal but for timings.
Exit status 1 with a message on any difference."""
import collections
import gzip
import json
import os
import sys


def ids(d):
    c = collections.Counter()
    for name in sorted(os.listdir(d)):
        if name.startswith("part-") or name == "duplicates.jsonl.gz":
            with gzip.open(os.path.join(d, name), "rt", encoding="utf-8") as f:
                for line in f:
                    c[json.loads(line)["id"]] += 1
    return c


def untimed(v):
    if isinstance(v, dict):
        return {k: untimed(x) for k, x in v.items() if k != "seconds" and not k.endswith("_seconds") and not k.endswith("_ms")}
    if isinstance(v, list):
        return [untimed(x) for x in v]
    return v


ref, out = sys.argv[1], sys.argv[2]
a, b = ids(ref), ids(out)
lost = sum((a - b).values())
extra = sum((b - a).values())
problems = []
if lost or extra:
    problems.append(f"{lost} lost, {extra} duplicated or extra ids")
sa = untimed(json.load(open(os.path.join(ref, "stats.json"))))
sb = untimed(json.load(open(os.path.join(out, "stats.json"))))
if sa != sb:
    problems.append("stats.json differs beyond timings")
if problems:
    print(f"{out}: " + "; ".join(problems))
    sys.exit(1)
