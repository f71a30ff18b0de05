"""Does the TOAST compression of the tsvector change ts_rank's cost? pglz (the default), lz4, none.

    .venv/bin/python tests/pgcluster.py -- .venv/bin/python bench/pg_toast_bench.py [versions]

Three tables of the same tsvectors (the bench corpus, `tsvector_literal` as the hub writes them),
each with a GIN index; the top 10 by the hub's ts_rank for 80 of the bench's queries, the three
tables interleaved query by query, four rounds, the first not counted. Results: bench/README.md,
"Findings (2026-12-06)".
"""

from __future__ import annotations

import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.join(ROOT, "src"), os.path.join(ROOT, "bench")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pkhub.settings")

import django  # noqa: E402

django.setup()

import psycopg  # noqa: E402
from corpus import entries, languages, queries  # noqa: E402
from stats import load_average, percentiles  # noqa: E402

from pkhub.search.backends.postgres import (  # noqa: E402
    RANK_WEIGHTS,
    SEARCH_OPTIONS,
    compile_tsquery,
    tsvector_literal,
)
from pkhub.search.query import parse  # noqa: E402

VARIANTS = {"pglz": "COMPRESSION pglz", "lz4": "COMPRESSION lz4", "none": ""}


def load(db, rows: list[tuple], name: str) -> None:
    db.execute(f"DROP TABLE IF EXISTS t_{name}")
    db.execute(f"CREATE TABLE t_{name} (version_id bigint PRIMARY KEY, lang text, tsv tsvector {VARIANTS[name]})")
    if not VARIANTS[name]:
        db.execute(f"ALTER TABLE t_{name} ALTER COLUMN tsv SET STORAGE EXTERNAL")
    db.execute(f"CREATE INDEX ON t_{name} USING gin (tsv)")
    start = time.perf_counter()
    with db.cursor() as cursor:
        for i in range(0, len(rows), 500):
            with db.transaction():
                cursor.executemany(f"INSERT INTO t_{name} VALUES (%s, %s, CAST(%s AS tsvector))", rows[i : i + 500])
    seconds = time.perf_counter() - start
    db.execute(f"VACUUM ANALYZE t_{name}")
    size = db.execute(f"SELECT pg_total_relation_size('t_{name}')").fetchone()[0]
    print(f"{name}: load {seconds:.1f} s, {size / 2**20:.0f} MB", flush=True)


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 30_000
    langs = languages(7)
    start = time.perf_counter()
    rows = [(e.version_id, e.lang, tsvector_literal(e.title, e.body, e.lang)) for e in entries(total, langs, 7)]
    print(f"analysed {len(rows)} versions in {time.perf_counter() - start:.1f} s", flush=True)
    db = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, options=SEARCH_OPTIONS)
    for name in VARIANTS:
        load(db, rows, name)
    compiled = [compile_tsquery(parse(q, ui_lang=lang)) for q, lang in queries(200, langs, 7)]
    compiled = [q for q in compiled if q][:80]
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    print(f"load average before: {load_average()}")
    for round_ in range(4):
        for query in compiled:
            for name in VARIANTS:
                start = time.perf_counter()
                db.execute(
                    f"SELECT version_id, ts_rank('{RANK_WEIGHTS}', tsv, q.q) AS r FROM t_{name},"
                    " (SELECT CAST(%s AS tsquery) AS q) q WHERE tsv @@ q.q ORDER BY r DESC LIMIT 10",
                    (query,),
                ).fetchall()
                if round_:  # the first round warms the caches
                    times[name].append(time.perf_counter() - start)
    print(f"load average after: {load_average()}")
    for name, found in times.items():
        figures = percentiles(found)
        print(f"{name}: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, mean {figures['mean_ms']} ms")


if __name__ == "__main__":
    main()
