"""The hub measured as users meet it: a real server, the library's own rows, search through HTTP.

    python bench/hub_bench.py --backend sqlite   [--sizes 10000,30000,100000] [--queries 200]
    python tests/pgcluster.py -- python bench/hub_bench.py --backend postgres

One run, on a fresh database (SQLite file under bench/work/, or the PostgreSQL cluster named by
DATABASE_URL):

1. `migrate` and the demo catalogue (`loaddemo*`: the pages measured below need it);
2. the generated corpus (`bench/corpus.py`) becomes library rows: Resource, LanguageVersion,
   Document (a text file's record), DocumentText and VersionFile, in bulk; then it is indexed
   through the library's own path (`pkhub.library.indexing.resource_index`, 500 resources a
   call), and the same titles and bodies are bulk-inserted into a bare engine table (FTS5 with its
   default tokenizer; a tsvector column with a GIN index), the ceiling for indexing;
3. at each size (the corpus grows in place: 10k, then 30k, then 100k versions) the real server is
   started as `make run` starts it (gunicorn, gunicorn.conf.py, its default workers) and the same
   queries go to `GET /api/v1/resources?q=…&per_page=10` (the top 10, as the engine is asked)
   from this process on loopback, one client, then four clients at once; each query is also
   issued straight to the engine on the same index, in the same run, interleaved with the HTTP
   ones (top 10 by rank, snippets of those 10, facet counts by language and kind over every hit);
4. at the last size, the pages (home, search results page, a resource, the training calendar, the
   Berlin pledge list) beside a static file of the same server, with wrk from another process:
   requests per second at 8 connections, and p95 at one connection; then the peak resident memory
   (VmHWM) of every server worker.

Prints progress and writes the figures as JSON to --out (bench/run.py merges both backends).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
sys.path[:0] = [str(ROOT / "src"), str(BENCH)]
import pkhub.sqlite  # noqa: E402,F401  (the hub's SQLite library: pysqlite3 in place of the standard library's)
import sqlite3  # noqa: E402

from stats import load_average, percentiles  # noqa: E402

BATCH = 2000  # versions written per bulk_create round
INDEX_BATCH = 500  # resources per resource_index call (as library_reindex_all does)


def _environment(backend: str) -> dict[str, str]:
    """The variables both this process and the server see."""
    env = {
        "DJANGO_SETTINGS_MODULE": "pkhub.settings",
        "SEARCH_BACKEND": "auto",
        "DEBUG": "0",
        "TASKS_BACKEND": "immediate",
        "MEDIA_ROOT": str(WORK / f"media-{backend}"),
        "LOG_LEVEL": "WARNING",
    }
    if backend == "sqlite":
        env["DATABASE_URL"] = f"sqlite:///{WORK / 'hub-sqlite.sqlite3'}"
    elif not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("--backend postgres: run under tests/pgcluster.py, which sets DATABASE_URL")
    return env


def _setup(backend: str, fresh: bool = True) -> None:
    os.environ.update(_environment(backend))
    if not fresh:
        import django

        django.setup()
        return
    if backend == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(f"{WORK / 'hub-sqlite.sqlite3'}{suffix}").unlink(missing_ok=True)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    for command in ("loaddemo", "loaddemo_training", "loaddemo_pledges", "loaddemo_news"):
        call_command(command, verbosity=0)


# --- The corpus as library rows -------------------------------------------------------------------


def _ids_above(*models) -> int:
    """The next round thousand above the highest primary key of these models' tables."""
    top = max(model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0 for model in models)
    return (top // 1000 + 1) * 1000


class Loader:
    """Writes corpus entries as library rows and indexes them; keeps the time of each part."""

    def __init__(self, backend: str):
        import corpus

        from pkhub.ingest.models import Document
        from pkhub.library.models import LanguageVersion, Resource

        self.backend = backend
        self.langs = corpus.languages(7)
        self.stream = corpus.entries(10**9, self.langs, 7)
        self.known_resources: set[int] = set()
        self.rows_s = self.index_s = self.raw_s = 0.0
        self.versions = 0
        self.offset = _ids_above(Resource, LanguageVersion)  # corpus ids start above the demo catalogue's
        self.document_offset = _ids_above(Document)
        self.documents: dict[str, int] = {}  # sha256 → document id
        self._raw = _RawEngine(backend)

    def grow_to(self, total: int) -> None:
        while self.versions < total:
            batch = list(itertools.islice(self.stream, min(BATCH, total - self.versions)))
            t0 = time.perf_counter()
            touched = self._write_rows(batch)
            t1 = time.perf_counter()
            self._index(touched)
            t2 = time.perf_counter()
            self._raw.insert(batch)
            t3 = time.perf_counter()
            self.rows_s += t1 - t0
            self.index_s += t2 - t1
            self.raw_s += t3 - t2
            self.versions += len(batch)
            if self.versions % 10_000 == 0 or self.versions == total:
                print(f"  {self.versions:>7} versions: rows {self.rows_s:.0f} s, hub indexing {self.index_s:.0f} s,"
                      f" raw engine bulk {self.raw_s:.0f} s", flush=True)

    def _write_rows(self, batch) -> list[int]:
        from django.db import transaction
        from django.utils import timezone

        from pkhub.ingest.models import Document, DocumentText, TextStatus
        from pkhub.library.models import Audience, LanguageVersion, Resource, Status, ThematicArea, VersionFile

        themes = {t.slug: t.pk for t in ThematicArea.objects.all()}
        audiences = {a.slug: a.pk for a in Audience.objects.all()}
        new_resources, theme_links, audience_links = [], [], []
        now = timezone.now()
        for entry in batch:
            rid = self.offset + entry.resource_id
            if rid in self.known_resources:
                continue
            self.known_resources.add(rid)
            new_resources.append(Resource(
                pk=rid, slug=f"bench-{rid}", kind=entry.kind, original_language=entry.lang,
                status=Status.PUBLISHED if entry.public else Status.DRAFT,
                published_at=now if entry.public else None,
            ))
            for slug in entry.themes:
                if slug not in themes:
                    themes[slug] = ThematicArea.objects.create(slug=slug, name=slug.replace("-", " ")).pk
                theme_links.append(Resource.themes.through(resource_id=rid, thematicarea_id=themes[slug]))
            for slug in entry.audiences:
                if slug not in audiences:
                    audiences[slug] = Audience.objects.get_or_create(slug=slug, defaults={"name": slug})[0].pk
                audience_links.append(Resource.audiences.through(resource_id=rid, audience_id=audiences[slug]))
        with transaction.atomic():
            Resource.objects.bulk_create(new_resources)
            Resource.themes.through.objects.bulk_create(theme_links)
            Resource.audiences.through.objects.bulk_create(audience_links)
            versions, documents, texts, files = [], [], [], []
            for entry in batch:
                vid = self.offset + entry.version_id
                body = entry.body.encode()
                versions.append(LanguageVersion(pk=vid, resource_id=self.offset + entry.resource_id,
                                                lang=entry.lang, title=entry.title[:400]))
                sha = hashlib.sha256(body).hexdigest()
                if sha not in self.documents:  # a document is held once per content, as uploads are
                    self.documents[sha] = self.document_offset + entry.version_id
                    documents.append(Document(
                        pk=self.documents[sha], sha256=sha, file=f"bench/{vid}.txt", original_name=f"{vid}.txt",
                        format="txt", content_type="text/plain", size=len(body), text_status=TextStatus.READY,
                        detected_language=entry.lang,
                    ))
                    texts.append(DocumentText(document_id=self.documents[sha], text=entry.body))
                files.append(VersionFile(version_id=vid, document_id=self.documents[sha]))
            LanguageVersion.objects.bulk_create(versions)
            Document.objects.bulk_create(documents)
            DocumentText.objects.bulk_create(texts)
            VersionFile.objects.bulk_create(files)
        return sorted({self.offset + e.resource_id for e in batch})

    @staticmethod
    def _index(resource_ids: list[int]) -> None:
        from pkhub.library.indexing import resource_index

        for start in range(0, len(resource_ids), INDEX_BATCH):
            resource_index(resource_ids=resource_ids[start:start + INDEX_BATCH])

    def optimize(self) -> float:
        from pkhub.search.backends import get_search_backend

        t0 = time.perf_counter()
        get_search_backend().optimize()
        return time.perf_counter() - t0


class _RawEngine:
    """The same titles and bodies bulk-inserted into the bare engine: the floor for indexing."""

    def __init__(self, backend: str):
        self.backend = backend
        if backend == "sqlite":
            path = WORK / "raw-fts5.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self.db = sqlite3.connect(path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE VIRTUAL TABLE raw USING fts5(title, body)")
        else:
            from django.db import connection

            with connection.cursor() as cursor:
                cursor.execute("DROP TABLE IF EXISTS bench_raw")
                cursor.execute("CREATE TABLE bench_raw (id bigint PRIMARY KEY, tsv tsvector NOT NULL)")
                cursor.execute("CREATE INDEX bench_raw_tsv ON bench_raw USING gin (tsv)")

    def insert(self, batch) -> None:
        if self.backend == "sqlite":
            with self.db:
                self.db.executemany("INSERT INTO raw (rowid, title, body) VALUES (?, ?, ?)",
                                    [(e.version_id, e.title, e.body) for e in batch])
            return
        from django.db import connection, transaction

        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO bench_raw VALUES (%s, setweight(to_tsvector('simple', %s), 'A')"
                " || to_tsvector('simple', %s))",
                [(e.version_id, e.title, e.body) for e in batch],
            )


