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

    def _settings(self) -> tuple[str, str]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('enable_seqscan'), current_setting('jit')")
            return cursor.fetchone()

    def test_search_statements_turn_off_sequential_scans_and_put_the_planner_back(self):
        """During a search the planner may not scan search_doc whole (each row's tsvector is
        detoasted) nor compile the statement (JIT); after it, a search that worked or one that
        failed, the session is as it was."""
        from pkhub.search.tests.factories import IndexEntryFactory as Entry

        self.index(*(Entry(resource_id=n, title=f"Ceasefire report {n}") for n in range(1, 30)))
        with connection.cursor() as cursor, self.backend._planning(cursor):
            assert self._settings() == ("off", "off")
        assert self.search("ceasefire").count == 29
        assert self._settings() == ("on", "on")
        with pytest.raises(ZeroDivisionError), connection.cursor() as cursor, self.backend._planning(cursor):
            raise ZeroDivisionError
        assert self._settings() == ("on", "on")

    def test_the_search_statement_is_not_jit_compiled(self):
        """With sequential scans off, search_bit's scan is costed at 10^10, far above the costs that
        set off JIT compilation (~280 ms a statement at 10,000 versions). Even with JIT set off for
        every statement (jit_above_cost 0), the search statement runs uncompiled."""
        from pkhub.search.backends import Filters
        from pkhub.search.backends.grouped import _grouped_sql
        from pkhub.search.query import parse
        from pkhub.search.tests.factories import IndexEntryFactory as Entry

        self.index(*(Entry(resource_id=n, title=f"Ceasefire report {n}") for n in range(1, 30)))
        hits_sql, params = self.backend._hits_sql(self.backend._compile(parse("ceasefire")), Filters(), True)
        sql, more = _grouped_sql(hits_sql, with_facets=True, with_page=True)
        with connection.cursor() as cursor:
            cursor.execute("SET jit_above_cost = 0")
            try:
                cursor.execute("EXPLAIN (ANALYZE) " + sql, params + more(10, 0))
                assert "JIT" in "\n".join(row[0] for row in cursor.fetchall())  # JIT is there to be avoided
                with self.backend._planning(cursor):
                    cursor.execute("EXPLAIN (ANALYZE) " + sql, params + more(10, 0))
                    plan = "\n".join(row[0] for row in cursor.fetchall())
            finally:
                cursor.execute("RESET jit_above_cost")
        assert "JIT" not in plan
        assert "Bitmap Index Scan on search_doc_tsv" in plan
