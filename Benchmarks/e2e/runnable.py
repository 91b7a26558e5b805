#!/usr/bin/env python3
"""How much of a run's wall time had fewer runnable threads than cores: the serial sections and
waits, measured so that it holds on a loaded machine.

    python3 Benchmarks/e2e/runnable.py [--cores 2] [--spans 0.05] -- winnow run IN --output OUT --threads 2

Samples every thread of the command's process (/proc/PID/task/*/stat) every 10 ms. A thread in
state R is running or waiting for a core: on a busy machine it stays R while it waits its turn, so
"fewer than --cores threads in R" means the run itself had nothing for a core to do (a serial
section, a wait on another thread, I/O), whatever else the machine runs. Seconds of wall time
stretch under load; this fraction does not, much.

Prints the wall and CPU seconds, the fraction of samples under --cores runnable threads (overall
and per tenth of the run), and the under-subscribed spans of at least --spans seconds. Match the
spans to the phases with the run's stats.json (`phase_seconds`: the phases in order, wall each).
"""
import argparse
import os
import subprocess
import sys
import time


def runnable(pid):
    n = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return None
    for tid in tasks:
        try:
            s = open(f"/proc/{pid}/task/{tid}/stat").read()
        except OSError:
            continue
        if s[s.rfind(")") + 2] == "R":
            n += 1
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cores", type=int, default=os.cpu_count())
    ap.add_argument("--spans", type=float, default=0.05)
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.command[1:] if a.command and a.command[0] == "--" else a.command
    start = time.monotonic()
    p = subprocess.Popen(cmd)
    samples = []   # (seconds since start, runnable threads)
    usage, code = None, 0
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            usage, code = ru, os.waitstatus_to_exitcode(status)
            break
        n = runnable(p.pid)
        if n is not None:
            samples.append((time.monotonic() - start, n))
        time.sleep(0.01)
    wall = time.monotonic() - start
    print(f"wall {wall:.2f} s, cpu {usage.ru_utime + usage.ru_stime:.2f} s (user {usage.ru_utime:.2f}, "
          f"system {usage.ru_stime:.2f}), exit {code}")
    if len(samples) < 2:
        sys.exit(code)
    under = [n < a.cores for _, n in samples]
    print(f"under {a.cores} runnable: {100 * sum(under) / len(under):.1f}% of {len(samples)} samples")
    tenth = [[] for _ in range(10)]
    for (t, _), u in zip(samples, under):
        tenth[min(9, int(10 * t / wall))].append(u)
    print("per tenth of the run: " + " ".join(f"{100 * sum(x) / len(x):.0f}%" if x else "-" for x in tenth))
    span = None
    for (t, _), u in zip(samples, under):
        if u:
            span = span or [t, t]
            span[1] = t
        elif span:
            if span[1] - span[0] >= a.spans:
                print(f"  under-subscribed {span[0]:.2f}-{span[1]:.2f} s ({span[1] - span[0]:.2f})")
            span = None
    if span and span[1] - span[0] >= a.spans:
        print(f"  under-subscribed {span[0]:.2f}-{span[1]:.2f} s ({span[1] - span[0]:.2f}) (to the end)")
    sys.exit(code)


if __name__ == "__main__":
    main()
