"""Many processes writing one WAL database at once, then every commit checked: the WAL-reset race.

    .venv/bin/python tests/soak/wal_stress.py --library stdlib --seconds 300
    .venv/bin/python tests/soak/wal_stress.py --library hub --seconds 300

The hub's write pattern without the hub: small transactions from several processes (nominations,
pledge edits), one process committing large ones (re-indexing after text extraction) so that the
log often passes the autocheckpoint threshold, and a process running passive checkpoints in a
tight loop, which widens the window of the WAL-reset bug (a checkpoint that misses a reset of the
log by another connection; https://sqlite.org/wal.html#walresetbug). The pragmas are the hub's.
At the end: `PRAGMA integrity_check` and every committed row looked up. Prints what it found and
exits 1 on corruption or a lost commit. `--library stdlib` uses the Python's own SQLite (3.40.1 on
Debian 12), `--library hub` the pysqlite3 that `bin/build-sqlite` installs.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
from pathlib import Path

PRAGMAS = (
    "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=20000",
    "PRAGMA mmap_size=268435456", "PRAGMA cache_size=-65536",
)


def _library(name: str):
    if name == "hub":
        import pysqlite3.dbapi2 as module
    else:
        import sqlite3 as module
    return module


def _connect(library: str, path: str):
    module = _library(library)
    db = module.connect(path, timeout=20, isolation_level=None)
    for pragma in PRAGMAS:
        db.execute(pragma)
    return db


def _writer(library, path, stop_at, out, seed, big):
    rng = random.Random(seed)
    db = _connect(library, path)
    committed, errors = [], []
    while time.time() < stop_at:
        try:
            db.execute("BEGIN IMMEDIATE")
            rows = 1500 if big else rng.randint(1, 3)
            size = 600 if big else 200
            ids = []
            for _ in range(rows):
                cursor = db.execute("INSERT INTO t (k, v) VALUES (?, ?)", (rng.randrange(10**6), os.urandom(size)))
                ids.append(cursor.lastrowid)
            if big:  # re-indexing deletes what it replaces
                db.execute("DELETE FROM t WHERE id IN (SELECT id FROM t WHERE big = 1 ORDER BY random() LIMIT 1000)")
                db.execute(f"UPDATE t SET big = 1 WHERE id IN ({','.join('?' * len(ids))})", ids)
            else:
                db.execute("UPDATE t SET k = k + 1 WHERE id = (SELECT max(id) FROM t) - ?", (rng.randrange(50),))
            db.execute("COMMIT")
            if not big:
                committed.extend(ids)
        except Exception as error:  # noqa: BLE001 - every failure is the finding
            errors.append(repr(error))
            try:
                db.execute("ROLLBACK")
            except Exception:  # noqa: BLE001
                pass
            if "malformed" in repr(error):
                break
        if big:
            time.sleep(rng.random() * 0.05)
    Path(out).write_text(json.dumps({"committed": committed, "errors": errors[:20], "error_count": len(errors)}))


def _checkpointer(library, path, stop_at, out):
    db = _connect(library, path)
    runs, errors = 0, []
    while time.time() < stop_at:
        try:
            db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            db.execute("SELECT count(*) FROM t WHERE k < 1000").fetchall()  # a reader between checkpoints
            runs += 1
        except Exception as error:  # noqa: BLE001
            errors.append(repr(error))
            if "malformed" in repr(error):
                break
    Path(out).write_text(json.dumps({"committed": [], "errors": errors[:20], "error_count": len(errors), "checkpoints": runs}))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--library", choices=("stdlib", "hub"), default="hub")
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--writers", type=int, default=6)
    args = parser.parse_args()
    module = _library(args.library)
    with tempfile.TemporaryDirectory(prefix="pkhub-wal-") as tmp:
        path = str(Path(tmp) / "stress.sqlite3")
        db = _connect(args.library, path)
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, k INTEGER, big INTEGER DEFAULT 0, v BLOB)")
        db.execute("CREATE INDEX t_k ON t (k)")
        db.close()
        stop_at = time.time() + args.seconds
        context = multiprocessing.get_context("spawn")  # no connection crosses a fork
        jobs = []
        for n in range(args.writers + 1):
            jobs.append(context.Process(target=_writer, args=(args.library, path, stop_at, f"{tmp}/w{n}.json", n, n == 0)))
        jobs.append(context.Process(target=_checkpointer, args=(args.library, path, stop_at, f"{tmp}/c.json")))
        for job in jobs:
            job.start()
        for job in jobs:
            job.join()
        reports = [json.loads(p.read_text()) for p in Path(tmp).glob("*.json")]
        db = _connect(args.library, path)
        try:
            integrity = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
        except Exception as error:  # noqa: BLE001
            integrity = [repr(error)]
        committed = [i for r in reports for i in r["committed"]]
        present = set()
        try:
            for start in range(0, len(committed), 500):
                chunk = committed[start : start + 500]
                present.update(row[0] for row in db.execute(f"SELECT id FROM t WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        except Exception as error:  # noqa: BLE001
            integrity.append(repr(error))
        lost = len(committed) - len(present)
        errors = sum(r["error_count"] for r in reports)
        checkpoints = sum(r.get("checkpoints", 0) for r in reports)
        print(f"wal_stress: SQLite {module.sqlite_version} ({args.library}), {args.seconds:.0f} s, {args.writers} writers + 1 large + 1 checkpointer")
        print(f"  small commits checked: {len(committed)}, lost: {lost}; passive checkpoints: {checkpoints}; errors: {errors}")
        print(f"  integrity_check: {integrity[:5]}")
        for r in reports:
            if r["errors"]:
                print("  first errors:", r["errors"][:3])
                break
        return 0 if integrity == ["ok"] and lost == 0 and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
