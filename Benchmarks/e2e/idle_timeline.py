#!/usr/bin/env python3
"""Where the cores idle in one `winnow run`: a thread-state sampler and its phase table.

    python3 Benchmarks/e2e/idle_timeline.py [--log FILE.json] -- winnow run DUMPS --output OUT --threads 2 ...
    python3 Benchmarks/e2e/idle_timeline.py --log FILE.json            (the table of a saved log)

Every ~10 ms it reads /proc/PID/task/*/stat (each thread's state), /proc/PID/stat (the process's
CPU, dead threads included), VmHWM and the output directory (phase markers: the checkpoint's events.bin
first grows once the learned pass is over and the first step is through; dedup's slots.bin goes
when clustering starts; a part file appears once write has a member). The main thread's last
stretch asleep before clustering is the back-end drain.

Per phase: its CPU C, its demand d (mean of min(runnable threads, cores) over the samples: a
thread waiting for a core counts as busy, so d hardly depends on other load) and, from them, the
wall it would take on an otherwise idle box (C/d) and the core-seconds it leaves idle
(cores*C/d - C). On a loaded box the wall column stretches; the last two stay comparable.
"""
import json, os, subprocess, sys, time

def sample(cmd, cores):
    out = cmd[cmd.index('--output') + 1]
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pid, t0, rows, peak = p.pid, time.monotonic(), [], 0
    while p.poll() is None:
        t = time.monotonic() - t0
        states = {}
        try:
            tids = os.listdir('/proc/%d/task' % pid)
            ps = open('/proc/%d/stat' % pid).read()
        except OSError:
            break
        for tid in tids:
            try:
                s = open('/proc/%d/task/%s/stat' % (pid, tid)).read()
                states[int(tid)] = s[s.rindex(')') + 2]
            except OSError:
                pass
        f = ps[ps.rindex(')') + 2:].split()
        try:
            hwm = next(int(l.split()[1]) for l in open('/proc/%d/status' % pid) if l.startswith('VmHWM'))
        except (OSError, StopIteration):
            hwm = peak
        peak = max(peak, hwm)
        marks = []
        try:
            for d in os.listdir(out):
                if d.startswith('.winnow-spool-') and 'slots.bin' in os.listdir(os.path.join(out, d)):
                    marks.append('slots')
                elif 'part-' in d:
                    marks.append('part')
                elif d == '.winnow-partial':
                    marks.append('ev%d' % os.path.getsize(os.path.join(out, d, 'events.bin')))
        except OSError:
            pass
        rows.append([round(t, 3), states.get(pid, '?'), sum(1 for v in states.values() if v == 'R'),
                     int(f[11]) + int(f[12]), marks])
        time.sleep(0.01)
    return {'rows': rows, 'wall': time.monotonic() - t0, 'peak_rss_kb': peak, 'rc': p.returncode, 'tick': os.sysconf('SC_CLK_TCK'),
            'cores': cores}

def table(log):
    rows, tick, cores = log['rows'], log['tick'], log['cores']
    ev = lambda r: max([int(m[2:]) for m in r[4] if m.startswith('ev')] or [-1])
    first = next(i for i, r in enumerate(rows) if ev(r) >= 0)
    learn = next(i for i, r in enumerate(rows) if ev(r) > ev(rows[first]))
    clus = next(i for i, r in enumerate(rows) if i > learn and 'slots' not in r[4])
    write = next((i for i, r in enumerate(rows) if i > clus and 'part' in r[4]), len(rows) - 1)
    j = clus - 1   # back from clustering over the main thread's sleep (blips under 5 samples allowed)
    while j > learn:
        if rows[j][1] == 'R':
            k = j
            while k > learn and rows[k][1] == 'R': k -= 1
            if j - k >= 5: break
            j = k
        j -= 1
    phases = [('learned pass (+read-ahead)', 0, learn), ('front end + back end', learn, j + 1),
              ('back-end drain', j + 1, clus), ('cluster', clus, write), ('survivors, write, finish', write, len(rows) - 1)]
    print('wall %.1f s, cpu %.2f s, %d cores, peak RSS %d MB (sampled)' % (log['wall'], (rows[-1][3] - rows[0][3]) / tick,
                                                                        cores, log.get('peak_rss_kb', 0) // 1024))
    print('| phase | wall s | cpu s | demand | idle-box wall s | idle core-s |')
    print('|---|---:|---:|---:|---:|---:|')
    tw = ti = 0.0
    for name, a, b in phases:
        c = (rows[b][3] - rows[a][3]) / tick
        ds = [min(r[2], cores) for r in rows[a:b]] or [0]
        d = sum(ds) / len(ds)
        w = c / d if d else 0.0
        tw += w; ti += cores * w - c
        print('| %s | %.2f | %.2f | %.2f | %.2f | %.2f |' % (name, rows[b][0] - rows[a][0], c, d, w, cores * w - c))
    print('| total | | | | %.2f | %.2f |' % (tw, ti))

if __name__ == '__main__':
    args = sys.argv[1:]
    logpath = args[args.index('--log') + 1] if '--log' in args else None
    if '--' in args:
        cmd = args[args.index('--') + 1:]
        cores = int(cmd[cmd.index('--threads') + 1]) if '--threads' in cmd else os.cpu_count()
        log = sample(cmd, cores)
        if logpath: json.dump(log, open(logpath, 'w'))
    else:
        log = json.load(open(logpath))
    table(log)
