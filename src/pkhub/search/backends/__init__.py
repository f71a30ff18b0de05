"""Choosing the search backend: `SEARCH_BACKEND` names it, "auto" follows the database."""

from functools import cache

from django.conf import settings
from django.db import connections
from django.utils.module_loading import import_string

from pkhub.search.backends.base import Filters, IndexEntry, ResourceHit, SearchBackend, SearchResults, VersionHit

BACKENDS = {
    "sqlite_fts5": "pkhub.search.backends.sqlite_fts5.SQLiteFTS5Backend",
    "postgres": "pkhub.search.backends.postgres.PostgresBackend",
}

__all__ = ["Filters", "IndexEntry", "ResourceHit", "SearchBackend", "SearchResults", "VersionHit", "get_search_backend"]


@cache
def _backend(name: str, alias: str) -> SearchBackend:
    return import_string(BACKENDS[name])(alias)


def backend_name(alias: str = "default") -> str:
    name = settings.SEARCH_BACKEND
    if name == "auto":
        name = "postgres" if connections[alias].vendor == "postgresql" else "sqlite_fts5"
    return name


def get_search_backend(alias: str = "default") -> SearchBackend:
    return _backend(backend_name(alias), alias)
