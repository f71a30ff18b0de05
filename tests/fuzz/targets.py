"""What is fuzzed: each target takes bytes and must return, or raise the app's clean error.

A clean error is `SniffError` / `ExtractionError` (the ingest pipeline turns them into the
`IngestError` the uploader sees). Anything else, or a run longer than `TIMEOUT_SECONDS`, is a bug.
"""

from __future__ import annotations

import os
import signal
import tempfile
from contextlib import contextmanager
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pkhub.settings")
os.environ.setdefault("PKHUB_TESTING", "1")
django.setup()

import sqlite3  # noqa: E402  (after django.setup(): the hub's pysqlite3)

from pkhub.ingest import extract as ex  # noqa: E402
from pkhub.ingest.extract import ExtractionError  # noqa: E402
from pkhub.ingest.repair import damage_ratio, repair_text  # noqa: E402
from pkhub.ingest.sniff import SniffError, sniff  # noqa: E402
from pkhub.search import query as search_query  # noqa: E402
from pkhub.search.backends.postgres import compile_tsquery  # noqa: E402
from pkhub.search.backends.sqlite_fts5 import compile_fts5  # noqa: E402

TIMEOUT_SECONDS = float(os.environ.get("FUZZ_EXAMPLE_TIMEOUT", "10"))
CLEAN_ERRORS = (SniffError, ExtractionError)
CORPUS = Path(__file__).resolve().parent / "corpus"


class Hang(Exception):
    """The target ran longer than TIMEOUT_SECONDS on one input."""


@contextmanager
def time_limit(seconds: float = TIMEOUT_SECONDS):
    def _alarm(signum, frame):
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def as_file(data: bytes, suffix: str = ".bin"):
    with tempfile.TemporaryDirectory(prefix="pkhub-fuzz-") as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        yield path


def _extractor(fmt: str, function):
    def run(data: bytes) -> None:
        with as_file(data, f".{fmt}") as path:
            function(path)
    return run


def upload(data: bytes) -> None:
    """The real pipeline: sniff by content, then check and extract as the format found."""
    with as_file(data) as path:
        for name_format in (None, "txt", "md", "html"):
            found = sniff(path, name_format=name_format)
            if found.format:
                if found.format == "pdf":
                    ex.check_pdf(path)
                text, _pages = ex.extract(path, found.format)
                assert isinstance(text, str)


def sniff_any(data: bytes) -> None:
    with as_file(data) as path:
        found = sniff(path, name_format=None)
        assert found.label


def repair(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    repaired, changed = repair_text(text)
    assert isinstance(repaired, str) and isinstance(changed, bool)
    assert 0.0 <= damage_ratio(text) <= 1.0


_FTS = sqlite3.connect(":memory:")
_FTS.execute("CREATE VIRTUAL TABLE f USING fts5(title, body, tokenize = 'ascii')")
_FTS.execute("INSERT INTO f VALUES ('protection of civilians', 'peacekeeping training')")


def query(data: bytes) -> None:
    """Whatever is typed parses, and compiles to an FTS5 expression SQLite accepts."""
    text = data.decode("utf-8", "replace")
    for lang in (None, "en", "fr", "ar", "zh-hans", "ru"):
        parsed = search_query.parse(text, lang)
        compiled = compile_fts5(parsed)
        if compiled:
            _FTS.execute("SELECT rowid FROM f WHERE f MATCH ?", (compiled,)).fetchall()
        compile_tsquery(parsed)


TARGETS = {
    "sniff": sniff_any,
    "upload": upload,
    "check_pdf": _extractor("pdf", ex.check_pdf),
    "extract_pdf": _extractor("pdf", ex.extract_pdf),
    "extract_docx": _extractor("docx", ex.extract_docx),
    "extract_pptx": _extractor("pptx", ex.extract_pptx),
    "extract_html": _extractor("html", ex.extract_html),
    "extract_txt": _extractor("txt", ex.extract_txt),
    "extract_md": _extractor("md", ex.extract_md),
    "repair_text": repair,
    "search_query": query,
}


def run_target(name: str, data: bytes) -> None:
    """Runs one input; clean errors pass, anything else (or a hang) propagates."""
    try:
        with time_limit():
            TARGETS[name](data)
    except CLEAN_ERRORS:
        pass


def save_crash(name: str, data: bytes) -> Path:
    import hashlib

    folder = CORPUS / name
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(data).hexdigest()[:16]}.bin"
    path.write_bytes(data)
    return path
