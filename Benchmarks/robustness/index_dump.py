#!/usr/bin/env python3
"""Prints a SHA-256 of an index's content (every table, rows in order), leaving out the batch
creation time, which differs run to run. Reads committed data only (what another process sees)."""
import hashlib
import sqlite3
import sys

db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
h = hashlib.sha256()
for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
    cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})") if not (table == "batches" and r[1] == "created")]
    h.update(table.encode())
    # Every column as the sort key: WITHOUT ROWID tables (the band runs) have no rowid.
    order = ", ".join(str(i + 1) for i in range(len(cols)))
    for row in db.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY {order}"):
        h.update(repr(row).encode())
print(h.hexdigest())