# --- The engine alone, on the hub's own index ------------------------------------------------------


class Engine:
    """Top 10 by rank, snippets of those 10, facet counts over every hit: straight SQL, no hub code
    but the query compiler (the hub's index holds analysed tokens, so the MATCH string must be too)."""

    def __init__(self, backend: str):
        from django.db import connection

        from pkhub.search.backends import get_search_backend

        self.backend = backend
        self.hub = get_search_backend()
        if backend == "sqlite":
            self.db = sqlite3.connect(connection.settings_dict["NAME"])
            self.db.execute("PRAGMA mmap_size=268435456")
            self.db.execute("PRAGMA cache_size=-65536")
        else:
            import psycopg

            from pkhub.search.backends.postgres import SEARCH_OPTIONS

            # The plan the hub's search gets (PostgresBackend._planning): the GIN index, no JIT. With
            # the planner's defaults, a common word at 100k is a sequential scan (1,709 ms p95 on
            # 2026-12-04), which would flatter the hub beside it.
            self.db = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True, options=SEARCH_OPTIONS)

    def compile(self, query: str, lang: str):
        from pkhub.search.query import parse

        return self.hub._compile(parse(query, ui_lang=lang))

    def run(self, compiled) -> int:
        if compiled is None:
            return 0
        if self.backend == "sqlite":
            top = self.db.execute(
                "SELECT rowid, snippet(search_fts, 1, '<mark>', '</mark>', '…', 24) FROM search_fts"
                " WHERE search_fts MATCH ? ORDER BY bm25(search_fts, 10.0, 1.0) LIMIT 10", (compiled,)).fetchall()
            self.db.execute(
                "SELECT d.lang, d.kind, count(*) FROM search_fts CROSS JOIN search_doc d"
                " ON d.version_id = search_fts.rowid WHERE search_fts MATCH ? GROUP BY d.lang, d.kind",
                (compiled,)).fetchall()
            return len(top)
        with self.db.cursor() as cursor:
            cursor.execute(
                "SELECT d.version_id, ts_headline('simple', t.body, q.q, 'MaxFragments=1, MaxWords=24')"
                " FROM (SELECT d.version_id, ts_rank(d.tsv, q.q) AS r FROM search_doc d,"
                "  (SELECT CAST(%s AS tsquery) AS q) q WHERE d.tsv @@ q.q ORDER BY r DESC LIMIT 10) d"
                " JOIN search_text t ON t.version_id = d.version_id, (SELECT CAST(%s AS tsquery) AS q) q",
                (compiled, compiled))
            top = cursor.fetchall()
            cursor.execute(
                "SELECT lang, kind, count(*) FROM search_doc WHERE tsv @@ CAST(%s AS tsquery) GROUP BY lang, kind",
                (compiled,))
            cursor.fetchall()
        return len(top)


