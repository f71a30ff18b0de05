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
KIND_AUDIENCE_MASK = 2 ** (KIND_BITS + AUDIENCE_BITS) - 1
FACET_OVERFLOW = -1  # a value without a bit: count this search's facets on search_tag


def _grouped_sql(hits_sql: str, *, with_facets: bool, with_page: bool):
    """One statement: the count (part 0), the matching resources counted by their theme bits (7),
    by their kind and audience bits (8) and by their languages (9), the bit numbers (4), the page
    (2) and its matching versions (3).

    Columns: part, facet, value, key, n, vid, rid, score (parts 7-9: key = the group's bits, n =
    the number of resources; part 9: vid = their number of matching versions). Python expands each
    group's bits (`_count_facets`): three GROUP BYs of integers leave a few hundred rows to send
    where a row per matching resource was thousands.
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
        parts += [
            f"SELECT 7, NULL, NULL, fb >> {THEME_SHIFT}, count(*), NULL, NULL, NULL FROM res GROUP BY fb >> {THEME_SHIFT}",
            f"SELECT 8, NULL, NULL, fb & {KIND_AUDIENCE_MASK}, count(*), NULL, NULL, NULL FROM res"
            f" GROUP BY fb & {KIND_AUDIENCE_MASK}",
            "SELECT 9, NULL, NULL, langs, count(*), CAST(sum(versions) AS BIGINT), NULL, NULL FROM res GROUP BY langs",
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


def _count_facets(themes: dict[int, int], kinds: dict[int, int], langs: dict[int, tuple[int, int]],
                  names) -> tuple[dict, bool]:
    """Facet counts from the matching resources counted by theme bits, by kind and audience bits
    and by language bits (with their number of versions), and whether they are exact (see the
    module docstring of grouped.py)."""
    kind_mask, audience_mask = 2**KIND_BITS - 1, 2**AUDIENCE_BITS - 1
    exact = min(themes, default=0) >= 0 and max(langs, default=0) < OTHER_LANG_BIT
    # Each hit of the six languages sets its own bit: fewer bits than hits means two in one language.
    exact = exact and sum(key.bit_count() * n for key, (n, _) in langs.items()) == sum(v for _, v in langs.values())
    facets: dict[str, dict[str, int]] = {"kind": {}, "lang": {}, "theme": {}, "audience": {}}
    kind_counts: dict[int, int] = {}
    audiences: dict[int, int] = {}
    for key, n in kinds.items():
        kind_counts[key & kind_mask] = kind_counts.get(key & kind_mask, 0) + n
        audience = (key >> AUDIENCE_SHIFT) & audience_mask
        audiences[audience] = audiences.get(audience, 0) + n
    keyed = (("kind", kind_counts, True), ("audience", audiences, False), ("theme", themes, False))
    for facet, counts, single in keyed:
        found = facets[facet]
        for key, n in counts.items():
            if key < 0:  # FACET_OVERFLOW
                continue
            for number in [key] if single else _set_bits(key):
                name = names.get((facet, number))
                if name is None:
                    exact = False
                else:
                    found[name] = found.get(name, 0) + n
    found = facets["lang"]
    for key, (n, _) in langs.items():
        for bit in _set_bits(key):
            lang = BIT_LANGS.get(1 << bit)
            if lang:
                found[lang] = found.get(lang, 0) + n
    return facets, exact


def _assemble(rows, with_facets: bool, prefer_lang: str | None) -> tuple[SearchResults, bool]:
    """The results, and whether their facets are exact (see the module docstring)."""
    count = 0
    page: dict[int, ResourceHit] = {}
    versions: list[tuple] = []
    names: dict[tuple[str, int], str] = {}
    themes: dict[int, int] = {}
    kinds: dict[int, int] = {}
    langs: dict[int, tuple[int, int]] = {}
    for part, facet, value, key, n, vid, rid, score in rows:
        if part == 7:
            themes[key] = n
        elif part == 8:
            kinds[key] = n
        elif part == 9:
            langs[key] = (n, vid)
        elif part == 0:
            count = n
        elif part == 4:
            names[(facet, key)] = value
        elif part == 2:
            page[rid] = ResourceHit(resource_id=rid, score=float(score))
        elif part == 3:
            versions.append((rid, VersionHit(version_id=vid, lang=value, score=float(score))))
    facets: dict[str, dict[str, int]] = {}
    exact = True
    if with_facets:
        facets, exact = _count_facets(themes, kinds, langs, names)
    for rid, version in versions:
        page[rid].versions.append(version)
    hits = sorted(page.values(), key=lambda hit: (-hit.score, hit.resource_id))
    for hit in hits:
        hit.versions.sort(key=lambda v: (v.lang != prefer_lang, -v.score, v.version_id))
    return SearchResults(count=count, hits=hits, facets=_sorted_facets(facets)), exact
