"""The statements of `GroupedSQLBackend.search` and the assembly of their rows (see grouped.py).

Shared by both engines; `hits_sql` is the engine's SELECT of (vid, rid, fb, lb, score).
"""

from __future__ import annotations

from pkhub.search.backends.base import ResourceHit, SearchResults, VersionHit

FACETS = ("kind", "lang", "theme", "audience")
LANG_BITS = {"ar": 1, "zh": 2, "en": 4, "fr": 8, "ru": 16, "es": 32}
OTHER_LANG_BIT = 1 << 40  # any other language; far above the sum of the six
BIT_LANGS = {bit: lang for lang, bit in LANG_BITS.items()}
# facet_bits: kind number in the low KIND_BITS, then AUDIENCE_BITS audience bits, then theme bits.
KIND_BITS, AUDIENCE_BITS, THEME_BITS = 6, 16, 40
AUDIENCE_SHIFT = KIND_BITS
THEME_SHIFT = KIND_BITS + AUDIENCE_BITS
FACET_OVERFLOW = -1  # a value without a bit: count this search's facets on search_tag


def _grouped_sql(hits_sql: str, *, with_facets: bool, with_page: bool):
    """One statement: the count (part 0), facet groups (1), languages (5), the bit numbers (4),
    the page (2) and its matching versions (3).

    Columns: part, facet, value, key, n, vid, rid, score.
    """
    ctes = [
        f"hits AS MATERIALIZED ({hits_sql})",
        # Integer aggregates only: a text column or a DISTINCT here doubles the cost of the query.
        "res AS MATERIALIZED (SELECT rid, max(score) AS score, max(fb) AS fb, CAST(sum(lb) AS BIGINT) AS langs,"
        " count(*) AS versions FROM hits GROUP BY rid)",
    ]
    parts = [
        "SELECT 0 AS part, CAST(NULL AS TEXT) AS facet, CAST(NULL AS TEXT) AS value, CAST(NULL AS BIGINT) AS k,"
        " count(*) AS n, CAST(NULL AS BIGINT) AS vid, CAST(NULL AS BIGINT) AS rid, CAST(NULL AS FLOAT) AS score"
        " FROM res"
    ]
    if with_facets:
        kind_mask, audience_mask = 2**KIND_BITS - 1, 2**AUDIENCE_BITS - 1
        # One small GROUP BY per facet: grouping by the whole of facet_bits would give a row per resource.
        for facet, key in (
            ("kind", f"fb & {kind_mask}"),
            ("audience", f"(fb >> {AUDIENCE_SHIFT}) & {audience_mask}"),
            ("theme", f"fb >> {THEME_SHIFT}"),  # FACET_OVERFLOW stays negative
        ):
            parts.append(f"SELECT 1, '{facet}', NULL, {key}, count(*), NULL, NULL, NULL FROM res GROUP BY {key}")
        parts += [
            "SELECT 5, NULL, NULL, langs, count(*), versions, NULL, NULL FROM res GROUP BY langs, versions",
            "SELECT 4, facet, value, bit, NULL, NULL, NULL, NULL FROM search_bit",
        ]
    if with_page:
        ctes.append("page AS MATERIALIZED (SELECT rid, score FROM res ORDER BY score DESC, rid LIMIT %s OFFSET %s)")
        parts += [
            "SELECT 2, NULL, NULL, NULL, NULL, NULL, rid, score FROM page",
            "SELECT 3, NULL, d.lang, NULL, NULL, h.vid, h.rid, h.score"
            " FROM hits h JOIN search_doc d ON d.version_id = h.vid WHERE h.rid IN (SELECT rid FROM page)",
        ]
    sql = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts)
    return sql, (lambda limit, offset: [limit, offset] if with_page else [])


def _tag_facets_sql(hits_sql: str) -> str:
    """Facets counted on search_tag and search_doc: slower, but exact whatever the languages."""
    return (
        f"WITH hits AS MATERIALIZED ({hits_sql}),"
        " res AS MATERIALIZED (SELECT h.rid, min(d.kind) AS kind FROM hits h"
        " JOIN search_doc d ON d.version_id = h.vid GROUP BY h.rid)"
        " SELECT 'kind', kind, count(*) FROM res GROUP BY kind"
        " UNION ALL SELECT 'lang', d.lang, count(DISTINCT h.rid) FROM hits h"
        " JOIN search_doc d ON d.version_id = h.vid GROUP BY d.lang"
        " UNION ALL SELECT t.facet, t.value, count(*) FROM res JOIN search_tag t ON t.resource_id = res.rid"
        " GROUP BY t.facet, t.value"
    )


def _sorted_facets(facets: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    return {
        name: dict(sorted(values.items(), key=lambda item: (-item[1], item[0])))
        for name, values in facets.items()
    }


def _facets_from_rows(rows) -> dict[str, dict[str, int]]:
    facets: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for facet, value, n in rows:
        if value is not None:
            facets[facet][value] = n
    return _sorted_facets(facets)


def _set_bits(key: int):
    while key:
        low = key & -key
        yield low.bit_length() - 1
        key ^= low


def _assemble(rows, with_facets: bool, prefer_lang: str | None) -> tuple[SearchResults, bool]:
    """The results, and whether their facets are exact (see the module docstring)."""
    count = 0
    exact = True
    page: dict[int, ResourceHit] = {}
    versions: list[tuple] = []
    groups: list[tuple[str, int, int]] = []
    names: dict[tuple[str, int], str] = {}
    langs: dict[str, int] = {}
    for part, facet, value, key, n, vid, rid, score in rows:
        if part == 0:
            count = n
        elif part == 1:
            groups.append((facet, key, n))
        elif part == 4:
            names[(facet, key)] = value
        elif part == 5:
            if key >= OTHER_LANG_BIT or key.bit_count() != vid:
                exact = False
            for bit in _set_bits(key):
                lang = BIT_LANGS.get(1 << bit)
                if lang:
                    langs[lang] = langs.get(lang, 0) + n
        elif part == 2:
            page[rid] = ResourceHit(resource_id=rid, score=float(score))
        elif part == 3:
            versions.append((rid, VersionHit(version_id=vid, lang=value, score=float(score))))
    facets: dict[str, dict[str, int]] = {}
    if with_facets:
        facets = {"kind": {}, "lang": langs, "theme": {}, "audience": {}}
        for facet, key, n in groups:
            if key < 0:
                exact = False
                continue
            found = facets[facet]
            for number in [key] if facet == "kind" else _set_bits(key):
                name = names.get((facet, number))
                if name is None:
                    exact = False
                else:
                    found[name] = found.get(name, 0) + n
    for rid, version in versions:
        page[rid].versions.append(version)
    hits = sorted(page.values(), key=lambda hit: (-hit.score, hit.resource_id))
    for hit in hits:
        hit.versions.sort(key=lambda v: (v.lang != prefer_lang, -v.score, v.version_id))
    return SearchResults(count=count, hits=hits, facets=_sorted_facets(facets)), exact
