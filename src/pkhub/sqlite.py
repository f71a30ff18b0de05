"""Which SQLite library the hub runs on, and whether it is one that can corrupt a WAL database.

SQLite 3.7.0 to 3.51.2 have the WAL-reset bug (https://sqlite.org/wal.html#walresetbug): with
two or more connections writing one database in WAL mode, a checkpoint can miss a reset of the
log and later skip committed pages, leaving "database disk image is malformed". It is fixed in
3.51.3 and in the 3.44.6 and 3.50.7 backports. The hub's SQLite default is exactly that setup
(gunicorn workers and the task worker), so it runs on pysqlite3 built with a fixed SQLite when
`bin/build-sqlite` has installed it, and production refuses to start on an affected library.
"""

from __future__ import annotations

import sys

FIXED_IN = {(3, 44): (3, 44, 6), (3, 50): (3, 50, 7)}
FIRST_FIXED = (3, 51, 3)


def use_bundled() -> bool:
    """Make `import sqlite3` give pysqlite3 when it is installed; True when it now does."""
    if getattr(sys.modules.get("sqlite3"), "__name__", "") == "pysqlite3":
        return True
    try:
        import pysqlite3
        from pysqlite3 import dbapi2
    except ImportError:
        return False
    # Two SQLite libraries in one process must never open the same database file (closing a
    # file in one drops the POSIX locks the other holds), so from here on there is one.
    sys.modules["sqlite3"] = pysqlite3
    sys.modules["sqlite3.dbapi2"] = dbapi2
    return True


def has_wal_reset_bug(version: tuple[int, ...]) -> bool:
    version = tuple(version[:3])
    if version < (3, 7, 0) or version >= FIRST_FIXED:
        return False
    fixed = FIXED_IN.get(version[:2])
    return not (fixed and version >= fixed)


def library_version() -> tuple[int, int, int]:
    import sqlite3

    return sqlite3.sqlite_version_info


def unsafe_library_message() -> str | None:
    """None when the SQLite in use is safe for several writers in WAL mode, else why not."""
    version = library_version()
    if not has_wal_reset_bug(version):
        return None
    return (
        f"SQLite {'.'.join(map(str, version))} has the WAL-reset bug, which can corrupt the database "
        "when several processes write to it (https://sqlite.org/wal.html#walresetbug). Run `make install` "
        "(bin/build-sqlite installs pysqlite3 with SQLite 3.54) or set DATABASE_URL to PostgreSQL."
    )
