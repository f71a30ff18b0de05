"""Writing the search index. The index is derived data: the library calls these inside its own
transaction when a language version changes, so no audit entry is written here (the library's
service records the change itself)."""

from collections.abc import Iterable

from pkhub.search.backends import IndexEntry, get_search_backend


def index_entries(entries: Iterable[IndexEntry]) -> int:
    """Adds or replaces the index entries of these language versions; returns how many."""
    return get_search_backend().index_many(entries)


def delete_versions(version_ids: Iterable[int]) -> None:
    """Removes these language versions from the index (unknown ids are ignored)."""
    get_search_backend().delete(version_ids)


def rebuild(entries: Iterable[IndexEntry]) -> int:
    """Empties the index and fills it again from `entries`; returns how many were written."""
    return get_search_backend().rebuild(entries)
