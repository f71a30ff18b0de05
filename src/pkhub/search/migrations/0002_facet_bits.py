"""Facets from the narrow row alone (see DESIGN.md, "Search, measured", and bench/README.md).

`search_facet(id, kind, themes, audiences)` numbers each combination of a resource's kind, themes
and audiences once; `search_doc` gains `facet_id` (that combination) and `lang_bit` (one bit per
content language), so that counting facets is one pass over the matching resources with no join
to `search_tag`. An index built before is converted in place: no re-indexing needed.
"""

from django.db import migrations

_TYPES = {"sqlite": ("INTEGER PRIMARY KEY", "INTEGER", "TEXT"), "postgresql": ("bigserial PRIMARY KEY", "bigint", "text")}


# As in pkhub.search.backends.grouped at the time of this migration.
LANG_BITS = {"ar": 1, "zh": 2, "en": 4, "fr": 8, "ru": 16, "es": 32}
OTHER_LANG_BIT = 1 << 40


def _lang_bit_case() -> str:
    cases = " ".join(f"WHEN '{lang}' THEN {bit}" for lang, bit in LANG_BITS.items())
    return f"CASE lang {cases} ELSE {OTHER_LANG_BIT} END"


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor not in _TYPES:
        return
    key, integer, text = _TYPES[vendor]
    run = schema_editor.execute
    run(f"CREATE TABLE IF NOT EXISTS search_facet (id {key}, kind {text} NOT NULL, themes {text} NOT NULL,"
        " audiences text NOT NULL, UNIQUE (kind, themes, audiences))")
    run(f"ALTER TABLE search_doc ADD COLUMN facet_id {integer} NOT NULL DEFAULT 0")
    run(f"ALTER TABLE search_doc ADD COLUMN lang_bit {integer} NOT NULL DEFAULT 0")
    run(f"UPDATE search_doc SET lang_bit = {_lang_bit_case()}")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT resource_id, facet, value FROM search_tag ORDER BY resource_id, facet, value")
        tags: dict[int, dict[str, list[str]]] = {}
        for resource_id, facet, value in cursor.fetchall():
            tags.setdefault(resource_id, {"theme": [], "audience": []}).setdefault(facet, []).append(value)
        cursor.execute("SELECT resource_id, min(kind) FROM search_doc GROUP BY resource_id")
        combos: dict[tuple[str, str, str], list[int]] = {}
        for resource_id, kind in cursor.fetchall():
            found = tags.get(resource_id, {})
            combo = (kind, " ".join(found.get("theme", ())), " ".join(found.get("audience", ())))
            combos.setdefault(combo, []).append(resource_id)
        for combo, resource_ids in combos.items():
            cursor.execute("INSERT INTO search_facet (kind, themes, audiences) VALUES (%s, %s, %s)", list(combo))
            cursor.execute(
                "SELECT id FROM search_facet WHERE kind = %s AND themes = %s AND audiences = %s", list(combo)
            )
            facet_id = cursor.fetchone()[0]
            cursor.executemany("UPDATE search_doc SET facet_id = %s WHERE resource_id = %s",
                               [(facet_id, rid) for rid in resource_ids])


def backward(apps, schema_editor):
    if schema_editor.connection.vendor not in _TYPES:
        return
    for column in ("facet_id", "lang_bit"):
        schema_editor.execute(f"ALTER TABLE search_doc DROP COLUMN {column}")
    schema_editor.execute("DROP TABLE IF EXISTS search_facet")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
