"""Facets by value bits: `search_bit` numbers each kind, theme and audience; `search_doc.facet_bits`
packs a resource's kind number and its theme and audience bits (see `pkhub.search.backends.grouped`).

Replaces 0002's `search_facet` combinations: with many themes, nearly every resource had a
combination of its own, so counting by combination meant one row per resource. Converted in place.
"""

from django.db import migrations

_TYPES = {"sqlite": ("INTEGER", "TEXT"), "postgresql": ("bigint", "text")}
# As in pkhub.search.backends.grouped at the time of this migration.
KIND_BITS, AUDIENCE_BITS, THEME_BITS = 6, 16, 40
FACET_OVERFLOW = -1


def _pack(kind: int | None, audiences: list[int | None], themes: list[int | None]) -> int:
    if kind is None or kind >= 2**KIND_BITS or any(b is None or b >= AUDIENCE_BITS for b in audiences) or any(
        b is None or b >= THEME_BITS for b in themes
    ):
        return FACET_OVERFLOW
    packed = kind
    for bit in audiences:
        packed |= 1 << (KIND_BITS + bit)
    for bit in themes:
        packed |= 1 << (KIND_BITS + AUDIENCE_BITS + bit)
    return packed


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor not in _TYPES:
        return
    integer, text = _TYPES[vendor]
    run = schema_editor.execute
    run(f"CREATE TABLE IF NOT EXISTS search_bit (facet {text} NOT NULL, value {text} NOT NULL, bit {integer} NOT NULL,"
        " PRIMARY KEY (facet, value), UNIQUE (facet, bit))")
    run(f"ALTER TABLE search_doc ADD COLUMN facet_bits {integer} NOT NULL DEFAULT 0")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT kind FROM search_doc ORDER BY kind")
        values = [("kind", kind) for (kind,) in cursor.fetchall()]
        cursor.execute("SELECT DISTINCT facet, value FROM search_tag ORDER BY facet, value")
        values += cursor.fetchall()
        bits: dict[tuple[str, str], int] = {}
        for facet, value in values:
            bits[(facet, value)] = sum(1 for f, _ in bits if f == facet)
        cursor.executemany("INSERT INTO search_bit (facet, value, bit) VALUES (%s, %s, %s)",
                           [(f, v, b) for (f, v), b in bits.items()])
        cursor.execute("SELECT resource_id, facet, value FROM search_tag")
        tags: dict[int, dict[str, list[int]]] = {}
        for resource_id, facet, value in cursor.fetchall():
            tags.setdefault(resource_id, {}).setdefault(facet, []).append(bits[(facet, value)])
        cursor.execute("SELECT resource_id, min(kind) FROM search_doc GROUP BY resource_id")
        packed = [
            (_pack(bits[("kind", kind)], tags.get(rid, {}).get("audience", []), tags.get(rid, {}).get("theme", [])), rid)
            for rid, kind in cursor.fetchall()
        ]
        cursor.executemany("UPDATE search_doc SET facet_bits = %s WHERE resource_id = %s", packed)
    run("ALTER TABLE search_doc DROP COLUMN facet_id")
    run("DROP TABLE IF EXISTS search_facet")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_facet_bits")]
    operations = [migrations.RunPython(forward, elidable=False)]
