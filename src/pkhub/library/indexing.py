"""Keeping the search index in step with the library.

The index holds one entry per language version (see `pkhub.search.backends.base.IndexEntry`). The
index lives in the same database as the library (FTS5 table or PostgreSQL columns), so indexing
inside the service's transaction keeps both consistent: a rolled-back save leaves no entry behind.
"""

from collections.abc import Iterable

from pkhub.ingest.models import DocumentText, TextStatus
from pkhub.library.models import Resource
from pkhub.library.selectors import resources_with_versions
from pkhub.search.backends import IndexEntry, get_search_backend


def _resources_for_index(resource_ids: Iterable[int]) -> list[Resource]:
    return resources_with_versions(Resource.objects.filter(pk__in=list(resource_ids)).order_by("pk"))


def _texts_of(resources) -> dict[int, str]:
    """The extracted text of every ready document of these resources, by document id (one query)."""
    document_ids = {
        f.document_id
        for resource in resources
        for version in resource.versions.all()
        for f in version.files.all()
        if f.document.text_status == TextStatus.READY
    }
    if not document_ids:
        return {}
    return dict(DocumentText.objects.filter(document_id__in=document_ids).values_list("document_id", "text"))


def _entries(resources) -> list[IndexEntry]:
    texts = _texts_of(resources)
    entries = []
    for resource in resources:
        themes = tuple(t.slug for t in resource.themes.all())
        audiences = tuple(a.slug for a in resource.audiences.all())
        for version in resource.versions.all():
            parts = [version.summary] + [texts.get(f.document_id, "") for f in version.files.all()]
            entries.append(
                IndexEntry(
                    version_id=version.pk,
                    resource_id=resource.pk,
                    lang=version.lang,
                    kind=resource.kind,
                    themes=themes,
                    audiences=audiences,
                    public=resource.is_public,
                    title=version.title,
                    body="\n\n".join(p for p in parts if p),
                )
            )
    return entries


def resource_index(*, resource_ids: Iterable[int]) -> int:
    """(Re)builds the search entries of these resources' versions; returns how many were written.

    Entries of versions deleted since are removed by `version_index_remove` (connected to
    `post_delete` of LanguageVersion, so cascades from a deleted resource are covered too).
    """
    resources = _resources_for_index(resource_ids)
    entries = _entries(resources)
    if not entries:
        return 0
    return get_search_backend().index_many(entries) or len(entries)


def library_reindex_all(*, batch_size: int = 500) -> int:
    """Rebuilds the whole index from the library; returns the number of entries."""
    ids = list(Resource.objects.order_by("pk").values_list("pk", flat=True))

    def batches():
        for start in range(0, len(ids), batch_size):
            yield from _entries(_resources_for_index(ids[start : start + batch_size]))

    entries = list(batches())
    get_search_backend().rebuild(entries)
    return len(entries)


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
