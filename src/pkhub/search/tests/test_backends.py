"""The shared backend suite, once per backend; each runs on its own engine only."""

import pytest
from django.db import connection

from pkhub.search.tests.backend_suite import SearchBackendSuite


@pytest.mark.skipif(connection.vendor != "sqlite", reason="FTS5 tables exist only in an SQLite database")
class TestSQLiteFTS5Backend(SearchBackendSuite):
    backend_path = "pkhub.search.backends.sqlite_fts5.SQLiteFTS5Backend"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL pointing at PostgreSQL")
class TestPostgresBackend(SearchBackendSuite):
    backend_path = "pkhub.search.backends.postgres.PostgresBackend"
