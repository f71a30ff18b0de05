"""SQLite: `search_fts` becomes a contentless FTS5 table (`content=''`, `contentless_delete=1`).

The table kept a copy of every analysed title and body beside its index, which nothing reads: the
ranking (bm25) needs only the index, and snippets are cut from the original text in `search_text`.
Without the copy, indexing 4,000 language versions writes 30 MB instead of 81 MB and takes 2.5 s
instead of 3.3 s (bench/README.md, "Indexing"). The rows are copied across from the old table, so
no reindexing is needed. `contentless_delete` needs SQLite 3.43; the hub ships 3.54 (docs/database.md).
"""

from django.db import migrations

CONTENTLESS = "fts5(title, body, tokenize = 'ascii', content = '', contentless_delete = 1)"
STORED = "fts5(title, body, tokenize = 'ascii')"


def _convert(schema_editor, definition: str, copy_content: bool) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return
    run = schema_editor.execute
    run("DROP TABLE IF EXISTS search_fts_new")
    run(f"CREATE VIRTUAL TABLE search_fts_new USING {definition}")
    if copy_content:  # a contentless table has no text to give back: going back needs a reindex
        run("INSERT INTO search_fts_new (rowid, title, body) SELECT rowid, title, body FROM search_fts")
    run("DROP TABLE search_fts")
    run("ALTER TABLE search_fts_new RENAME TO search_fts")


def forward(apps, schema_editor):
    _convert(schema_editor, CONTENTLESS, copy_content=True)


def backward(apps, schema_editor):
    _convert(schema_editor, STORED, copy_content=False)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_facet_bits_per_value")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
