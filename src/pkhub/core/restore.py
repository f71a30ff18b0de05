"""Restoring a backup archive (see `pkhub.core.backup`) into an empty instance, then checking it."""

from __future__ import annotations

import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.db import connection

from pkhub.core.backup import (
    MANIFEST,
    MEDIA_PREFIX,
    PG_MEMBER,
    SQLITE_MEMBER,
    BackupError,
    Manifest,
    count_rows,
    engine,
    media_root,
    model_tables,
    pg_env,
    pg_tool,
    sha256_file,
)


def _safe_media_name(name: str) -> str:
    """The path inside the media folder, refusing absolute paths and `..` (path traversal)."""
    relative = PurePosixPath(name[len(MEDIA_PREFIX):])
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise BackupError(f"Unsafe path in the archive: {name!r}")
    return relative.as_posix()


def archive_check(*, source: Path, workdir: Path) -> Manifest:
    """Unpacks the archive into `workdir` and checks every member against the manifest."""
    with tarfile.open(source, "r:*") as archive:
        try:
            manifest = Manifest.from_json(archive.extractfile(MANIFEST).read())
        except KeyError as error:
            raise BackupError("The archive has no manifest.json: not a hub backup.") from error
        for member in archive.getmembers():
            if member.name == MANIFEST:
                continue
            if not member.isfile():
                raise BackupError(f"Unexpected member (only regular files are restored): {member.name!r}")
            if member.name.startswith(MEDIA_PREFIX):
                target = workdir / "media" / _safe_media_name(member.name)
            elif member.name in (SQLITE_MEMBER, PG_MEMBER):
                target = workdir / member.name
            else:
                raise BackupError(f"Unexpected member: {member.name!r}")
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as data, open(target, "wb") as out:
                while chunk := data.read(1 << 20):
                    out.write(chunk)
    for name, digest in manifest.database.items():
        if sha256_file(workdir / name) != digest:
            raise BackupError(f"{name} does not match its checksum: the archive is damaged.")
    for relative, digest in manifest.files.items():
        path = workdir / "media" / relative
        if not path.exists() or sha256_file(path) != digest:
            raise BackupError(f"media/{relative} is missing or damaged in the archive.")
    return manifest


def _database_is_empty() -> bool:
    tables = model_tables()
    if not tables:
        return True
    with connection.cursor() as cursor:
        return not any(count_rows(cursor, tables, connection.ops.quote_name).values())


def _restore_sqlite(dump: Path) -> None:
    connection.ensure_connection()
    source = sqlite3.connect(dump)
    try:
        # The backup API writes the whole database page by page into the live connection's file.
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def _restore_postgresql(dump: Path) -> None:
    connection.close()
    result = subprocess.run(
        [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
         "-d", connection.settings_dict["NAME"], str(dump)],
        env=pg_env(), capture_output=True, text=True,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")


def _restore_media(unpacked: Path, manifest: Manifest) -> None:
    root = media_root()
    if root is None:
        if manifest.files:
            raise BackupError("The archive holds media files but this instance keeps them in object storage.")
        return
    for relative in manifest.files:
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        (unpacked / "media" / relative).replace(target)


def restore_verify(manifest: Manifest) -> list[str]:
    """What differs between the restored instance and the manifest (an empty list when nothing)."""
    problems = []
    with connection.cursor() as cursor:
        counts = count_rows(cursor, sorted(manifest.tables), connection.ops.quote_name)
    for table, expected in manifest.tables.items():
        if counts[table] != expected:
            problems.append(f"table {table}: {counts[table]} rows, the backup had {expected}")
    root = media_root()
    if root is not None:
        for relative, digest in manifest.files.items():
            path = root / relative
            if not path.exists() or sha256_file(path) != digest:
                problems.append(f"file {relative} is missing or differs")
    return problems


def backup_restore(*, source: Path, force: bool = False) -> Manifest:
    """Restores `source` into this (empty) instance, rebuilds the search index and checks the result."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"No such backup archive: {source}")
    with tempfile.TemporaryDirectory(prefix="pkhub-restore-") as tmp:
        workdir = Path(tmp)
        manifest = archive_check(source=source, workdir=workdir)
        if manifest.engine != engine():
            raise BackupError(f"The backup is of a {manifest.engine} database; this instance uses {engine()}.")
        if not force and not _database_is_empty():
            raise BackupError("The database is not empty: restore goes into an empty instance (or use --force).")
        if manifest.engine == "sqlite":
            _restore_sqlite(workdir / SQLITE_MEMBER)
        else:
            _restore_postgresql(workdir / PG_MEMBER)
        _restore_media(workdir, manifest)
    # The search index is derived data: rebuilt from the restored library, whatever the dump held.
    from pkhub.library.indexing import library_reindex_all

    library_reindex_all()
    problems = restore_verify(manifest)
    if problems:
        raise BackupError("The restored instance differs from the backup:\n" + "\n".join(problems))
    return manifest
