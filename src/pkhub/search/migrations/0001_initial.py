"""The search index tables: FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL.

The tables are engine-specific, so this migration writes them in SQL for the database it runs on
(see `pkhub.search.backends.sqlite_fts5` and `.postgres`); the search app has no Django models.
"""

from django.db import migrations


def _statements(vendor: str, which: str) -> list[str]:
    if vendor == "sqlite":
        from pkhub.search.backends import sqlite_fts5 as engine
    elif vendor == "postgresql":
        from pkhub.search.backends import postgres as engine
    else:
        return []
    return getattr(engine, which)


def create_tables(apps, schema_editor):
    for sql in _statements(schema_editor.connection.vendor, "CREATE_SQL"):
        schema_editor.execute(sql)


def drop_tables(apps, schema_editor):
    for sql in _statements(schema_editor.connection.vendor, "DROP_SQL"):
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [migrations.RunPython(create_tables, drop_tables, elidable=False)]
