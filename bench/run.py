"""`make bench`: the ingest benchmark, then the hub on SQLite and on PostgreSQL, one after the other.

    python bench/run.py [--sizes 10000,30000,100000] [--queries 200] [--skip-postgres]
    python bench/run.py --sqlite-from bench/results/hub-<date>.json --label pg   # PostgreSQL again only

Each part runs in its own process (Django is set up once per database): `ingest_bench.py`, then
`hub_bench.py --backend sqlite`, then `hub_bench.py --backend postgres` inside a throwaway cluster
(`tests/pgcluster.py`, as the tests start it). Their figures are merged into
bench/results/hub-<date>.json and .md, the chart bench/results/growth-<date>.png (p95 against the
number of language versions), and bench/results/latest.json.

The older in-process search benchmark (`search_bench.py`: the backend's search() without HTTP,
for profiling the search layers) runs on its own: `python bench/search_bench.py --help`.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
RESULTS = BENCH / "results"
PY = sys.executable

sys.path[:0] = [str(BENCH), str(ROOT / "src")]
import pkhub.sqlite  # noqa: E402,F401  (the hub's SQLite library: pysqlite3 in place of the standard library's)
import sqlite3  # noqa: E402
from stats import load_average  # noqa: E402


def _run(args: list[str]) -> None:
    print("$", " ".join(args), flush=True)
    subprocess.run(args, cwd=ROOT, check=True)


def _markdown(report: dict) -> str:
    lines = [f"## Hub benchmark, {report['date']}", "",
             f"{report['cpus']} CPUs, Python {report['python']}, SQLite {report['sqlite']}; load average at the start "
             f"{report['load_before']}, at the end {report['load_after']}. {report['queries']} mixed 1–3-word queries in "
             "the six languages, through `GET /api/v1/resources?q=…&per_page=10` on the real server (gunicorn, its default "
             "workers), from another process on loopback; the engine figure is the same query straight to the "
             "engine on the same index in the same run (top 10 by rank, their snippets, facet counts). The first pass "
             "is each query's first time, the warm-up that is not counted: before the server's workers kept the "
             "resources' entries (`library.api`) and the engine's pages.", "",
             "### Search", "",
             "| backend | versions | HTTP p50 ms | HTTP p95 ms | first pass p50 / p95 ms | req/s, 1 client | req/s, 4 clients"
             " | engine p95 ms | hub/engine p95 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for backend, run in report["backends"].items():
        for row in run["sizes"]:
            s = row["search"]
            first = s.get("http_first_pass")  # not in runs before 2026-12-06 evening
            first_cell = f"{first['p50_ms']} / {first['p95_ms']}" if first else "–"
            lines.append(f"| {backend} | {row['versions']:,} | {s['http_1_client']['p50_ms']} | {s['http_1_client']['p95_ms']} |"
                         f" {first_cell} | {s['http_1_client']['rps']} | {s['http_4_clients']['rps']} | {s['engine']['p95_ms']} |"
                         f" {s['hub_engine_ratio_p95']} |")
    if report.get("postgres_from"):
        lines += ["", f"The PostgreSQL rows come from a separate run ({report['postgres_from']})."]
    if report.get("sqlite_from"):
        lines += ["", f"The SQLite rows, pages and ingest figures come from a separate run ({report['sqlite_from']})."]
    lines += ["", "### Indexing (cumulative, at each size)", "",
              "| backend | versions | library rows s | hub indexing s | raw engine bulk s | hub/raw |", "|---|---:|---:|---:|---:|---:|"]
    for backend, run in report["backends"].items():
        for row in run["sizes"]:
            i = row["indexing"]
            lines.append(f"| {backend} | {row['versions']:,} | {i['rows_s']} | {i['hub_index_s']} | {i['raw_bulk_s']} | {i['hub_vs_raw']} |")
    for backend, run in report["backends"].items():
        last = run["sizes"][-1]
        if "pages" not in last:
            continue
        lines += ["", f"### Pages ({backend}, {last['versions']:,} versions; wrk, 8 connections for req/s, 1 for p95)", "",
                  "| page | req/s | share of the static file | p50 ms | p95 ms |", "|---|---:|---:|---:|---:|"]
        for name, page in last["pages"].items():
            lines.append(f"| {name} | {page['throughput']['rps']} | {page['static_ratio']} |"
                         f" {page['one_connection']['p50_ms']} | {page['one_connection']['p95_ms']} |")
        if "layers" in last:
            lines += ["", f"Where a search request's time goes ({backend}, in-process, no HTTP; p50 / p95 ms): "
                      + "; ".join(f"{k.replace('_', ' ')} {v['p50_ms']} / {v['p95_ms']}" for k, v in last["layers"].items()) + "."]
        memory = last["worker_memory"]
        lines += ["", f"Server workers ({memory['workers']}): peak resident memory {memory['peak_mb']} MB."]
    if report.get("ingest"):
        lines += ["", "### Ingest", "", "| format | files | pages | hub ingest pages/s | hub parser pages/s | pdftotext pages/s | hub/pdftotext |",
                  "|---|---:|---:|---:|---:|---:|---:|"]
        for fmt, row in report["ingest"].items():
            lines.append(f"| {fmt} | {row['files']} | {row['pages']} | {row['hub_ingest_pages_per_s']} | {row['hub_parser_pages_per_s']} |"
                         f" {row.get('pdftotext_pages_per_s', '–')} | {row.get('hub_vs_pdftotext', '–')} |")
    lines += ["", f"![p95 against size]({report['chart']})"]
    return "\n".join(lines) + "\n"


def chart(report: dict, path: Path) -> None:
    """p95 (ms) against language versions, HTTP and engine, per backend: a PNG drawn with Pillow
    (already a dependency, through WeasyPrint), which a plot of eight lines does not need more than."""
    from PIL import Image, ImageDraw, ImageFont

    width, height, left, bottom, top, right = 900, 540, 80, 60, 40, 220
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", 14)
    except OSError:
        font = ImageFont.load_default()
    series = []
    colours = {"sqlite": ("#1f5fa8", "#8fb3dd"), "postgres": ("#b5422c", "#e3a596")}
    for backend, run in report["backends"].items():
        points = [(row["versions"], row["search"]["http_1_client"]["p95_ms"]) for row in run["sizes"]]
        engine = [(row["versions"], row["search"]["engine"]["p95_ms"]) for row in run["sizes"]]
        series += [(f"{backend}: hub, HTTP", points, colours[backend][0]), (f"{backend}: engine", engine, colours[backend][1])]
    xs = [x for _, pts, _ in series for x, _ in pts] or [1]
    ys = [y for _, pts, _ in series for _, y in pts] or [1]
    x_max, y_max = max(xs) * 1.05, max(ys) * 1.15

    def at(x, y):
        return left + x / x_max * (width - left - right), height - bottom - y / y_max * (height - top - bottom)

    draw.line([at(0, 0), at(x_max, 0)], fill="black")
    draw.line([at(0, 0), at(0, y_max)], fill="black")
    for step in range(6):
        y = y_max * step / 5
        px, py = at(0, y)
        draw.text((px - 60, py - 8), f"{y:.0f} ms", fill="black", font=font)
        draw.line([(px, py), (width - right, py)], fill="#dddddd")
    for x in sorted(set(xs)):
        px, py = at(x, 0)
        draw.text((px - 20, py + 8), f"{x // 1000}k", fill="black", font=font)
    draw.text((left, 10), "Search p95 against the number of language versions", fill="black", font=font)
    for n, (label, points, colour) in enumerate(series):
        draw.line([at(x, y) for x, y in points], fill=colour, width=3)
        for x, y in points:
            px, py = at(x, y)
            draw.ellipse([px - 4, py - 4, px + 4, py + 4], fill=colour)
        draw.line([(width - right + 15, top + 20 + n * 24), (width - right + 45, top + 20 + n * 24)], fill=colour, width=3)
        draw.text((width - right + 52, top + 12 + n * 24), label, fill="black", font=font)
    image.save(path)


def latest(report: dict) -> dict:
    """The keys issue 7 asks every run to write, so that runs can be compared."""
    sqlite_last = report["backends"]["sqlite"]["sizes"][-1]
    pg = report["backends"].get("postgres")
    pages = sqlite_last.get("pages", {})
    page_ratios = [p["static_ratio"] for name, p in pages.items() if name != "static file"]
    ingest_pdf = report.get("ingest", {}).get("pdf", {})
    return {
        "date": report["date"],
        "corpus_versions": sqlite_last["versions"],
        "search_p95_ms": sqlite_last["search"]["http_1_client"]["p95_ms"],
        "search_p50_ms": sqlite_last["search"]["http_1_client"]["p50_ms"],
        "search_hub_engine_ratio": sqlite_last["search"]["hub_engine_ratio_p95"],
        "search_measured": "GET /api/v1/resources?q=…&per_page=10 through gunicorn, one client on loopback, facets + snippets",
        "pg_search_p95_ms": pg["sizes"][-1]["search"]["http_1_client"]["p95_ms"] if pg else None,
        "pg_search_hub_engine_ratio": pg["sizes"][-1]["search"]["hub_engine_ratio_p95"] if pg else None,
        "home_p95_ms": pages.get("home", {}).get("one_connection", {}).get("p95_ms"),
        "page_static_ratio_min": min(page_ratios) if page_ratios else None,
        "pdf_extract_vs_pdftotext": ingest_pdf.get("hub_vs_pdftotext"),
        "index_vs_raw_bulk": sqlite_last["indexing"]["hub_vs_raw"],
        "pg_index_vs_raw_bulk": pg["sizes"][-1]["indexing"]["hub_vs_raw"] if pg else None,
        "worker_rss_mb": sqlite_last.get("worker_memory", {}).get("peak_mb"),
        "load_average": report["load_before"],
    }


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--page-seconds", type=int, default=10, help="wrk duration per page at 8 connections")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--postgres-from", type=Path, help="take the PostgreSQL figures from this hub_bench JSON "
                        "(an earlier run's bench/work/hub-postgres.json) instead of measuring them again")
    parser.add_argument("--sqlite-from", type=Path, help="take the ingest and SQLite figures from this earlier "
                        "report (bench/results/hub-<date>.json) instead of measuring them again")
    parser.add_argument("--label", default="", help="a second run of the day: results go to hub-<date>-<label>.*")
    args = parser.parse_args(argv)
    WORK.mkdir(exist_ok=True)
    RESULTS.mkdir(exist_ok=True)
    today = datetime.date.today().isoformat()
    name = f"{today}-{args.label}" if args.label else today
    earlier = json.loads(args.sqlite_from.read_text()) if args.sqlite_from else None
    report = {"date": today, "cpus": os.cpu_count(), "python": platform.python_version(),
              "sqlite": sqlite3.sqlite_version, "queries": args.queries, "load_before": load_average(), "backends": {}}
    common = ["--sizes", args.sizes, "--queries", str(args.queries), "--page-seconds", str(args.page_seconds)]
    if earlier:
        report["sqlite_from"] = str(args.sqlite_from)
        if "ingest" in earlier:
            report["ingest"] = earlier["ingest"]
        report["backends"]["sqlite"] = earlier["backends"]["sqlite"]
    else:
        if not args.skip_ingest:
            _run([PY, "bench/ingest_bench.py", "--out", str(WORK / "ingest.json")])
            report["ingest"] = json.loads((WORK / "ingest.json").read_text())
        _run([PY, "bench/hub_bench.py", "--backend", "sqlite", *common, "--out", str(WORK / "hub-sqlite.json")])
        report["backends"]["sqlite"] = json.loads((WORK / "hub-sqlite.json").read_text())
    if args.postgres_from:
        report["backends"]["postgres"] = json.loads(args.postgres_from.read_text())
        report["postgres_from"] = str(args.postgres_from)
    elif not args.skip_postgres:
        _run([PY, "tests/pgcluster.py", "--", PY, "bench/hub_bench.py", "--backend", "postgres", *common,
              "--out", str(WORK / "hub-postgres.json")])
        report["backends"]["postgres"] = json.loads((WORK / "hub-postgres.json").read_text())
    report["load_after"] = load_average()
    report["chart"] = f"growth-{name}.png"
    chart(report, RESULTS / report["chart"])
    (RESULTS / f"hub-{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    markdown = _markdown(report)
    (RESULTS / f"hub-{name}.md").write_text(markdown)
    (RESULTS / "latest.json").write_text(json.dumps(latest(report), indent=2) + "\n")
    print(markdown)
    return report


if __name__ == "__main__":
    main()
