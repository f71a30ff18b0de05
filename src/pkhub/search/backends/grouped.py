"""What both SQL backends share: the narrow tables, grouping by resource, facets, the page.

Each engine only says how to store analysed text (`_write_text_index`) and how to find and score
the matching versions (`_hits_sql`). Everything else is one statement over a MATERIALIZED CTE of
hits: the count, the facets (on the narrow tables only, never the wide text), the page of
resources and their matching versions. Snippets are then made in Python for that page alone.

Facets cost one GROUP BY over the matching resources with integer aggregates only: each version
row carries `lang_bit` (a bit per content language) and `facet_bits` (its resource's kind number,
audience bits and theme bits packed in one integer, numbered in `search_bit`), so a resource's
languages are the sum of its hits' bits, and the facets three small GROUP BYs over the resources
(by theme bits, by kind and audience bits, by languages) whose few hundred rows Python expands bit
by bit. When that cannot be trusted (a language outside
LANG_BITS, two hits of one resource in one language, or more values than bits), the facets are
counted the slower way, on `search_tag` (`_tag_facets_sql`).

Tables (created by the search app's migrations):
  search_doc(version_id, resource_id, lang, kind, public, lang_bit, facet_bits)  one per version
  search_bit(facet, value, bit)              the number of each kind, theme and audience
  search_tag(resource_id, facet, value)      themes and audiences of a resource (filters)
  search_text(version_id, title, body)       the original text, for snippets
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from itertools import islice

from django.db import connections, transaction

from pkhub.search import parallel
from pkhub.search.backends.base import Filters, IndexEntry, SearchBackend, SearchResults, VersionHit
from pkhub.search.backends.grouped_sql import (
    AUDIENCE_BITS,
    AUDIENCE_SHIFT,
    FACET_OVERFLOW,
    FACETS,
    KIND_BITS,
    LANG_BITS,
    OTHER_LANG_BIT,
    THEME_BITS,
    THEME_SHIFT,
    _assemble,
    _facets_from_rows,
    _grouped_sql,
    _tag_facets_sql,
)
from pkhub.search.highlight import Highlighter
from pkhub.search.query import Query, parse

BATCH_SIZE = 500
MAX_LIMIT = 100
MAX_OFFSET = 10_000


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def empty_results(with_facets: bool = True) -> SearchResults:
    return SearchResults(count=0, hits=[], facets={name: {} for name in FACETS} if with_facets else {})


class GroupedSQLBackend(SearchBackend):
    """A backend whose index lives in SQL tables beside the narrow ones."""

    # Facet counts are numbers of matching resources, with every filter applied.
    facets_count_resources = True

    @property
    def connection(self):
        return connections[self.alias]

    # --- Writing ------------------------------------------------------------------------------

    def index_many(self, entries: Iterable[IndexEntry]) -> int:
        written = 0
        # Last entry wins when a batch names a version twice.
        batches = (list({entry.version_id: entry for entry in batch}.values()) for batch in batched(entries, BATCH_SIZE))
        for batch, forms in parallel.with_forms(batches, self.text_form):
            with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
                self._delete_rows(cursor, [entry.version_id for entry in batch])
                tags, packed = self._facets(cursor, batch)
                self._write_docs(cursor, batch, forms, packed)
                cursor.executemany(
                    "INSERT INTO search_text (version_id, title, body) VALUES (%s, %s, %s)",
                    [(e.version_id, _clean(e.title), _clean(e.body)) for e in batch],
                )
                self._write_text_index(cursor, batch, forms)
                self._write_tags(cursor, tags, packed)
            written += len(batch)
        return written

    def _facets(self, cursor, batch: list[IndexEntry]) -> tuple[dict[int, set[tuple[str, str]]], dict[int, int]]:
        """Each resource's (facet, value) pairs in this batch, and its facet_bits."""
        tags: dict[int, set[tuple[str, str]]] = {}
        kinds: dict[int, str] = {}
        for entry in batch:
            found = tags.setdefault(entry.resource_id, set())
            found.update(("theme", slug) for slug in entry.themes)
            found.update(("audience", slug) for slug in entry.audiences)
            kinds[entry.resource_id] = min(kinds.get(entry.resource_id, entry.kind), entry.kind)
        bits = self._value_bits(cursor, {("kind", k) for k in kinds.values()} | {p for ps in tags.values() for p in ps})
        return tags, {rid: pack_facets(bits, kinds[rid], pairs) for rid, pairs in tags.items()}

    def _write_docs(self, cursor, batch: list[IndexEntry], forms: list, packed: dict[int, int]) -> None:
        cursor.executemany(
            "INSERT INTO search_doc (version_id, resource_id, lang, kind, public, lang_bit, facet_bits)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s)",
            [
                (e.version_id, e.resource_id, e.lang, e.kind, bool(e.public), lang_bit(e.lang), packed[e.resource_id])
                for e in batch
            ],
        )

    def _write_tags(self, cursor, tags: dict[int, set[tuple[str, str]]], packed: dict[int, int]) -> None:
        resource_ids = list(tags)
        cursor.execute(f"DELETE FROM search_tag WHERE resource_id IN ({_marks(resource_ids)})", resource_ids)
        cursor.executemany(
            "INSERT INTO search_tag (resource_id, facet, value) VALUES (%s, %s, %s)",
            [(rid, facet, value) for rid, pairs in tags.items() for facet, value in sorted(pairs)],
        )
        # Versions of these resources indexed before get the batch's facets too. Rows that already
        # hold them are not rewritten: on PostgreSQL a rewritten row is a new row version, indexed
        # again in the GIN index with all its lexemes.
        cursor.executemany(
            "UPDATE search_doc SET facet_bits = %s WHERE resource_id = %s AND facet_bits <> %s",
            [(bits, rid, bits) for rid, bits in packed.items()],
        )

    def _value_bits(self, cursor, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """The bit (or kind number) of each (facet, value), numbering those not seen before."""
        found: dict[tuple[str, str], int] = {}
        for facet, value in sorted(pairs):
            for _attempt in range(3):  # another writer may take the same number at the same time
                cursor.execute("SELECT bit FROM search_bit WHERE facet = %s AND value = %s", [facet, value])
                row = cursor.fetchone()
                if row is not None:
                    found[(facet, value)] = row[0]
                    break
                cursor.execute(
                    "INSERT INTO search_bit (facet, value, bit) SELECT %s, %s, coalesce(max(bit) + 1, 0)"
                    " FROM search_bit WHERE facet = %s ON CONFLICT DO NOTHING",
                    [facet, value, facet],
                )
        return found

    def _delete_rows(self, cursor, version_ids: list[int]) -> None:
        marks = _marks(version_ids)
        self._delete_text_index(cursor, version_ids)
        cursor.execute(f"DELETE FROM search_doc WHERE version_id IN ({marks})", version_ids)
        cursor.execute(f"DELETE FROM search_text WHERE version_id IN ({marks})", version_ids)

    def delete(self, version_ids: Iterable[int]) -> None:
        for batch in batched((int(v) for v in version_ids), BATCH_SIZE):
            with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
                cursor.execute(f"SELECT DISTINCT resource_id FROM search_doc WHERE version_id IN ({_marks(batch)})", batch)
                resource_ids = [row[0] for row in cursor.fetchall()]
                self._delete_rows(cursor, batch)
                # The tags of these resources go when none of their versions is left. Asked of these
                # alone: asked of every tag, it was 22-85 ms a deleted version at 100,000 versions.
                cursor.execute(
                    f"DELETE FROM search_tag WHERE resource_id IN ({_marks(resource_ids)}) AND NOT EXISTS"
                    " (SELECT 1 FROM search_doc d WHERE d.resource_id = search_tag.resource_id)",
                    resource_ids,
                )

    def rebuild(self, entries: Iterable[IndexEntry]) -> int:
        with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
            self._clear(cursor)
        written = self.index_many(entries)
        self.optimize()
        return written

    def optimize(self) -> None:
        """Compacts the text index after a bulk load (optional; searches work without it)."""

    def stats(self) -> dict[str, int]:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT count(*), count(DISTINCT resource_id) FROM search_doc")
            versions, resources = cursor.fetchone()
        return {"versions": versions, "resources": resources}

    # --- Reading ------------------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        filters: Filters | None = None,
        public_only: bool = True,
        prefer_lang: str | None = None,
        offset: int = 0,
        limit: int = 10,
        with_facets: bool = True,
        with_snippets: bool = True,
    ) -> SearchResults:
        parsed = query if isinstance(query, Query) else parse(query, ui_lang=prefer_lang)
        compiled = None if parsed.is_empty else self._compile(parsed)
        if not compiled:
            return empty_results(with_facets)
        offset = min(max(0, int(offset)), MAX_OFFSET)
        limit = min(max(0, int(limit)), MAX_LIMIT)
        hits_sql, params = self._hits_sql(compiled, filters or Filters(), public_only)
        sql, more = _grouped_sql(hits_sql, with_facets=with_facets, with_page=limit > 0)
        with self.connection.cursor() as cursor, self._planning(cursor):
            cursor.execute(sql, params + more(limit, offset))
            rows = cursor.fetchall()
            results, exact = _assemble(rows, with_facets, prefer_lang)
            if not exact:
                cursor.execute(_tag_facets_sql(hits_sql), params)
                results.facets = _facets_from_rows(cursor.fetchall())
        if with_snippets:
            self.add_snippets(parsed, [v for hit in results.hits for v in hit.versions])
        return results

    def add_snippets(self, query: str | Query, versions: list[VersionHit], *, prefer_lang: str | None = None) -> None:
        """Fills the snippet and highlighted title of these hits, in one read of their text."""
        if not versions:
            return
        parsed = query if isinstance(query, Query) else parse(query, ui_lang=prefer_lang)
        highlighter = Highlighter.for_query(parsed)
        by_id = {v.version_id: v for v in versions}
        ids = list(by_id)
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT version_id, title, body FROM search_text WHERE version_id IN ({_marks(ids)})", ids)
            for version_id, title, body in cursor.fetchall():
                version = by_id[version_id]
                version.title_html = highlighter.title(title or "", version.lang)
                version.snippet = highlighter.snippet(body or "", version.lang)

    # --- What each engine provides ------------------------------------------------------------

    def _planning(self, cursor):
        """Planner settings for the search statements (none by default)."""
        return contextlib.nullcontext()

    def _compile(self, query: Query) -> str | None:
        raise NotImplementedError

    def _hits_sql(self, compiled: str, filters: Filters, public_only: bool) -> tuple[str, list]:
        """SQL selecting (vid, rid, fb, lb, score) of matching versions; higher score is better."""
        raise NotImplementedError

    @staticmethod
    def text_form(title: str, body: str, lang: str) -> object:
        """What the engine stores for a version's text, made from the analysed tokens. A pure
        function of module level: `pkhub.search.parallel` may run it in another process."""
        raise NotImplementedError

    def _write_text_index(self, cursor, batch: list[IndexEntry], forms: list) -> None:
        """Stores each entry's `text_form` (forms[i] is batch[i]'s)."""
        raise NotImplementedError

    def _delete_text_index(self, cursor, version_ids: list[int]) -> None:
        raise NotImplementedError

    def _clear(self, cursor) -> None:
        raise NotImplementedError


