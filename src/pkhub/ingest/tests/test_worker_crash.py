"""A worker killed in the middle of an extraction loses nothing: the document stays pending with
no half-written text, and the extraction completes after the hub restarts.

Runs the real thing: a file database, `manage.py db_worker` from django-tasks-db in a separate
process, SIGKILL while the task is running, then `ingest_resume` and a fresh worker.
"""

import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from pkhub.core.tests.processes import file_hub_env, manage as _manage, popen_manage
from pkhub.ingest.tests.samples import pdf_bytes

PAGES = 2500  # long enough (seconds of extraction) to be killed halfway


def _row(db: Path, sql: str):
    with sqlite3.connect(db, timeout=30) as connection:
        return connection.execute(sql).fetchone()


@pytest.mark.skipif(os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="uses its own SQLite file")
def test_worker_killed_mid_extraction_leaves_document_pending_and_restart_completes_it(tmp_path):
    """SIGKILL during extraction: no text row, status pending; after ingest_resume + worker: ready."""
    db = tmp_path / "hub.sqlite3"
    env = file_hub_env(tmp_path, TASKS_BACKEND="database")
    _manage(env, "migrate", "--noinput", "--verbosity", "0")
    pdf = tmp_path / "long-manual.pdf"
    pdf.write_bytes(pdf_bytes([f"Page {n} of the logistics manual: convoy operations and movement control." for n in range(PAGES)]))
    _manage(env, "shell", "-c",
            "from pathlib import Path; from pkhub.ingest.services import document_ingest; "
            f"document_ingest(source=Path({str(pdf)!r}), filename='long-manual.pdf')")
    assert _row(db, "SELECT text_status FROM ingest_document") == ("pending",)

    worker = popen_manage(env, "db_worker", "--interval", "0.1", "--no-startup-delay")
    try:
        deadline = time.monotonic() + 60
        while _row(db, "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING'") != (1,):
            assert time.monotonic() < deadline, "the worker never started the task"
            time.sleep(0.05)
        time.sleep(0.3)  # well inside the extraction
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)

    assert _row(db, "SELECT text_status FROM ingest_document") == ("pending",)
    assert _row(db, "SELECT count(*) FROM ingest_documenttext") == (0,)

    _manage(env, "ingest_resume")
    _manage(env, "db_worker", "--batch", "--no-startup-delay")
    assert _row(db, "SELECT text_status, page_count FROM ingest_document") == ("ready", PAGES)
    (text,) = _row(db, "SELECT text FROM ingest_documenttext")
    assert f"Page {PAGES - 1} of the logistics manual" in text
