"""PostgreSQL full text: the scale-out backend.

`search_doc.tsv` is a tsvector written from the *analysed* tokens (see `pkhub.search.analysis`),
built in Python as a tsvector literal so that PostgreSQL's parser cannot split them differently:
title tokens carry weight A, body tokens weight B. A GIN index answers `@@`; ts_rank scores,
with weights that put a title match far above a body match. Queries are tsquery literals made of
analysed tokens (letters and digits only) passed as a bound parameter, never `to_tsquery(user text)`.
"""

from __future__ import annotations

import contextlib

from django.db import DatabaseError, transaction

from pkhub.search import analysis
from pkhub.search.backends.base import Filters, IndexEntry
from pkhub.search.backends.grouped import GroupedSQLBackend, filter_sql, lang_bit
from pkhub.search.query import Alternative, Query, compile_boolean

# ts_rank weights in the order {D, C, B, A}: body is B, title is A.
RANK_WEIGHTS = "{0.01, 0.02, 0.1, 1.0}"
# A tsvector's limits: positions stop at 16,383, a lexeme keeps 255 of them, a lexeme is at most
# 2,046 bytes, and all lexemes with their positions fit in 1 MB (PostgreSQL refuses more; 1,000,000
# leaves room for the alignment bytes this estimate does not count exactly).
MAX_POSITION = 16383
MAX_POSITIONS_PER_TOKEN = 255
MAX_LEXEME_BYTES = 2046
MAX_TSVECTOR_BYTES = 1_000_000
# The planner settings of the search statements (`PostgresBackend._planning` says why); the bench's
# bare engine connects with them too, so that both are timed on the same plan.
SEARCH_SETTINGS = (("enable_seqscan", "off"), ("jit", "off"))
# Memory for sorting new GIN entries into the index (`_write_docs`, `optimize`).
INDEX_WORK_MEM = "64MB"
SEARCH_OPTIONS = " ".join(f"-c {name}={value}" for name, value in SEARCH_SETTINGS)  # as libpq `options`

CREATE_SQL = [
    "CREATE TABLE IF NOT EXISTS search_doc (version_id bigint PRIMARY KEY, resource_id bigint NOT NULL,"
    " lang varchar(8) NOT NULL, kind varchar(64) NOT NULL, public boolean NOT NULL, tsv tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS search_doc_resource ON search_doc (resource_id)",
    "CREATE INDEX IF NOT EXISTS search_doc_tsv ON search_doc USING gin (tsv)",
    "CREATE TABLE IF NOT EXISTS search_tag (resource_id bigint NOT NULL, facet varchar(16) NOT NULL,"
    " value varchar(200) NOT NULL, PRIMARY KEY (resource_id, facet, value))",
    "CREATE INDEX IF NOT EXISTS search_tag_value ON search_tag (facet, value, resource_id)",
    "CREATE TABLE IF NOT EXISTS search_text (version_id bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL)",
]
DROP_SQL = [f"DROP TABLE IF EXISTS {name}" for name in ("search_text", "search_tag", "search_doc")]


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


# "1A" … "16383B": a tsvector's position entries, formatted once rather than for each token.
_POSITION_ENTRIES = {
    weight: [f"{position}{weight}" for position in range(MAX_POSITION + 1)] for weight in "AB"
}


def tsvector_literal(title: str, body: str, lang: str) -> str:
    """The tsvector of a version: analysed title tokens at weight A, then body tokens at weight B.

    Positions count from 1 over the title, skip one (a phrase does not run from the title into the
    body) and go on over the body. Words past position 16,383 all take that last position, as
    PostgreSQL's own to_tsvector does: the last page of a long manual is found by its words,
    though not by a phrase. Within the limits of a tsvector (above), a longer word is left out
    and the lexemes kept are the document's first ones. This runs once per indexed version, in
    the analysis worker: a dictionary look-up and an append per token, formatting per lexeme.
    """
    positions: dict[str, list[str]] = {}
    start = 1
    for weight, text in (("A", title), ("B", body)):
        tokens = analysis.analyse_document(text, lang).split()
        entries = _POSITION_ENTRIES[weight]
        numbered = max(0, MAX_POSITION + 1 - start)
        for position, token in enumerate(tokens[:numbered], start):
            found = positions.get(token)
            if found is None:
                positions[token] = [entries[position]]
            else:
                found.append(entries[position])
        last = entries[MAX_POSITION]
        for token in tokens[numbered:]:
            found = positions.get(token)
            if found is None:
                positions[token] = [last]
            elif found[-1] != last:
                found.append(last)
        start += len(tokens) + 1
    # At most 4 bytes a character: a document of ordinary words is well within the limits.
    fits = (
        4 * max(map(len, positions), default=0) <= MAX_LEXEME_BYTES
        and 4 * sum(map(len, positions)) + 3 * len(positions) + 2 * sum(map(len, positions.values()))
        <= MAX_TSVECTOR_BYTES
    )
    kept = positions.items() if fits else _within_limits(positions)
    return " ".join(f"{_lexeme(token)}:{','.join(found[:MAX_POSITIONS_PER_TOKEN])}" for token, found in kept)


