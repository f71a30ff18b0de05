"""What both SQL backends share: the narrow tables, grouping by resource, facets, the page.

Each engine only says how to store analysed text (`_write_text_index`) and how to find and score
the matching versions (`_hits_sql`). Everything else is one statement over a MATERIALIZED CTE of
hits: the count, the facets (on the narrow tables only, never the wide text), the page of
resources and their matching versions. Snippets are then made in Python for that page alone.

Tables (created by the search app's migration):
  search_doc(version_id, resource_id, lang, kind, public)  one narrow row per language version
  search_tag(resource_id, facet, value)                    themes and audiences of a resource
  search_text(version_id, title, body)                     the original text, for snippets
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from django.db import connections, transaction

from pkhub.search.backends.base import Filters, IndexEntry, ResourceHit, SearchBackend, SearchResults, VersionHit
from pkhub.search.highlight import Highlighter
from pkhub.search.query import Query, parse

BATCH_SIZE = 500
FACETS = ("kind", "lang", "theme", "audience")
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
        for batch in batched(entries, BATCH_SIZE):
            # Last entry wins when a batch names a version twice.
            batch = list({entry.version_id: entry for entry in batch}.values())
            with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
                self._delete_rows(cursor, [entry.version_id for entry in batch])
                self._write_docs(cursor, batch)
                cursor.executemany(
                    "INSERT INTO search_text (version_id, title, body) VALUES (%s, %s, %s)",
                    [(e.version_id, _clean(e.title), _clean(e.body)) for e in batch],
                )
                self._write_text_index(cursor, batch)
                self._write_tags(cursor, batch)
            written += len(batch)
        return written

    def _write_docs(self, cursor, batch: list[IndexEntry]) -> None:
        cursor.executemany(
            "INSERT INTO search_doc (version_id, resource_id, lang, kind, public) VALUES (%s, %s, %s, %s, %s)",
            [(e.version_id, e.resource_id, e.lang, e.kind, bool(e.public)) for e in batch],
        )

    def _write_tags(self, cursor, batch: list[IndexEntry]) -> None:
        tags: dict[int, set[tuple[str, str]]] = {}
        for entry in batch:
            found = tags.setdefault(entry.resource_id, set())
            found.update(("theme", slug) for slug in entry.themes)
            found.update(("audience", slug) for slug in entry.audiences)
        resource_ids = list(tags)
        cursor.execute(f"DELETE FROM search_tag WHERE resource_id IN ({_marks(resource_ids)})", resource_ids)
        cursor.executemany(
            "INSERT INTO search_tag (resource_id, facet, value) VALUES (%s, %s, %s)",
            [(rid, facet, value) for rid, pairs in tags.items() for facet, value in sorted(pairs)],
        )

    def _delete_rows(self, cursor, version_ids: list[int]) -> None:
        marks = _marks(version_ids)
        self._delete_text_index(cursor, version_ids)
        cursor.execute(f"DELETE FROM search_doc WHERE version_id IN ({marks})", version_ids)
        cursor.execute(f"DELETE FROM search_text WHERE version_id IN ({marks})", version_ids)

    def delete(self, version_ids: Iterable[int]) -> None:
        for batch in batched((int(v) for v in version_ids), BATCH_SIZE):
            with transaction.atomic(using=self.alias), self.connection.cursor() as cursor:
                self._delete_rows(cursor, batch)
                # Tags of resources left without any version go too.
                cursor.execute(
                    "DELETE FROM search_tag WHERE NOT EXISTS"
                    " (SELECT 1 FROM search_doc d WHERE d.resource_id = search_tag.resource_id)"
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
        params += more(limit, offset)
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        results = _assemble(rows, with_facets, prefer_lang)
        if with_snippets and results.hits:
            self._add_snippets(results.hits, Highlighter.for_query(parsed))
        return results

    def _add_snippets(self, hits: list[ResourceHit], highlighter: Highlighter) -> None:
        versions = {v.version_id: v for hit in hits for v in hit.versions}
        ids = list(versions)
        with self.connection.cursor() as cursor:
            cursor.execute(f"SELECT version_id, title, body FROM search_text WHERE version_id IN ({_marks(ids)})", ids)
            for version_id, title, body in cursor.fetchall():
                version = versions[version_id]
                version.title_html = highlighter.title(title or "", version.lang)
                version.snippet = highlighter.snippet(body or "", version.lang)

    # --- What each engine provides ------------------------------------------------------------

    def _compile(self, query: Query) -> str | None:
        raise NotImplementedError

    def _hits_sql(self, compiled: str, filters: Filters, public_only: bool) -> tuple[str, list]:
        """SQL selecting (vid, rid, lang, kind, score) of matching versions; higher score is better."""
        raise NotImplementedError

    def _write_text_index(self, cursor, batch: list[IndexEntry]) -> None:
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


def _grouped_sql(hits_sql: str, *, with_facets: bool, with_page: bool):
    parts = ["SELECT 0 AS part, CAST(NULL AS TEXT) AS facet, CAST(NULL AS TEXT) AS value, count(*) AS n,"
             " CAST(NULL AS BIGINT) AS vid, CAST(NULL AS BIGINT) AS rid, CAST(NULL AS FLOAT) AS score FROM res"]
    if with_facets:
        parts += [
            "SELECT 1, 'kind', kind, count(*), NULL, NULL, NULL FROM res GROUP BY kind",
            "SELECT 1, 'lang', lang, count(DISTINCT rid), NULL, NULL, NULL FROM hits GROUP BY lang",
            "SELECT 1, t.facet, t.value, count(*), NULL, NULL, NULL"
            " FROM res JOIN search_tag t ON t.resource_id = res.rid GROUP BY t.facet, t.value",
        ]
    ctes = [f"hits AS MATERIALIZED ({hits_sql})",
            "res AS MATERIALIZED (SELECT rid, max(score) AS score, min(kind) AS kind FROM hits GROUP BY rid)"]
    if with_page:
        ctes.append("page AS MATERIALIZED (SELECT rid, score FROM res ORDER BY score DESC, rid LIMIT %s OFFSET %s)")
        parts += [
            "SELECT 2, NULL, NULL, NULL, NULL, rid, score FROM page",
            "SELECT 3, NULL, lang, NULL, vid, rid, score FROM hits WHERE rid IN (SELECT rid FROM page)",
        ]
    sql = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts)
    return sql, (lambda limit, offset: [limit, offset] if with_page else [])


def _assemble(rows, with_facets: bool, prefer_lang: str | None) -> SearchResults:
    count = 0
    facets: dict[str, dict[str, int]] = {name: {} for name in FACETS} if with_facets else {}
    page: dict[int, ResourceHit] = {}
    versions: list[tuple] = []
    for part, facet, value, n, vid, rid, score in rows:
        if part == 0:
            count = n
        elif part == 1 and value is not None:
            facets.setdefault(facet, {})[value] = n
        elif part == 2:
            page[rid] = ResourceHit(resource_id=rid, score=float(score))
        elif part == 3:
            versions.append((rid, VersionHit(version_id=vid, lang=value, score=float(score))))
    for rid, version in versions:
        page[rid].versions.append(version)
    hits = sorted(page.values(), key=lambda hit: (-hit.score, hit.resource_id))
    for hit in hits:
        hit.versions.sort(key=lambda v: (v.lang != prefer_lang, -v.score, v.version_id))
    for name in facets:
        facets[name] = dict(sorted(facets[name].items(), key=lambda item: (-item[1], item[0])))
    return SearchResults(count=count, hits=hits, facets=facets)
