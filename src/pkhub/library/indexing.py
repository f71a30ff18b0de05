"""Keeping the search index, and the browse list's sort keys, in step with the library.

The index holds one entry per language version (see `pkhub.search.backends.base.IndexEntry`). The
index lives in the same database as the library (FTS5 table or PostgreSQL columns), so indexing
inside the service's transaction keeps both consistent: a rolled-back save leaves no entry behind.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.db import connections, router

from pkhub.core import freshness
from pkhub.core.languages import CONTENT_LANGUAGES
from pkhub.ingest.models import DocumentText, TextStatus
from pkhub.library.models import PUBLIC_STATUSES, LanguageVersion, Resource, VersionFile, title_sort_key
from pkhub.search.backends import IndexEntry, get_search_backend


def _slugs(resource_ids: list[int], name: str) -> dict[int, tuple[str, ...]]:
    """The slugs of each resource's themes (or audiences); the index keeps them as a set."""
    found: dict[int, list[str]] = defaultdict(list)
    rows = Resource.objects.filter(pk__in=resource_ids, **{f"{name}__isnull": False}).order_by()
    for resource_id, slug in rows.values_list("pk", f"{name}__slug"):
        found[resource_id].append(slug)
    return {resource_id: tuple(slugs) for resource_id, slugs in found.items()}


def _entries(resource_ids: Iterable[int]) -> list[IndexEntry]:
    """The index entries of these resources' versions, from plain rows (six queries, no model
    instances: at 100,000 versions, building instances cost a third of indexing's own time)."""
    ids = sorted(set(resource_ids))
    resources = {pk: (kind, status in PUBLIC_STATUSES)
                 for pk, kind, status in Resource.objects.filter(pk__in=ids).values_list("pk", "kind", "status")}
    if not resources:
        return []
    versions = list(LanguageVersion.objects.filter(resource_id__in=resources).order_by("pk")
                    .values_list("pk", "resource_id", "lang", "title", "summary"))
    files: dict[int, list[int]] = defaultdict(list)
    ready: set[int] = set()
    for version_id, document_id, status in (
        VersionFile.objects.filter(version_id__in=[v[0] for v in versions])
        .order_by("version_id", "position", "id")
        .values_list("version_id", "document_id", "document__text_status")
    ):
        files[version_id].append(document_id)
        if status == TextStatus.READY:
            ready.add(document_id)
    texts = dict(DocumentText.objects.filter(document_id__in=ready).values_list("document_id", "text")) if ready else {}
    themes, audiences = _slugs(ids, "themes"), _slugs(ids, "audiences")
    entries = []
    for version_id, resource_id, lang, title, summary in versions:
        kind, public = resources[resource_id]
        parts = [summary] + [texts.get(document_id, "") for document_id in files[version_id]]
        entries.append(
            IndexEntry(
                version_id=version_id,
                resource_id=resource_id,
                lang=lang,
                kind=kind,
                themes=themes.get(resource_id, ()),
                audiences=audiences.get(resource_id, ()),
                public=public,
                title=title,
                body="\n\n".join(p for p in parts if p),
            )
        )
    return entries


def sort_titles_refresh(resource_ids: Iterable[int]) -> int:
    """Sets each resource's `sort_title` from its versions as they are now; returns how many changed.

    Two queries and an UPDATE of each that changed (none, mostly): the browse list then sorts
    a stored column instead of looking up every resource's original title (29 ms at 28,600)."""
    ids = sorted(set(resource_ids))
    resources = {pk: (original, kept, slug) for pk, original, kept, slug
                 in Resource.objects.filter(pk__in=ids).values_list("pk", "original_language", "sort_title", "slug")}
    titles: dict[int, dict[str, str]] = defaultdict(dict)
    for resource_id, lang, title in LanguageVersion.objects.filter(resource_id__in=resources).values_list(
        "resource_id", "lang", "title"
    ):
        titles[resource_id][lang] = title
    changed: list[tuple[str, int]] = []
    for pk, (original, kept, slug) in resources.items():
        held = titles.get(pk, {})
        # As a listed resource is shown: its original title, else its first version's (in the order of
        # CONTENT_LANGUAGES, as resources_with_versions orders them), else its slug.
        shown = held.get(original) or next((held[code] for code in (*CONTENT_LANGUAGES, *sorted(held)) if code in held), slug)
        key = title_sort_key(shown)
        if key != kept:
            changed.append((key, pk))
    if changed:
        # One UPDATE per row through executemany: bulk_update's CASE over 500 rows took 112 ms a
        # batch of new resources (6 s of indexing 100,000 versions), this 13 ms. The sort key alone:
        # neither `revision` nor `updated_at` moves, so an editor's open form stays valid.
        table, pk_column = Resource._meta.db_table, Resource._meta.pk.column
        with connections[router.db_for_write(Resource)].cursor() as cursor:
            cursor.executemany(f"UPDATE {table} SET sort_title = %s WHERE {pk_column} = %s", changed)
        freshness.changed()  # an UPDATE sends no post_save: kept pages hold the old order
    return len(changed)


def resource_index(*, resource_ids: Iterable[int]) -> int:
    """(Re)builds the search entries of these resources' versions, and their sort keys; returns
    how many entries were written.

    Entries of versions deleted since are removed by `version_index_remove` (connected to
    `post_delete` of LanguageVersion, so cascades from a deleted resource are covered too).
    """
    resource_ids = list(resource_ids)
    sort_titles_refresh(resource_ids)
    entries = _entries(resource_ids)
    if not entries:
        return 0
    return get_search_backend().index_many(entries) or len(entries)


def library_reindex_all(*, batch_size: int = 500) -> int:
    """Rebuilds the whole index from the library; returns the number of entries.

    The entries are read 500 resources at a time as the backend writes them, never all at once
    (100,000 versions of 1,500 words are over a gigabyte of text)."""
    ids = list(Resource.objects.order_by("pk").values_list("pk", flat=True))

    def batches():
        for start in range(0, len(ids), batch_size):
            sort_titles_refresh(ids[start : start + batch_size])
            yield from _entries(ids[start : start + batch_size])

    return get_search_backend().rebuild(batches())


def version_index_remove(*, version_ids: Iterable[int]) -> None:
    """Drops the entries of deleted language versions."""
    ids = list(version_ids)
    if ids:
        get_search_backend().delete(ids)


def resources_using_document(document_id: int) -> list[int]:
    """The resources whose versions hold this document (to re-index when its text is ready)."""
    return list(
        Resource.objects.filter(versions__files__document_id=document_id).values_list("pk", flat=True).distinct()
    )
