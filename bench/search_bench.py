"""Search benchmark: index a generated corpus into a fresh SQLite database and time queries.

    python bench/search_bench.py [--versions 100000] [--queries 200] [--seed 7] [--measure-only] [--rounds 3]

Builds `bench/work/search-<versions>.sqlite3` (gitignored) with `migrate`, indexes the corpus
through `pkhub.search.services.index_entries`, then times the same mixed queries three ways:
  raw_top10       raw FTS5 SQL: MATCH, bm25 order, top 10 versions (the engine alone)
  raw_grouped     the backend's one statement: hits grouped by resource, facets, the page
  search          the backend's search(): parse, the statement, assembly, snippets for the page
`--measure-only` (or `--reuse`) times an index built before: it only applies pending migrations
(which convert an older index in place) and skips the ~6 minutes of indexing. The machine is
shared, so the load average is recorded before and after, and `--rounds` repeats the measured
pass (every round's p50/p95 of search() is kept, beside the pooled figures).
Writes bench/results/search-<date>.json and .md, and prints the Markdown table.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT / "src"), str(BENCH)]
import pkhub.sqlite  # noqa: E402,F401  (the hub's SQLite library: pysqlite3 in place of the standard library's)
import sqlite3  # noqa: E402

from stats import load_average as _load  # noqa: E402
from stats import percentiles as _percentiles  # noqa: E402


def _setup_django(db_path: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pkhub.settings")
    os.environ["SEARCH_BACKEND"] = "sqlite_fts5"
    import django

    django.setup()


def _index(args, db_path: Path, langs) -> dict:
    import corpus
    from django.core.management import call_command

    from pkhub.search import services
    from pkhub.search.backends import get_search_backend

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrated = time.perf_counter()
    progress = {"n": 0}

    def counted():
        for entry in corpus.entries(args.versions, langs, args.seed):
            progress["n"] += 1
            if progress["n"] % 10_000 == 0:
                rate = progress["n"] / (time.perf_counter() - migrated)
                print(f"  indexed {progress['n']:>7} versions ({rate:,.0f}/s)", flush=True)
            yield entry

    written = services.index_entries(counted())
    indexed = time.perf_counter()
    get_search_backend().optimize()
    optimized = time.perf_counter()
    return {
        "versions": written,
        "migrate_s": round(migrated - started, 2),
        "index_s": round(indexed - migrated, 1),
        "versions_per_s": round(written / (indexed - migrated)),
        "optimize_s": round(optimized - indexed, 1),
    }


def _time_queries(args, db_path: Path, langs) -> dict:
    import corpus

    from pkhub.search.backends import get_search_backend
    from pkhub.search.backends.grouped_sql import _grouped_sql
    from pkhub.search.backends.base import Filters
    from pkhub.search.query import parse

    backend = get_search_backend()
    pairs = corpus.queries(args.queries, langs, args.seed)
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA mmap_size=268435456")
    raw.execute("PRAGMA cache_size=-65536")
    timings: dict[str, list[float]] = {"raw_top10": [], "raw_grouped": [], "search": [], "search_no_snippets": []}
    matched = []
    rounds = []
    for repeat in range(1 + args.rounds):  # the first pass warms the page cache; the others are measured
        started = len(timings["search"])
        for query, lang in pairs:
            compiled = backend._compile(parse(query, ui_lang=lang))
            t0 = time.perf_counter()
            raw.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 10.0, 1.0) LIMIT 10",
                (compiled,),
            ).fetchall()
            t1 = time.perf_counter()
            hits_sql, params = backend._hits_sql(compiled, Filters(), True)
            sql, more = _grouped_sql(hits_sql, with_facets=True, with_page=True)
            raw.execute(sql.replace("%s", "?"), [*params, *more(10, 0)]).fetchall()
            t2 = time.perf_counter()
            results = backend.search(query, prefer_lang=lang, limit=10)
            t3 = time.perf_counter()
            backend.search(query, prefer_lang=lang, limit=10, with_snippets=False)
            t4 = time.perf_counter()
            if repeat:
                timings["raw_top10"].append(t1 - t0)
                timings["raw_grouped"].append(t2 - t1)
                timings["search"].append(t3 - t2)
                timings["search_no_snippets"].append(t4 - t3)
                if repeat == 1:
                    matched.append(results.count)
        if repeat:
            this_round = _percentiles(timings["search"][started:])
            rounds.append({"search_p50_ms": this_round["p50_ms"], "search_p95_ms": this_round["p95_ms"],
                           "load_average": _load()})
    raw.close()
    figures = {name: _percentiles(samples) for name, samples in timings.items()}
    figures["rounds"] = rounds
    figures["hub_engine_ratio_p95"] = round(figures["search"]["p95_ms"] / figures["raw_top10"]["p95_ms"], 2)
    figures["hub_engine_ratio_p50"] = round(figures["search"]["p50_ms"] / figures["raw_top10"]["p50_ms"], 2)
    figures["matching_resources"] = {
        "median": statistics.median(matched),
        "max": max(matched),
        "empty": sum(1 for m in matched if m == 0),
    }
    figures["examples"] = [q for q, _ in pairs[:12]]
    return figures


def _markdown(report: dict) -> str:
    q = report["queries"]
    i = report["indexing"]
    lines = [
        f"## Search benchmark, {report['date']} ({report['versions']:,} language versions, SQLite {report['sqlite']})",
        "",
        f"{report['queries_count']} mixed 1–3-word queries in the six languages, top 10 resources, warm cache.",
        "",
        "| measure | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|",
    ]
    labels = {
        "raw_top10": "raw FTS5 SQL: MATCH + bm25, top 10 versions",
        "raw_grouped": "raw SQL: grouped by resource + facets + page (one statement)",
        "search_no_snippets": "backend search(), facets, no snippets",
        "search": "backend search(), facets + snippets + highlighted titles",
    }
    for name, label in labels.items():
        lines.append(f"| {label} | {q[name]['p50_ms']} | {q[name]['p95_ms']} | {q[name]['max_ms']} |")
    lines += [
        "",
        f"search() p95 / raw FTS5 top 10 p95: {q['hub_engine_ratio_p95']} (p50: {q['hub_engine_ratio_p50']}). "
        f"Load average (1, 5, 15 min) before timing {report['load_before']}, after {report['load_after']}; "
        f"{report['cpus']} CPUs shared with other work. Rounds (search() p50/p95 ms): "
        + ", ".join(f"{r['search_p50_ms']}/{r['search_p95_ms']}" for r in q["rounds"]) + ".",
        "",
        f"Indexing: {i['versions']:,} versions in {i['index_s']} s ({i['versions_per_s']:,}/s), "
        f"optimize {i['optimize_s']} s; database {report['db_mb']:,} MB. "
        f"Matching resources per query: median {q['matching_resources']['median']}, "
        f"max {q['matching_resources']['max']}, empty {q['matching_resources']['empty']}.",
    ]
    return "\n".join(lines) + "\n"


def _update_latest(path: Path, report: dict) -> None:
    """The keys of issue 7 this benchmark measures, merged into latest.json (other benchmarks add theirs).

    The search figures here are backend search() in-process; the HTTP figure is still to be measured.
    """
    latest = json.loads(path.read_text()) if path.exists() else {}
    q = report["queries"]
    latest.update({
        "date": report["date"],
        "corpus_versions": report["versions"],
        "search_p95_ms": q["search"]["p95_ms"],
        "search_p50_ms": q["search"]["p50_ms"],
        "search_hub_engine_ratio": q["hub_engine_ratio_p95"],
        "search_measured": "backend search() in-process, facets + snippets (not yet through HTTP)",
        "search_load_average": report["load_before"],
    })
    path.write_text(json.dumps(latest, indent=2) + "\n")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--versions", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--measure-only", "--reuse", dest="reuse", action="store_true",
                        help="time the index built before with the same size (migrated in place), no indexing")
    parser.add_argument("--rounds", type=int, default=1, help="measured passes over the queries (after one warm-up)")
    args = parser.parse_args(argv)

    work = BENCH / "work"
    work.mkdir(exist_ok=True)
    db_path = work / f"search-{args.versions}.sqlite3"
    _setup_django(db_path)
    import corpus

    t0 = time.perf_counter()
    langs = corpus.languages(args.seed)
    print(f"vocabularies ready in {time.perf_counter() - t0:.1f} s", flush=True)
    if args.reuse:
        if not db_path.exists():
            parser.error(f"--measure-only: no index at {db_path.relative_to(ROOT)}; run without it first")
        from django.core.management import call_command

        call_command("migrate", verbosity=0)  # converts an index built before (see search migrations)
        indexing = json.loads((work / f"search-{args.versions}.json").read_text())
    else:
        print(f"indexing {args.versions:,} versions into {db_path.relative_to(ROOT)}", flush=True)
        indexing = _index(args, db_path, langs)
        (work / f"search-{args.versions}.json").write_text(json.dumps(indexing))
    print(f"timing {args.queries} queries, {args.rounds} round(s)", flush=True)
    load_before = _load()
    figures = _time_queries(args, db_path, langs)
    load_after = _load()
    today = datetime.date.today().isoformat()
    report = {
        "date": today,
        "versions": args.versions,
        "queries_count": args.queries,
        "seed": args.seed,
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_before": load_before,
        "load_after": load_after,
        "db_mb": round(sum(p.stat().st_size for p in work.glob(f"search-{args.versions}.sqlite3*")) / 2**20),
        "indexing": indexing,
        "queries": figures,
    }
    results = BENCH / "results"
    results.mkdir(exist_ok=True)
    (results / f"search-{today}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    markdown = _markdown(report)
    (results / f"search-{today}.md").write_text(markdown)
    _update_latest(results / "latest.json", report)
    print(markdown)
    return report


if __name__ == "__main__":
    main()
