"""SQLite: FTS5 keeps up to 8 MB of new index entries in memory before writing them as a segment.

FTS5's default (`hashsize`, 1 MB) writes a segment every hundred or so versions of 1,500 words,
which it then merges and merges again as the index grows: indexing spent more time merging than
adding. With 8 MB, a batch of 500 versions is one segment or two; indexing 10,000 versions goes
from 9.4 s to 5.9 s in FTS5 (bench/README.md, "Findings (2026-12-04)"). The setting is kept in the table itself
(`search_fts_config`), for every connection; searches are not changed by it.
"""

from django.db import migrations

HASHSIZE = 8 * 1024 * 1024
FTS5_DEFAULT_HASHSIZE = 1024 * 1024


def _set(schema_editor, size: int) -> None:
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('hashsize', %s)", [size])


def forward(apps, schema_editor):
    _set(schema_editor, HASHSIZE)


def backward(apps, schema_editor):
    _set(schema_editor, FTS5_DEFAULT_HASHSIZE)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_contentless_fts")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
