"""PostgreSQL: no compression attempt on the tsvectors, lz4 for the stored texts.

`search_doc.tsv` is a tsvector of ~19 KB a version (positions and lexemes; it barely compresses):
PostgreSQL tried pglz on each one at insert and mostly kept it uncompressed anyway. With STORAGE
EXTERNAL it goes to TOAST as it is. `search_text` (the title and body the snippets are cut from)
compresses well, and lz4 does it several times faster than pglz. Indexing 10,000 versions: ratio
to the bare engine 2.07 before, 1.89 and 1.99 after, in two runs (bench/README.md, "Findings
(2026-12-04, evening)"). Values written before keep their form; searches read either. Where PostgreSQL was
built without lz4, the texts keep the server's default compression. SQLite: nothing to do.
"""

from django.db import DatabaseError, migrations, transaction


def _lz4(schema_editor, method: str) -> None:
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute(
                f"ALTER TABLE search_text ALTER COLUMN title SET COMPRESSION {method},"
                f" ALTER COLUMN body SET COMPRESSION {method}"
            )
    except DatabaseError:  # "compression method lz4 not supported": a server built without it
        pass


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_doc ALTER COLUMN tsv SET STORAGE EXTERNAL")
        _lz4(schema_editor, "lz4")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_doc ALTER COLUMN tsv SET STORAGE EXTENDED")
        _lz4(schema_editor, "DEFAULT")


class Migration(migrations.Migration):
    dependencies = [("search", "0005_fts_hashsize")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
