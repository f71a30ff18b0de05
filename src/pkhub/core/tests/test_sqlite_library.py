"""The SQLite default runs on a library without the WAL-reset corruption bug, and only on one.

The affected releases are SQLite's own list (https://sqlite.org/wal.html#walresetbug): 3.7.0
through 3.51.2, fixed in 3.51.3 and backported to 3.44.6 and 3.50.7.
"""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.core import checks
from django.db import connection

from pkhub import sqlite
from pkhub.core.apps import check_sqlite_library

ROOT = Path(__file__).resolve().parents[4]

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="only the SQLite default depends on the library")


@pytest.mark.parametrize(
    ("version", "affected"),
    [
        ((3, 6, 23), False),  # before WAL existed
        ((3, 7, 0), True),
        ((3, 40, 1), True),  # Debian 12's libsqlite3
        ((3, 44, 5), True),
        ((3, 44, 6), False),  # backport
        ((3, 50, 4), True),  # sqlean.py 3.50.4
        ((3, 50, 7), False),  # backport
        ((3, 51, 1), True),  # pysqlite3-binary 0.5.4.post2
        ((3, 51, 2), True),
        ((3, 51, 3), False),
        ((3, 54, 1), False),
    ],
)
def test_the_affected_releases_are_sqlites_own_list(version, affected):
    assert sqlite.has_wal_reset_bug(version) is affected


def test_the_hub_talks_to_a_fixed_sqlite_through_one_library(db):
    """The connection Django opens is pysqlite3's, on a SQLite without the bug; the standard
    library's copy is never loaded beside it (two copies in one process can break each other's locks)."""
    probe = textwrap.dedent(
        """
        import json, sys
        import django
        django.setup()
        from django.db import connection
        connection.ensure_connection()
        import sqlite3
        print(json.dumps({"version": sqlite3.sqlite_version, "module": type(connection.connection).__module__,
                          "stdlib_loaded": "_sqlite3" in sys.modules}))
        """
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "pkhub.settings", "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert not sqlite.has_wal_reset_bug(tuple(int(p) for p in seen["version"].split("."))), seen
    assert seen["module"].startswith("pysqlite3"), seen
    assert seen["stdlib_loaded"] is False, seen


def test_the_system_check_names_an_affected_library(monkeypatch):
    monkeypatch.setattr(sqlite, "library_version", lambda: (3, 40, 1))
    errors = check_sqlite_library(None)
    assert [e.id for e in errors] == ["pkhub.E001"]
    assert errors[0].level == checks.ERROR
    assert "3.40.1" in errors[0].msg and "WAL-reset" in errors[0].msg and "make install" in errors[0].msg


def test_the_system_check_is_quiet_on_the_installed_library():
    assert check_sqlite_library(None) == []


def _system_sqlite_version() -> tuple[int, ...]:
    """The version of the standard library's SQLite, read in a process that never loads pysqlite3."""
    out = subprocess.run([sys.executable, "-I", "-c", "import sqlite3; print(sqlite3.sqlite_version)"],
                         capture_output=True, text=True, check=True).stdout
    return tuple(int(p) for p in out.strip().split("."))


def test_production_refuses_to_start_on_an_affected_library():
    """With pysqlite3 hidden, the hub falls back to the system's SQLite; in production that stops it."""
    system = _system_sqlite_version()
    if not sqlite.has_wal_reset_bug(system):
        pytest.skip(f"this machine's own SQLite {system} has no WAL-reset bug to refuse")
    launcher = "import runpy, sys; sys.modules['pysqlite3'] = None; sys.argv = ['manage.py', 'check']; runpy.run_path('manage.py', run_name='__main__')"
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "PKHUB_TESTING", "DATABASE_URL"}}
    env = {**clean, "PRODUCTION": "true", "SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "hub.example.org",
           "DATABASE_URL": "sqlite:////tmp/pkhub-sqlite-library-check.sqlite3"}
    result = subprocess.run([sys.executable, "-c", launcher], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "WAL-reset bug" in result.stderr
    assert ".".join(map(str, system)) in result.stderr