def _within_limits(positions: dict[str, list[str]]):
    """The (lexeme, positions) pairs a tsvector can hold, counted exactly: the document's first
    ones, without a lexeme longer than MAX_LEXEME_BYTES, up to MAX_TSVECTOR_BYTES in all."""
    room = MAX_TSVECTOR_BYTES
    for token, found in positions.items():
        size = len(token.encode())
        if size > MAX_LEXEME_BYTES:
            continue
        # The lexeme, an alignment byte, a count, its positions.
        room -= size + 3 + 2 * min(len(found), MAX_POSITIONS_PER_TOKEN)
        if room < 0:
            return
        yield token, found


def tsquery_string(alt: Alternative) -> str:
    if alt.prefix:
        return f"{_lexeme(alt.tokens[0])}:*"
    if len(alt.tokens) == 1:
        return _lexeme(alt.tokens[0])
    return "(" + " <-> ".join(_lexeme(t) for t in alt.tokens) + ")"


def compile_tsquery(query: Query) -> str | None:
    """The tsquery literal for a parsed query; None when nothing positive is left."""
    return compile_boolean(query, term=tsquery_string, any_of=" | ", all_of=" & ", but_not=" & !")


class PostgresBackend(GroupedSQLBackend):
    name = "postgres"
    # Phrases: tsquery `<->` over the positions kept in the tsvector (the first 16,383 tokens).
    supports_phrases = True
    # Prefixes: tsquery `'tok':*`.
    supports_prefix = True

    def _compile(self, query: Query) -> str | None:
        return compile_tsquery(query)

    def _hits_sql(self, compiled: str, filters: Filters, public_only: bool) -> tuple[str, list]:
        where, params = filter_sql(filters, public_only)
        sql = (
            "SELECT d.version_id AS vid, d.resource_id AS rid, d.facet_bits AS fb, d.lang_bit AS lb,"
            f" ts_rank('{RANK_WEIGHTS}', d.tsv, q.q)::float AS score"
            " FROM (SELECT CAST(%s AS tsquery) AS q) q JOIN search_doc d ON d.tsv @@ q.q"
            f" WHERE true{where}"
        )
        return sql, [compiled, *params]

    text_form = staticmethod(tsvector_literal)

    @contextlib.contextmanager
    def _planning(self, cursor):
        """No sequential scan of search_doc and no JIT compilation for the search statements.

        The planner costs a sequential scan by the heap's pages only (10 MB at 100,000 versions),
        not by the tsvectors each row's `@@` and `ts_rank` detoast from TOAST (1.9 GB): for a word
        in a third of the versions it scanned them all, 1,367 ms, where the GIN bitmap scan takes
        643 ms (EXPLAIN ANALYZE, bench/README.md "Findings (2026-12-04)"). With sequential scans
        off, the one left (of search_bit, 50 rows, which has no other way) is costed at 10^10,
        which sets off JIT compilation: 278 of a statement's 298 ms at 10,000 versions, against 23
        ms without it ("Findings (2026-12-04, evening)"). Both settings are put back as they were
        after the statements.
        """
        names = [name for name, _value in SEARCH_SETTINGS]
        cursor.execute("SELECT " + ", ".join(f"current_setting('{name}')" for name in names))
        before = cursor.fetchone()
        cursor.execute("; ".join(f"SET {name} = {value}" for name, value in SEARCH_SETTINGS))
        try:
            yield
        finally:
            try:
                cursor.execute("SELECT " + ", ".join(f"set_config('{name}', %s, false)" for name in names), before)
            except DatabaseError:  # an aborted transaction: its rollback undoes the SET anyway
                pass

    def _write_docs(self, cursor, batch: list[IndexEntry], forms: list, packed: dict[int, int]) -> None:
        # When an insert takes the GIN pending list past its 16 MB (migration 0007), PostgreSQL
        # sorts the list into the index in `work_mem`: 64 MB does it in one pass. For this
        # transaction only.
        cursor.execute(f"SET LOCAL work_mem = '{INDEX_WORK_MEM}'")
        cursor.executemany(
            "INSERT INTO search_doc (version_id, resource_id, lang, kind, public, lang_bit, facet_bits, tsv)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, CAST(%s AS tsvector))",
            [
                (e.version_id, e.resource_id, e.lang, e.kind, bool(e.public), lang_bit(e.lang), packed[e.resource_id], tsv)
                for e, tsv in zip(batch, forms, strict=True)
            ],
        )

    def _write_text_index(self, cursor, batch: list[IndexEntry], forms: list) -> None:
        """Written with the narrow row (`_write_docs`)."""

    def _delete_text_index(self, cursor, version_ids: list[int]) -> None:
        """The tsvector lives in search_doc, deleted with it."""

    def _clear(self, cursor) -> None:
        cursor.execute("TRUNCATE search_doc, search_text, search_tag, search_bit")

    def optimize(self) -> None:
        """Moves the GIN pending list into the index (migration 0007): every search reads that list
        in full, so a bulk write (`rebuild`, the bench's load) leaves it empty."""
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL maintenance_work_mem = '{INDEX_WORK_MEM}'")
            cursor.execute("SELECT gin_clean_pending_list('search_doc_tsv'::regclass)")