# --- The real server -------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def server(backend: str):
    """gunicorn with gunicorn.conf.py, as `make run` starts it; yields (port, master pid)."""
    from django.db import connections

    connections.close_all()  # the server's workers must not share this process's connection
    port = _free_port()
    env = {**os.environ, **_environment(backend), "HOST": "127.0.0.1", "PORT": str(port)}
    log = open(WORK / f"server-{backend}.log", "ab")
    proc = subprocess.Popen([str(ROOT / ".venv/bin/gunicorn"), "--config", "gunicorn.conf.py", "pkhub.wsgi:application"],
                            cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _ = _get(port, "/healthz")
                if status == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the server did not start; see {WORK / f'server-{backend}.log'}")
            time.sleep(0.2)
        yield port, proc.pid
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


def _get(port: int, path: str, conn: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
    own = conn is None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={"Accept-Language": "en"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        if own:
            conn.close()


def worker_rss(master_pid: int) -> dict[str, float]:
    """Peak and current resident memory (MB) of each worker: VmHWM and VmRSS from /proc."""
    children = subprocess.run(["pgrep", "-P", str(master_pid)], capture_output=True, text=True).stdout.split()
    peaks, current = [], []
    for pid in children:
        with contextlib.suppress(FileNotFoundError):
            status = Path(f"/proc/{pid}/status").read_text()
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            peaks.append(int(fields["VmHWM"].split()[0]) / 1024)
            current.append(int(fields["VmRSS"].split()[0]) / 1024)
    return {"workers": len(peaks), "peak_mb": round(max(peaks), 1) if peaks else None,
            "current_mb_max": round(max(current), 1) if current else None}


# --- Measurements ---------------------------------------------------------------------------------


def search_figures(backend: str, port: int, pairs: list[tuple[str, str]], engine: Engine) -> dict:
    """Each query through HTTP and straight to the engine, interleaved; then four clients at once."""
    compiled = [engine.compile(q, lang) for q, lang in pairs]
    paths = ["/api/v1/resources?" + urllib.parse.urlencode({"q": q, "per_page": 10}) for q, _ in pairs]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    http_times, engine_times, errors, counts, first_pass = [], [], 0, [], []
    for measured in (False, True):  # a warm-up pass, then the measured one
        for path, expression in zip(paths, compiled):
            t0 = time.perf_counter()
            status, body = _get(port, path, conn)
            t1 = time.perf_counter()
            engine.run(expression)
            t2 = time.perf_counter()
            if not measured:
                first_pass.append(t1 - t0)
            else:
                http_times.append(t1 - t0)
                engine_times.append(t2 - t1)
                if status != 200:
                    errors += 1
                else:
                    counts.append(json.loads(body)["count"])
    conn.close()
    one = percentiles(http_times)
    eng = percentiles(engine_times)
    four = _concurrent(port, paths, clients=4)
    return {
        "http_1_client": {**one, "rps": round(len(http_times) / sum(http_times), 1)},
        # The warm-up pass: each query's first time, before the worker kept its resources'
        # entries (library.api._entries) and before the engine's pages were read into memory.
        "http_first_pass": percentiles(first_pass),
        "http_4_clients": four,
        "engine": eng,
        "hub_engine_ratio_p95": round(one["p95_ms"] / eng["p95_ms"], 2) if eng["p95_ms"] else None,
        "hub_engine_ratio_p50": round(one["p50_ms"] / eng["p50_ms"], 2) if eng["p50_ms"] else None,
        "errors": errors,
        "matching_resources_median": sorted(counts)[len(counts) // 2] if counts else 0,
    }


def layer_figures(pairs: list[tuple[str, str]]) -> dict:
    """Where a search request's time goes, in this process on the same index (no HTTP): the backend
    with and without facets and snippets, loading the 10 resources for the page, and the whole API
    view through Django's test client. p50/p95 over the same queries."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import Client

    from pkhub.library.selectors import resource_visible, resources_with_versions
    from pkhub.search.backends import Filters, get_search_backend

    backend, anonymous = get_search_backend(), AnonymousUser()
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="en")
    parts: dict[str, list[float]] = {"backend_bare": [], "backend_facets": [], "backend_facets_snippets": [],
                                     "load_resources": [], "api_view": []}
    for measured in (False, True):
        for query, _lang in pairs:
            t0 = time.perf_counter()
            backend.search(query, filters=Filters(), limit=10, with_facets=False, with_snippets=False)
            t1 = time.perf_counter()
            backend.search(query, filters=Filters(), limit=10, with_snippets=False)
            t2 = time.perf_counter()
            found = backend.search(query, filters=Filters(), limit=10)
            t3 = time.perf_counter()
            resources_with_versions(resource_visible(user=anonymous).filter(pk__in=[h.resource_id for h in found.hits]))
            t4 = time.perf_counter()
            client.get("/api/v1/resources?" + urllib.parse.urlencode({"q": query, "per_page": 10}))
            t5 = time.perf_counter()
            if measured:
                for name, value in zip(parts, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
                    parts[name].append(value)
    return {name: percentiles(samples) for name, samples in parts.items()}


def _concurrent(port: int, paths: list[str], clients: int) -> dict:
    times: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = paths[n::clients] + paths[:n:clients]
        for path in mine:
            t0 = time.perf_counter()
            status, _ = _get(port, path, conn)
            elapsed = time.perf_counter() - t0
            with lock:
                times.append(elapsed)
                errors[0] += status != 200
        conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - t0
    return {**percentiles(times), "rps": round(len(times) / wall, 1), "errors": errors[0]}


WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "errors": %d, "non2xx": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
"""


def _wrk(port: int, path: str, connections: int, seconds: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    try:
        out = subprocess.run(
            ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "-s", script.name,
             "-H", "Accept-Language: en", f"http://127.0.0.1:{port}{path}"],
            capture_output=True, text=True, check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    figures = json.loads(out.strip().splitlines()[-1])
    return {
        "rps": round(figures["requests"] / (figures["duration_us"] / 1e6), 1),
        "p50_ms": round(figures["p50_us"] / 1000, 2),
        "p95_ms": round(figures["p95_us"] / 1000, 2),
        "errors": figures["errors"] + figures["non2xx"],
    }


def page_paths(port: int) -> dict[str, str]:
    from pkhub.library.models import Resource, Status

    resource = Resource.objects.filter(status=Status.PUBLISHED, slug__startswith="bench-").order_by("pk").first()
    status, home = _get(port, "/en/")
    css = next((part.split('"')[0] for part in home.decode().split('href="')[1:] if part.split('"')[0].endswith(".css")), None)
    if status != 200 or css is None:
        raise RuntimeError("the home page did not load, or names no stylesheet")
    # The static file last: its tens of thousands of requests make gunicorn restart its workers
    # (max_requests), and a page measured just after would time fresh workers.
    return {
        "home": "/en/",
        "search results page": "/en/search/?" + urllib.parse.urlencode({"q": "protection civilians"}),
        "resource page": f"/en/resources/{resource.slug}/",
        "training calendar": "/en/training/",
        "pledge list": "/en/pledging/berlin-2025/",
        "static file": css,
    }


def page_figures(port: int, seconds: int) -> dict:
    from django.db import connections

    paths = page_paths(port)
    connections.close_all()
    figures = {}
    for name, path in paths.items():
        status, _ = _get(port, path)
        if status != 200:
            raise RuntimeError(f"{name} ({path}) answered {status}")
        _wrk(port, path, connections=8, seconds=2)  # every worker has served it once: warm
        figures[name] = {
            "path": path,
            "throughput": _wrk(port, path, connections=8, seconds=seconds),
            "one_connection": _wrk(port, path, connections=1, seconds=max(3, seconds // 2)),
        }
        print(f"  {name}: {figures[name]['throughput']['rps']} req/s at 8 connections,"
              f" p95 {figures[name]['one_connection']['p95_ms']} ms at one", flush=True)
    ceiling = figures["static file"]["throughput"]["rps"]
    for name, fig in figures.items():
        fig["static_ratio"] = round(fig["throughput"]["rps"] / ceiling, 3)
    return figures


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--page-seconds", type=int, default=10)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--measure-only", action="store_true",
                        help="measure the index an earlier run left (at its size), without loading anything")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    WORK.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    _setup(args.backend, fresh=not args.measure_only)
    print(f"[{args.backend}] migrated and demo loaded in {time.perf_counter() - t0:.0f} s", flush=True)
    import corpus

    loader = None if args.measure_only else Loader(args.backend)
    pairs = corpus.queries(args.queries, corpus.languages(7), 7)
    report = {"backend": args.backend, "queries": args.queries, "cpus": os.cpu_count(), "sizes": []}
    if loader is None:
        from pkhub.search.backends import get_search_backend

        sizes = [get_search_backend().stats()["versions"]]
    for size in sizes:
        optimize_s = 0.0
        if loader is not None:
            loader.grow_to(size)
            optimize_s = loader.optimize()
        engine = Engine(args.backend)
        load_before = load_average()
        with server(args.backend) as (port, master):
            search = search_figures(args.backend, port, pairs, engine)
            row = {"versions": size, "search": search, "load_before": load_before, "load_after": load_average()}
            if loader is not None:
                row["indexing"] = {"rows_s": round(loader.rows_s, 1), "hub_index_s": round(loader.index_s, 1),
                                   "raw_bulk_s": round(loader.raw_s, 1), "optimize_s": round(optimize_s, 1),
                                   "hub_vs_raw": round(loader.index_s / loader.raw_s, 2)}
            print(f"[{args.backend}] {size:,} versions: HTTP p50 {search['http_1_client']['p50_ms']} /"
                  f" p95 {search['http_1_client']['p95_ms']} ms, engine p95 {search['engine']['p95_ms']} ms,"
                  f" ratio {search['hub_engine_ratio_p95']}, 4 clients {search['http_4_clients']['rps']} req/s",
                  flush=True)
            if size == sizes[-1]:
                row["pages"] = page_figures(port, args.page_seconds)
                row["worker_memory"] = worker_rss(master)
        if size == sizes[-1]:
            row["layers"] = layer_figures(pairs)
            print(f"[{args.backend}] layers (p95 ms): " + ", ".join(f"{k} {v['p95_ms']}" for k, v in row["layers"].items()),
                  flush=True)
        report["sizes"].append(row)
    out = args.out or WORK / f"hub-{args.backend}.json"
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"[{args.backend}] done in {time.perf_counter() - t0:.0f} s; figures in {out}", flush=True)
    return report


if __name__ == "__main__":
    main()
