"""Writes to the library: every change to a resource, a version or a file goes through here.

Each service validates (`full_clean`), saves inside one transaction, writes an audit entry and
brings the search index up to date in the same transaction (the index lives in the same database).
"""

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pkhub.core.audit import audit_record
from pkhub.core.locking import update_at_revision
from pkhub.library.indexing import library_reindex_all, resource_index
from pkhub.library.models import (
    DEFAULT_COMPLIANCE,
    Compliance,
    LanguageVersion,
    Resource,
    Status,
    VersionFile,
    title_sort_key,
)

__all__ = [
    "download_count_increment",
    "library_reindex_all",
    "resource_archive",
    "resource_create",
    "resource_index",
    "resource_publish",
    "resource_supersede",
    "resource_update",
    "version_delete",
    "version_file_attach",
    "version_upsert",
]

# Fields `resource_update` may change (many-to-many ones are handled apart).
UPDATABLE_FIELDS = (
    "slug", "kind", "series", "office", "status", "original_language", "edition", "compliance",
    "approved_on", "review_due", "external_url",
)


def _changes(before: dict, after: dict) -> dict:
    return {key: [str(before.get(key)), str(value)] for key, value in after.items() if before.get(key) != value}


@transaction.atomic
def resource_create(
    *,
    slug: str,
    kind: str,
    actor=None,
    status: str = Status.DRAFT,
    series=None,
    themes: Iterable = (),
    audiences: Iterable = (),
    office=None,
    original_language: str = "en",
    edition: str = "",
    compliance: str | None = None,
    approved_on: datetime.date | None = None,
    review_due: datetime.date | None = None,
    external_url: str = "",
) -> Resource:
    """Creates a resource (a work); its language versions are added with `version_upsert`."""
    if compliance is None:
        compliance = DEFAULT_COMPLIANCE.get(kind, Compliance.NOT_APPLICABLE)
    resource = Resource(
        slug=slug, kind=kind, status=status, series=series, office=office, original_language=original_language,
        edition=edition, compliance=compliance, approved_on=approved_on, review_due=review_due,
        external_url=external_url, sort_title=title_sort_key(slug),  # until it has a version (resource_index)
    )
    if status == Status.PUBLISHED:
        resource.published_at = timezone.now()
    resource.full_clean()
    resource.save()
    resource.themes.set(themes)
    resource.audiences.set(audiences)
    audit_record(actor=actor, action="library.resource.create", obj=resource, changes={"kind": kind, "status": status})
    return resource


@transaction.atomic
def resource_update(*, resource: Resource, revision: int, actor=None, themes=None, audiences=None, **fields) -> Resource:
    """Changes a resource, refusing the save if someone else changed it since `revision` was read.

    Optimistic locking: the row is updated only where its revision is still the one the editor
    started from, in a single UPDATE, so two editors cannot overwrite each other silently.
    """
    unknown = set(fields) - set(UPDATABLE_FIELDS)
    if unknown:
        raise TypeError(f"resource_update() cannot change {', '.join(sorted(unknown))}")
    before = {key: getattr(resource, key) for key in fields}
    for key, value in fields.items():
        setattr(resource, key, value)
    if resource.status == Status.PUBLISHED and resource.published_at is None:
        resource.published_at = timezone.now()
    resource.full_clean(exclude=["revision"])
    values = {key: getattr(resource, key) for key in fields}
    values["published_at"] = resource.published_at
    if not update_at_revision(Resource.objects.filter(pk=resource.pk), revision, **values, updated_at=timezone.now()):
        current = Resource.objects.filter(pk=resource.pk).values_list("revision", flat=True).first()
        raise ValidationError(
            _(
                "Someone else saved this resource after you opened it (it is now at revision %(current)s, "
                "you started from revision %(yours)s). Reload it and make your changes again."
            ),
            code="stale_revision",
            params={"current": current, "yours": revision},
        )
    resource.revision = revision + 1
    if themes is not None:
        resource.themes.set(themes)
    if audiences is not None:
        resource.audiences.set(audiences)
    audit_record(actor=actor, action="library.resource.update", obj=resource, changes=_changes(before, values))
    resource_index(resource_ids=[resource.pk])
    return resource


def _set_status(resource: Resource, status: str, *, actor, action: str) -> Resource:
    before = resource.status
    resource.status = status
    if status == Status.PUBLISHED and resource.published_at is None:
        resource.published_at = timezone.now()
    resource.revision = F("revision") + 1
    resource.save(update_fields=["status", "published_at", "revision", "updated_at"])
    resource.refresh_from_db(fields=["revision"])
    audit_record(actor=actor, action=action, obj=resource, changes={"status": [before, status]})
    return resource


