"""The Peacekeeping Resource Hub.

Importing the package puts pysqlite3 (SQLite 3.54, built by `bin/build-sqlite`) in place of the
standard library's sqlite3 module, before Django's SQLite backend imports it: Debian 12's SQLite
3.40.1 has the WAL-reset corruption bug. See `pkhub.sqlite` and docs/database.md.
"""

from pkhub import sqlite as _sqlite

_sqlite.use_bundled()
