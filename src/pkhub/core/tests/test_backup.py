"""Backup and restore: an archive restored into an empty instance holds the same rows, files and search."""

import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from pkhub.core.backup import MANIFEST, Manifest
from pkhub.core.tests.factories_backup import searchable_library

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[4]
QUERIES = ["civilians", "gender", "landmine", "\"sexual exploitation\""]
PROBE = """
import json
from django.db import connection
from pkhub.core.backup import count_rows, model_tables, media_root, sha256_file
from pkhub.search.selectors import search_resources
from pkhub.library.models import Resource
tables = model_tables()
with connection.cursor() as c:
    counts = count_rows(c, tables, connection.ops.quote_name)
root = media_root()
files = {p.relative_to(root).as_posix(): sha256_file(p) for p in root.rglob('*') if p.is_file()}
ids = dict(Resource.objects.values_list('pk', 'slug'))
found = {q: sorted(ids[h.resource_id] for h in search_resources(query=q, limit=50).hits) for q in %r}
print(json.dumps({'counts': counts, 'files': files, 'found': found}))
""" % (QUERIES,)


@pytest.fixture
def media(tmp_path, settings):
    folder = tmp_path / "media"
    folder.mkdir()
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(folder)}}}
    return folder


def _manage(args, database_url, media_dir, check=True):
    env = dict(os.environ, DATABASE_URL=database_url, MEDIA_ROOT=str(media_dir), PKHUB_TESTING="1", TASKS_BACKEND="immediate")
    env.pop("MEDIA_STORAGE", None)
    result = subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"manage.py {args[0]} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture
def empty_instance(tmp_path):
    """A DATABASE_URL of a new, empty database of the same kind, and an empty media folder."""
    media = tmp_path / "restored-media"
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}", media
        return
    name = f"restore_{uuid.uuid4().hex[:10]}"
    conf = connection.settings_dict
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    url = f"postgres://{conf['USER']}@{conf['HOST']}:{conf['PORT']}/{name}"
    yield url, media
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _here():
    from pkhub.core.backup import count_rows, media_root, model_tables, sha256_file
    from pkhub.library.models import Resource
    from pkhub.search.selectors import search_resources

    with connection.cursor() as cursor:
        counts = count_rows(cursor, model_tables(), connection.ops.quote_name)
    root = media_root()
    files = {p.relative_to(root).as_posix(): sha256_file(p) for p in root.rglob("*") if p.is_file()}
    ids = dict(Resource.objects.values_list("pk", "slug"))
    found = {q: sorted(ids[h.resource_id] for h in search_resources(query=q, limit=50).hits) for q in QUERIES}
    return {"counts": counts, "files": files, "found": found}


def test_restore_into_an_empty_instance_gives_the_same_hub(media, tmp_path, empty_instance):
    """Rows per table, file checksums and search results are the same after backup → restore."""
    searchable_library()
    before = _here()
    assert before["files"] and all(before["found"].values())
    archive = tmp_path / "hub.tar"
    call_command("backup", str(archive), verbosity=0)

    url, restored_media = empty_instance
    out = _manage(["restore", str(archive)], url, restored_media).stdout
    assert "match the manifest" in out
    after = json.loads(_manage(["shell", "-c", PROBE], url, restored_media).stdout.strip().splitlines()[-1])
    assert after["counts"] == before["counts"]
    assert after["files"] == before["files"]
    assert after["found"] == before["found"]


def test_manifest_lists_tables_files_and_checksums(media, tmp_path):
    """The archive's manifest counts every table and fingerprints every file."""
    searchable_library()
    archive = tmp_path / "hub.tar"
    call_command("backup", str(archive), verbosity=0)
    with tarfile.open(archive) as tar:
        manifest = Manifest.from_json(tar.extractfile(MANIFEST).read())
        names = tar.getnames()
    assert manifest.tables["library_resource"] == 3 and manifest.tables["library_languageversion"] == 3
    assert len(manifest.files) == 3 and all(len(d) == 64 for d in manifest.files.values())
    assert all(f"media/{name}" in names for name in manifest.files)


def test_restore_refuses_a_non_empty_database(media, tmp_path):
    """Restoring over a database that holds data is refused (nothing is overwritten)."""
    searchable_library()
    archive = tmp_path / "hub.tar"
    call_command("backup", str(archive), verbosity=0)
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", str(archive), verbosity=0)


def test_restore_refuses_a_damaged_or_foreign_archive(media, tmp_path):
    """A tampered file, a path-traversal member or a tar without manifest is refused before any change."""
    searchable_library()
    archive = tmp_path / "hub.tar"
    call_command("backup", str(archive), verbosity=0)
    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read() if m.isfile() else None) for m in tar.getmembers()]

    def rewrite(target, change):
        with tarfile.open(target, "w") as out:
            for member, data in members:
                member, data = change(member, data)
                import io

                out.addfile(member, io.BytesIO(data))
        return target

    def tamper(member, data):
        if member.name.startswith("media/"):
            data = b"X" + data[1:]
        return member, data

    def traverse(member, data):
        if member.name.startswith("media/"):
            member.name = "media/../../escape.txt"
        return member, data

    for bad, reason in ((rewrite(tmp_path / "t.tar", tamper), "damaged"), (rewrite(tmp_path / "p.tar", traverse), "Unsafe path")):
        with pytest.raises(CommandError, match=reason):
            call_command("restore", str(bad), "--force", verbosity=0)
    assert not (tmp_path / "escape.txt").exists()
    foreign = tmp_path / "f.tar"
    with tarfile.open(foreign, "w") as out:
        out.add(__file__, arcname="x.py")
    with pytest.raises(CommandError, match="manifest"):
        call_command("restore", str(foreign), verbosity=0)
    with pytest.raises(CommandError, match="No such"):
        call_command("restore", str(tmp_path / "missing.tar"), verbosity=0)
