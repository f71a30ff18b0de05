"""PostgreSQL: the GIN index of the tsvectors takes new entries 16 MB at a time.

With `fastupdate` (the default) a GIN index first appends new entries to a pending list, and moves
the list into the index proper when it passes `gin_pending_list_limit` (4 MB by default): sorted,
key by key, with `work_mem` to sort in. A version of 1,500 words brings ~700 entries (more in
Chinese, whose bigrams are each an entry), so at 4 MB the list was moved every few dozen versions,
each time rewriting the posting lists of the common words. At 16 MB (and with the 64 MB of
`work_mem` that the index writes set for themselves, `PostgresBackend._write_docs`), indexing
15,000 versions took 33.8 and 37.4 s against 49.1 and 46.8 (bench/README.md, "Findings
(2026-12-07, evening)"). Every search reads the pending list as well as the index, so a bulk
write leaves it empty (`PostgresBackend.optimize`); autovacuum empties it too. SQLite: nothing to do.
"""

from django.db import migrations

PENDING_LIST_KB = 16 * 1024


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER INDEX search_doc_tsv SET (gin_pending_list_limit = {PENDING_LIST_KB})")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER INDEX search_doc_tsv RESET (gin_pending_list_limit)")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_pg_storage")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