def _marks(values: list) -> str:
    return ", ".join(["%s"] * len(values)) or "NULL"


def _clean(text: str) -> str:
    # NUL cannot be stored by PostgreSQL; lone surrogates cannot be encoded at all.
    return (text or "").replace("\x00", " ").encode("utf-8", "replace").decode("utf-8")


def lang_bit(lang: str) -> int:
    return LANG_BITS.get(lang, OTHER_LANG_BIT)


def pack_facets(bits: dict[tuple[str, str], int], kind: str, pairs) -> int:
    """A resource's facet_bits; FACET_OVERFLOW when one of its values has no room."""
    packed = bits.get(("kind", kind), 2**KIND_BITS)
    if packed >= 2**KIND_BITS:
        return FACET_OVERFLOW
    for facet, value in pairs:
        bit = bits.get((facet, value), THEME_BITS)
        if bit >= (THEME_BITS if facet == "theme" else AUDIENCE_BITS):
            return FACET_OVERFLOW
        packed |= 1 << (bit + (THEME_SHIFT if facet == "theme" else AUDIENCE_SHIFT))
    return packed


def filter_sql(filters: Filters, public_only: bool) -> tuple[str, list]:
    """The WHERE conditions on search_doc (aliased d) for the filters, and their parameters."""
    conditions, params = [], []
    if public_only:
        conditions.append("d.public = %s")
        params.append(True)
    for column in ("kind", "lang"):
        value = getattr(filters, column)
        if value:
            conditions.append(f"d.{column} = %s")
            params.append(str(value))
    for facet in ("theme", "audience"):
        value = getattr(filters, facet)
        if value:
            conditions.append("d.resource_id IN (SELECT resource_id FROM search_tag WHERE facet = %s AND value = %s)")
            params += [facet, str(value)]
    return "".join(f" AND {c}" for c in conditions), params
