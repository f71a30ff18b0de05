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

    def _seqscan(self) -> str:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan')")
            return cursor.fetchone()[0]

    def test_search_statements_turn_off_sequential_scans_and_put_the_planner_back(self):
        """During a search the planner may not scan search_doc whole (each row's tsvector is
        detoasted); after it, a search that worked or one that failed, the session is as it was."""
        from pkhub.search.tests.factories import IndexEntryFactory as Entry

        self.index(*(Entry(resource_id=n, title=f"Ceasefire report {n}") for n in range(1, 30)))
        with connection.cursor() as cursor, self.backend._planning(cursor):
            assert self._seqscan() == "off"
        assert self.search("ceasefire").count == 29
        assert self._seqscan() == "on"
        with pytest.raises(ZeroDivisionError), connection.cursor() as cursor, self.backend._planning(cursor):
            raise ZeroDivisionError
        assert self._seqscan() == "on"
