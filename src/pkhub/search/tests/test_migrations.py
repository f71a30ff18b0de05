"""The search tables' migrations. SQLite's search_fts: 0004 makes it contentless without losing
what was indexed; 0005 sets its in-memory size. PostgreSQL: 0006 sets how the columns are stored,
0007 the size of the GIN index's pending list."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from pkhub.search.backends import Filters, IndexEntry, get_search_backend

pytestmark = pytest.mark.django_db(transaction=True)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="search_fts is SQLite's table; PostgreSQL has none")


def _migrate(target: str) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([("search", target)])


@pytest.fixture(autouse=True)
def _back_to_the_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes("search"))


def _hashsize() -> int | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT v FROM search_fts_config WHERE k = 'hashsize'")
        row = cursor.fetchone()
    return row and int(row[0])


def _fts_definition() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")
        return cursor.fetchone()[0]


@sqlite_only
def test_versions_indexed_before_the_change_are_still_found_and_can_be_removed():
    """Rows indexed into the old table are found after 0004, and deleting one still works."""
    _migrate("0003_facet_bits_per_value")
    assert "contentless_delete" not in _fts_definition()
    backend = get_search_backend()
    backend.index_many([
        IndexEntry(version_id=1, resource_id=1, lang="fr", kind="stm", title="Protection des civils", body="mandat"),
        IndexEntry(version_id=2, resource_id=2, lang="en", kind="stm", title="Protection of civilians", body="mandate"),
    ])
    _migrate("0004_contentless_fts")
    assert "contentless_delete = 1" in _fts_definition()
    assert [hit.resource_id for hit in backend.search("civils", filters=Filters()).hits] == [1]
    backend.delete([1])
    assert backend.search("civils", filters=Filters()).count == 0
    assert backend.search("protection", filters=Filters()).count == 1


@sqlite_only
def test_hashsize_is_set_forward_and_back_without_touching_what_is_indexed():
    """0005 keeps 8 MB of new entries in memory; going back restores FTS5's 1 MB. Rows indexed
    before are found either way."""
    _migrate("0004_contentless_fts")
    backend = get_search_backend()
    backend.index_many([IndexEntry(version_id=1, resource_id=1, lang="en", kind="stm", title="Ceasefire", body="")])
    _migrate("0005_fts_hashsize")
    assert _hashsize() == 8 * 1024 * 1024
    assert backend.search("ceasefire", filters=Filters()).count == 1
    _migrate("0004_contentless_fts")
    assert _hashsize() == 1024 * 1024
    assert backend.search("ceasefire", filters=Filters()).count == 1


def _storage() -> tuple[str, str]:
    """How search_doc.tsv is stored ('x' extended, 'e' external) and search_text.body compressed
    ('l' lz4, '' the server's default)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT attstorage FROM pg_attribute WHERE attrelid = 'search_doc'::regclass AND attname = 'tsv'")
        storage = cursor.fetchone()[0]
        cursor.execute(
            "SELECT attcompression FROM pg_attribute WHERE attrelid = 'search_text'::regclass AND attname = 'body'"
        )
        return storage, cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="column storage is PostgreSQL's")
def test_tsvectors_go_uncompressed_and_texts_lz4_forward_and_back_without_touching_what_is_indexed():
    """After 0006 a tsvector is stored as it is and the texts with lz4 (Debian's PostgreSQL has
    it); back at 0005, PostgreSQL's defaults. What was indexed before is found either way."""
    _migrate("0005_fts_hashsize")
    assert _storage() == ("x", "")
    backend = get_search_backend()
    backend.index_many([IndexEntry(version_id=1, resource_id=1, lang="en", kind="stm", title="Ceasefire", body="")])
    _migrate("0006_pg_storage")
    assert _storage() == ("e", "l")
    backend.index_many([IndexEntry(version_id=2, resource_id=2, lang="en", kind="stm", title="Ceasefire", body="x" * 50_000)])
    assert backend.search("ceasefire", filters=Filters()).count == 2
    _migrate("0005_fts_hashsize")
    assert _storage() == ("x", "")
    assert backend.search("ceasefire", filters=Filters()).count == 2


def _pending_list_option() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(reloptions, '{}') FROM pg_class WHERE relname = 'search_doc_tsv'")
        return [option for option in cursor.fetchone()[0] if option.startswith("gin_pending_list_limit")]


def _pending_pages_cleaned() -> int:
    """Empties the pending list; how many of its pages held entries."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT gin_clean_pending_list('search_doc_tsv'::regclass)")
        return cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index is PostgreSQL's")
def test_gin_pending_list_is_16_mb_and_back_without_touching_what_is_indexed():
    """0007 lets the pending list grow to 16 MB (in kB); back at 0006, PostgreSQL's 4 MB default."""
    _migrate("0006_pg_storage")
    assert _pending_list_option() == []
    backend = get_search_backend()
    backend.index_many([IndexEntry(version_id=11, resource_id=11, lang="en", kind="stm", title="Armistice", body="")])
    _migrate("0007_gin_pending_list")
    assert _pending_list_option() == ["gin_pending_list_limit=16384"]
    assert backend.search("armistice", filters=Filters()).count == 1
    _migrate("0006_pg_storage")
    assert _pending_list_option() == []
    assert backend.search("armistice", filters=Filters()).count == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the GIN index is PostgreSQL's")
def test_optimize_leaves_the_pending_list_empty_and_the_entries_found():
    """New entries wait in the pending list, which every search reads in full; `optimize` (run by a
    rebuild) moves them into the index."""
    backend = get_search_backend()
    body = " ".join(f"word{n}" for n in range(3000))
    backend.index_many([
        IndexEntry(version_id=n, resource_id=n, lang="en", kind="stm", title=f"Truce {n}", body=body)
        for n in range(101, 141)
    ])
    backend.optimize()
    assert _pending_pages_cleaned() == 0
    assert backend.search("truce word2999", filters=Filters()).count == 40
    backend.index_many([IndexEntry(version_id=141, resource_id=141, lang="en", kind="stm", title="Truce", body=body)])
    assert _pending_pages_cleaned() > 0  # what optimize would have moved: the test can tell