@transaction.atomic
def resource_publish(*, resource: Resource, actor=None) -> Resource:
    """Makes a resource public; it needs at least one language version."""
    if not resource.versions.exists():
        raise ValidationError(_("Add at least one language version before publishing this resource."), code="no_versions")
    _set_status(resource, Status.PUBLISHED, actor=actor, action="library.resource.publish")
    resource_index(resource_ids=[resource.pk])
    return resource


@transaction.atomic
def resource_archive(*, resource: Resource, actor=None) -> Resource:
    """Withdraws a resource from the public site (kept for the record)."""
    _set_status(resource, Status.ARCHIVED, actor=actor, action="library.resource.archive")
    resource_index(resource_ids=[resource.pk])
    return resource


@transaction.atomic
def resource_supersede(*, old: Resource, new: Resource, actor=None) -> Resource:
    """Records that `new` is the edition replacing `old`; `old` stays readable, marked superseded."""
    if old.pk == new.pk:
        raise ValidationError(_("A resource cannot supersede itself."), code="self_supersede")
    if new.replaces_id and new.replaces_id != old.pk:
        raise ValidationError(_("This edition already replaces another resource."), code="already_replaces")
    holder = Resource.objects.filter(replaces=old).exclude(pk=new.pk).first()
    if holder is not None:
        raise ValidationError(
            _("%(old)s is already replaced by %(holder)s."), code="already_replaced",
            params={"old": old.slug, "holder": holder.slug},
        )
    # An edition chain must not loop back on itself (A replaces B replaces A).
    cursor = old
    while cursor is not None:
        if cursor.pk == new.pk:
            raise ValidationError(_("This would make an edition chain that loops."), code="loop")
        cursor = cursor.replaces
    new.replaces = old
    new.revision = F("revision") + 1
    new.save(update_fields=["replaces", "revision", "updated_at"])
    new.refresh_from_db(fields=["revision"])
    _set_status(old, Status.SUPERSEDED, actor=actor, action="library.resource.supersede")
    audit_record(actor=actor, action="library.resource.replace", obj=new, changes={"replaces": old.slug})
    resource_index(resource_ids=[old.pk, new.pk])
    return new


@transaction.atomic
def version_upsert(
    *,
    resource: Resource,
    lang: str,
    title: str,
    summary: str = "",
    edition_date: datetime.date | None = None,
    source_date: datetime.date | None = None,
    actor=None,
) -> LanguageVersion:
    """Creates or changes the version of `resource` in `lang`."""
    version = LanguageVersion.objects.filter(resource=resource, lang=lang).first()
    created = version is None
    if created:
        version = LanguageVersion(resource=resource, lang=lang)
    version.title = (title or "").strip()
    version.summary = summary
    version.edition_date = edition_date
    version.source_date = source_date
    version.full_clean()
    version.save()
    audit_record(
        actor=actor, action="library.version.create" if created else "library.version.update", obj=version,
        changes={"lang": lang, "title": version.title},
    )
    resource_index(resource_ids=[resource.pk])
    return version


@transaction.atomic
def version_delete(*, version: LanguageVersion, actor=None) -> None:
    """Deletes a language version and its file links (the stored documents stay, others may use them)."""
    audit_record(actor=actor, action="library.version.delete", obj=version, changes={"lang": version.lang})
    # The index entry goes with it: see receivers.remove_deleted_version (also covers cascades).
    version.delete()


def version_file_attach(*, version: LanguageVersion, source, filename: str, label: str = "", actor=None) -> VersionFile:
    """Stores a file (through ingest, which validates and deduplicates) and attaches it to `version`.

    Raises `pkhub.ingest.services.IngestError` (a ValidationError) with a clear message when the file
    is refused; nothing is attached then. Attaching the same content twice returns the existing link.
    """
    # Imported here: ingest is another app's service layer, and loading it lazily keeps the import
    # graph one-way at start-up.
    from pkhub.ingest.services import document_ingest

    with transaction.atomic():
        document, _created = document_ingest(source=source, filename=filename, actor=actor)
        existing = VersionFile.objects.filter(version=version, document=document).first()
        if existing is not None:
            return existing
        position = (version.files.aggregate(top=Max("position"))["top"] or 0) + 1
        version_file = VersionFile(version=version, document=document, label=label, position=position)
        version_file.full_clean()
        version_file.save()
        audit_record(
            actor=actor, action="library.file.attach", obj=version_file,
            changes={"version": version.pk, "document": document.pk, "name": filename},
        )
        resource_index(resource_ids=[version.resource_id])
    return version_file


def download_count_increment(version_file: VersionFile) -> None:
    """Counts one download. A single UPDATE … SET n = n + 1: no race, and nothing about who."""
    VersionFile.objects.filter(pk=version_file.pk).update(download_count=F("download_count") + 1)
