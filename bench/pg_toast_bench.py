"""Does the TOAST compression of the tsvector change ts_rank's cost? pglz (the default), lz4, none.

    .venv/bin/python tests/pgcluster.py -- .venv/bin/python bench/pg_toast_bench.py [versions]

Three tables of the same tsvectors (the bench corpus, `tsvector_literal` as the hub writes them),
each with a GIN index; the top 10 by the hub's ts_rank for 80 of the bench's queries, the three
tables interleaved query by query, four rounds, the first not counted. Results: bench/README.md,
"Findings (2026-12-06)".
"""
import os, sys, time, statistics, random
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(ROOT, "src"), os.path.join(ROOT, "bench")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pkhub.settings")
import django; django.setup()
import psycopg
from corpus import languages, entries, queries
from pkhub.search.backends.postgres import tsvector_literal, compile_tsquery, RANK_WEIGHTS
from pkhub.search.query import parse

N = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
langs = languages(7)
t = time.perf_counter()
rows = [(e.version_id, e.lang, tsvector_literal(e.title, e.body, e.lang)) for e in entries(N, langs, 7)]
print(f"analysed {len(rows)} in {time.perf_counter()-t:.1f}s", flush=True)
db = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, options="-c enable_seqscan=off -c jit=off")
variants = {"pglz": "COMPRESSION pglz", "lz4": "COMPRESSION lz4", "none": None}
for name, comp in variants.items():
    db.execute(f"DROP TABLE IF EXISTS t_{name}")
    db.execute(f"CREATE TABLE t_{name} (version_id bigint PRIMARY KEY, lang text, tsv tsvector {comp or ''})")
    if comp is None:
        db.execute(f"ALTER TABLE t_{name} ALTER COLUMN tsv SET STORAGE EXTERNAL")
    db.execute(f"CREATE INDEX ON t_{name} USING gin (tsv)")
    t = time.perf_counter()
    with db.cursor() as c:
        for i in range(0, len(rows), 500):
            with db.transaction():
                c.executemany(f"INSERT INTO t_{name} VALUES (%s, %s, CAST(%s AS tsvector))", rows[i:i+500])
    load = time.perf_counter() - t
    db.execute(f"VACUUM ANALYZE t_{name}")
    size = db.execute(f"SELECT pg_total_relation_size('t_{name}')").fetchone()[0]
    print(f"{name}: load {load:.1f}s, {size/2**20:.0f} MB", flush=True)
qs = [compile_tsquery(parse(q, ui_lang=l)) for q, l in queries(200, langs, 7)]
qs = [q for q in qs if q][:80]
times = {n: [] for n in variants}
for rnd in range(4):
    for q in qs:
        for name in variants:
            t = time.perf_counter()
            db.execute(f"SELECT version_id, ts_rank('{RANK_WEIGHTS}', tsv, q.q) r FROM t_{name}, (SELECT CAST(%s AS tsquery) q) q"
                       " WHERE tsv @@ q.q ORDER BY r DESC LIMIT 10", (q,)).fetchall()
            if rnd:
                times[name].append((time.perf_counter() - t) * 1000)
for name, ts in times.items():
    ts.sort()
    print(f"{name}: p50 {statistics.median(ts):.1f} ms, p95 {ts[int(len(ts)*0.95)]:.1f} ms, mean {statistics.mean(ts):.1f}")
