"""SQLite FTS5: the embedded default.

`search_fts(title, body)` holds the *analysed* tokens (see `pkhub.search.analysis`), one row per
language version with rowid = version_id, tokenised by FTS5's `ascii` tokenizer (analysed tokens
are already folded and separated by spaces). bm25 weighs title matches ten times body matches.
The table is contentless (migration 0004): it keeps the index only; the text shown in snippets is
`search_text`'s. CREATE_SQL is the schema of migration 0001, which the later migrations change.
"""

from __future__ import annotations

from pkhub.search import analysis
from pkhub.search.backends.base import Filters, IndexEntry
from pkhub.search.backends.grouped import GroupedSQLBackend, _marks, filter_sql
from pkhub.search.query import Alternative, Query, compile_boolean

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0

CREATE_SQL = [
    "CREATE TABLE IF NOT EXISTS search_doc (version_id INTEGER PRIMARY KEY, resource_id INTEGER NOT NULL,"
    " lang TEXT NOT NULL, kind TEXT NOT NULL, public INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_doc_resource ON search_doc (resource_id)",
    "CREATE TABLE IF NOT EXISTS search_tag (resource_id INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY (resource_id, facet, value)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS search_tag_value ON search_tag (facet, value, resource_id)",
    "CREATE TABLE IF NOT EXISTS search_text (version_id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, body, tokenize = 'ascii')",
]
DROP_SQL = [f"DROP TABLE IF EXISTS {name}" for name in ("search_fts", "search_text", "search_tag", "search_doc")]


def fts5_string(alt: Alternative) -> str:
    """One alternative as an FTS5 string: every token double-quoted (tokens are letters/digits only)."""
    phrase = '"' + " ".join(alt.tokens) + '"'
    return phrase + "*" if alt.prefix else phrase


def fts5_form(title: str, body: str, lang: str) -> tuple[str, str]:
    """A version's row of search_fts: its analysed title and body."""
    return analysis.analyse_document(title, lang), analysis.analyse_document(body, lang)


def compile_fts5(query: Query) -> str | None:
    """The FTS5 MATCH expression for a parsed query; None when nothing positive is left."""
    return compile_boolean(query, term=fts5_string, any_of=" OR ", all_of=" AND ", but_not=" NOT ")


class SQLiteFTS5Backend(GroupedSQLBackend):
    name = "sqlite_fts5"
    # Phrases: FTS5 keeps token positions (detail=full).
    supports_phrases = True
    # Prefixes: FTS5 `"tok"*` over the analysed tokens (and a one-character Chinese query over bigrams).
    supports_prefix = True

    def _compile(self, query: Query) -> str | None:
        return compile_fts5(query)

    def _hits_sql(self, compiled: str, filters: Filters, public_only: bool) -> tuple[str, list]:
        where, params = filter_sql(filters, public_only)
        # CROSS JOIN keeps FTS5 as the outer loop: the narrow row is looked up by primary key per hit.
        sql = (
            "SELECT d.version_id AS vid, d.resource_id AS rid, d.facet_bits AS fb, d.lang_bit AS lb,"
            f" -bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score"
            " FROM search_fts CROSS JOIN search_doc d ON d.version_id = search_fts.rowid"
            f" WHERE search_fts MATCH %s{where}"
        )
        return sql, [compiled, *params]

    text_form = staticmethod(fts5_form)

    def _write_text_index(self, cursor, batch: list[IndexEntry], forms: list) -> None:
        cursor.executemany(
            "INSERT INTO search_fts (rowid, title, body) VALUES (%s, %s, %s)",
            [(entry.version_id, title, body) for entry, (title, body) in zip(batch, forms, strict=True)],
        )

    def _delete_text_index(self, cursor, version_ids: list[int]) -> None:
        cursor.execute(f"DELETE FROM search_fts WHERE rowid IN ({_marks(version_ids)})", version_ids)

    def _clear(self, cursor) -> None:
        cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
        for table in ("search_text", "search_tag", "search_doc", "search_bit"):
            cursor.execute(f"DELETE FROM {table}")

    def optimize(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
