"""Backing up and restoring the hub: the database and the uploaded files in one tar archive.

The archive holds `database.sqlite3` (SQLite's online backup API: a consistent copy taken while the
hub keeps running) or `database.pgdump` (`pg_dump -Fc` inside an exported snapshot), the media
files under `media/`, and `manifest.json`: a checksum for every member, the row count of every
table and the count of files. Restore checks the archive before it touches anything, and checks
the restored instance against the manifest afterwards.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.core.files.storage import FileSystemStorage, storages
from django.db import connection, transaction

FORMAT = 1
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
PG_MEMBER = "database.pgdump"
MEDIA_PREFIX = "media/"
PG_BIN_DIRS = [os.environ.get("PG_BIN", ""), "/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin"]


class BackupError(Exception):
    """The backup or restore could not be done; the message says why."""


@dataclass
class Manifest:
    engine: str
    created: str
    tables: dict[str, int]
    files: dict[str, str]  # media path -> sha256
    database: dict[str, str]  # member -> sha256
    media_storage: str = "local"
    format: int = FORMAT
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> bytes:
        return json.dumps(self.__dict__, indent=2, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        raw = json.loads(data)
        if raw.get("format") != FORMAT:
            raise BackupError(f"Unknown backup format {raw.get('format')!r}.")
        return cls(**raw)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def engine() -> str:
    return "sqlite" if connection.vendor == "sqlite" else "postgresql" if connection.vendor == "postgresql" else connection.vendor


def model_tables() -> list[str]:
    """The tables of the installed apps (derived search tables are rebuilt, not compared)."""
    with connection.cursor():
        return sorted(connection.introspection.django_table_names(only_existing=True, include_views=False))


def count_rows(cursor, tables: list[str], quote) -> dict[str, int]:
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
        counts[table] = cursor.fetchone()[0]
    return counts


def media_root() -> Path | None:
    """The directory of uploaded files, or None when they live in object storage."""
    storage = storages["default"]
    if isinstance(storage, FileSystemStorage):
        return Path(storage.location)
    return None


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for folder in PG_BIN_DIRS:
        if folder and (Path(folder) / name).exists():
            return str(Path(folder) / name)
    raise BackupError(f"{name} not found: install the PostgreSQL client or set PG_BIN.")


def pg_env() -> dict[str, str]:
    """libpq's environment for the hub's own database connection."""
    conf = connection.settings_dict
    env = dict(os.environ)
    for key, var in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD"), ("NAME", "PGDATABASE")):
        if conf.get(key):
            env[var] = str(conf[key])
    return env


def _utc_now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


# --- Backup ---------------------------------------------------------------------------------


def _dump_sqlite(workdir: Path) -> tuple[Path, dict[str, int]]:
    target = workdir / SQLITE_MEMBER
    connection.ensure_connection()
    dest = sqlite3.connect(target)
    try:
        # Online backup: copies pages in steps while others keep reading and writing.
        connection.connection.backup(dest, pages=1024)
        tables = model_tables()
        counts = count_rows(dest.cursor(), tables, lambda t: '"' + t.replace('"', '""') + '"')
    finally:
        dest.close()
    return target, counts


def _dump_postgresql(workdir: Path) -> tuple[Path, dict[str, int]]:
    target = workdir / PG_MEMBER
    tables = model_tables()
    # The counts and the dump read the same snapshot, so the manifest matches the dump exactly.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = count_rows(cursor, tables, connection.ops.quote_name)
        result = subprocess.run(
            [pg_tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges", f"--snapshot={snapshot}", "-f", str(target)],
            env=pg_env(), capture_output=True, text=True,
        )
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return target, counts


def backup_create(*, destination: Path) -> tuple[Path, Manifest]:
    """Writes a backup archive to `destination` (a .tar file, or a folder to put one in)."""
    destination = Path(destination)
    if destination.is_dir():
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
        destination = destination / f"pkhub-backup-{stamp}.tar"
    destination.parent.mkdir(parents=True, exist_ok=True)
    kind = engine()
    with tempfile.TemporaryDirectory(prefix="pkhub-backup-", dir=destination.parent) as tmp:
        workdir = Path(tmp)
        if kind == "sqlite":
            dump, counts = _dump_sqlite(workdir)
        elif kind == "postgresql":
            dump, counts = _dump_postgresql(workdir)
        else:
            raise BackupError(f"No backup method for the {kind} database.")
        manifest = Manifest(engine=kind, created=_utc_now(), tables=counts, files={}, database={dump.name: sha256_file(dump)})
        partial = workdir / "archive.tar"
        with tarfile.open(partial, "w") as archive:
            archive.add(dump, arcname=dump.name)
            root = media_root()
            if root is None:
                manifest.media_storage = "object-storage"
                manifest.notes.append("Media files are in object storage: the bucket's versioning is their backup.")
            elif root.exists():
                for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
                    relative = path.relative_to(root).as_posix()
                    manifest.files[relative] = sha256_file(path)
                    archive.add(path, arcname=MEDIA_PREFIX + relative, recursive=False)
            info = tarfile.TarInfo(MANIFEST)
            data = manifest.to_json()
            info.size, info.mtime = len(data), int(datetime.datetime.now().timestamp())
            import io

            archive.addfile(info, io.BytesIO(data))
        # Renamed into place only when complete: a crash never leaves a half archive under the name.
        os.replace(partial, destination)
    return destination, manifest
