"""Writes to the library: creation, versions, files, publication, editions, locking, indexing."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from pkhub.core.models import AuditEntry
from pkhub.ingest.services import IngestError
from pkhub.library import services
from pkhub.library.models import Compliance, Kind, LanguageVersion, Resource, Status, VersionFile
from pkhub.ingest.models import DocumentText, TextStatus
from pkhub.library.tests.factories import (
    AudienceFactory,
    DocumentFactory,
    EditorFactory,
    LanguageVersionFactory,
    ThematicAreaFactory,
    VersionFileFactory,
)
from pkhub.search.backends import Filters

pytestmark = pytest.mark.django_db

FRENCH = "Les formateurs préparent les soldats de la paix à la protection des civils. " * 30


def _search(backend, query, **kwargs):
    return backend.search(query, filters=Filters(**kwargs), public_only=True)


@pytest.fixture
def resource():
    return services.resource_create(slug="cpoc", kind=Kind.STM, themes=[ThematicAreaFactory(slug="poc")])


def test_compliance_defaults_to_the_kinds(resource):
    """Policies are mandatory, guidelines strongly recommended, training packages not applicable."""
    assert services.resource_create(slug="p", kind=Kind.POLICY).compliance == Compliance.MANDATORY
    assert services.resource_create(slug="g", kind=Kind.GUIDELINES).compliance == Compliance.RECOMMENDED
    assert resource.compliance == Compliance.NOT_APPLICABLE


def test_create_is_audited_with_the_actor(resource):
    """Every write leaves an audit entry naming who did it."""
    editor = EditorFactory()
    services.resource_create(slug="audited", kind=Kind.SOP, actor=editor)
    entry = AuditEntry.objects.filter(action="library.resource.create").first()
    assert entry.actor == editor and entry.object_repr == "audited"


def test_bad_input_is_refused_with_a_message():
    """A duplicate slug, an unknown kind or an empty title is refused; nothing is saved."""
    services.resource_create(slug="dup", kind=Kind.STM)
    with pytest.raises(ValidationError):
        services.resource_create(slug="dup", kind=Kind.STM)
    with pytest.raises(ValidationError):
        services.resource_create(slug="odd", kind="spaceship")
    with pytest.raises(ValidationError):
        services.resource_create(slug="x" * 500, kind=Kind.STM)
    resource = Resource.objects.get(slug="dup")
    with pytest.raises(ValidationError):
        services.version_upsert(resource=resource, lang="en", title="   ")
    with pytest.raises(ValidationError):
        services.version_upsert(resource=resource, lang="xx", title="Title")
    assert Resource.objects.count() == 1 and not LanguageVersion.objects.exists()


def test_version_upsert_updates_the_existing_version(resource):
    """A second upsert in the same language changes the version rather than adding one."""
    services.version_upsert(resource=resource, lang="fr", title="Ancien titre")
    services.version_upsert(resource=resource, lang="fr", title="Protection des civils")
    assert list(resource.versions.values_list("title", flat=True)) == ["Protection des civils"]


def test_publish_needs_a_version(resource):
    """A resource without any language version cannot be published."""
    with pytest.raises(ValidationError, match="at least one language version"):
        services.resource_publish(resource=resource)
    services.version_upsert(resource=resource, lang="en", title="Protection of Civilians")
    services.resource_publish(resource=resource)
    assert resource.status == Status.PUBLISHED and resource.published_at


def test_save_from_an_older_revision_is_refused(resource):
    """Optimistic locking: an update started from an older revision is refused with a clear message."""
    first = resource.revision
    services.resource_update(resource=resource, revision=first, edition="2019")
    stale = Resource.objects.get(pk=resource.pk)
    with pytest.raises(ValidationError, match="Someone else saved this resource") as refusal:
        services.resource_update(resource=stale, revision=first, edition="2099")
    assert refusal.value.code == "stale_revision"
    assert Resource.objects.get(pk=resource.pk).edition == "2019"


def test_update_changes_themes_and_bumps_the_revision(resource):
    """An update from the current revision is saved, its taxonomies too."""
    theme = ThematicAreaFactory(slug="gender")
    services.resource_update(resource=resource, revision=resource.revision, themes=[theme], edition="2020")
    saved = Resource.objects.get(pk=resource.pk)
    assert saved.revision == 2 and list(saved.themes.values_list("slug", flat=True)) == ["gender"]


def test_supersede_links_both_editions(resource):
    """The new edition replaces the old one; the old one is marked superseded but stays public."""
    new = services.resource_create(slug="cpoc-2", kind=Kind.STM)
    services.resource_supersede(old=resource, new=new)
    resource.refresh_from_db()
    assert resource.status == Status.SUPERSEDED and resource.is_public and resource.replaced_by == new


def test_supersede_refuses_self_and_loops(resource):
    """A resource cannot replace itself, nor close a loop of editions."""
    new = services.resource_create(slug="cpoc-2", kind=Kind.STM)
    with pytest.raises(ValidationError):
        services.resource_supersede(old=resource, new=resource)
    services.resource_supersede(old=resource, new=new)
    with pytest.raises(ValidationError):
        services.resource_supersede(old=new, new=resource)


def test_archive_hides_from_search(resource, search_backend):
    """An archived resource no longer appears in public search."""
    services.version_upsert(resource=resource, lang="en", title="Protection of civilians package")
    services.resource_publish(resource=resource)
    assert _search(search_backend, "civilians").count == 1
    services.resource_archive(resource=resource)
    assert _search(search_backend, "civilians").count == 0


def test_draft_is_indexed_but_not_public(resource, search_backend):
    """A draft's versions are in the index for editors, never in public results."""
    services.version_upsert(resource=resource, lang="en", title="Protection of civilians draft")
    assert _search(search_backend, "civilians").count == 0
    assert search_backend.search("civilians", public_only=False).count == 1


def test_file_attach_makes_the_content_searchable(resource, search_backend, django_capture_on_commit_callbacks):
    """An uploaded French text becomes findable by its contents once extracted."""
    version = services.version_upsert(resource=resource, lang="fr", title="Protection des civils")
    services.resource_publish(resource=resource)
    with django_capture_on_commit_callbacks(execute=True):
        services.version_file_attach(version=version, source=ContentFile(FRENCH.encode()), filename="module.txt")
    results = _search(search_backend, "formateur")
    assert results.count == 1 and results.hits[0].resource_id == resource.pk


def test_same_file_twice_is_linked_once(resource):
    """Attaching the same content twice returns the same link; no second copy is stored."""
    version = services.version_upsert(resource=resource, lang="fr", title="Protection des civils")
    first = services.version_file_attach(version=version, source=ContentFile(FRENCH.encode()), filename="a.txt")
    second = services.version_file_attach(version=version, source=ContentFile(FRENCH.encode()), filename="b.txt")
    assert first.pk == second.pk and VersionFile.objects.count() == 1


def test_refused_file_leaves_nothing_attached(resource):
    """An empty file is refused by ingest with its message, and nothing is attached."""
    version = services.version_upsert(resource=resource, lang="fr", title="Protection des civils")
    with pytest.raises(IngestError, match="empty"):
        services.version_file_attach(version=version, source=ContentFile(b""), filename="empty.pdf")
    assert not VersionFile.objects.exists()


def test_version_delete_removes_it_from_search(resource, search_backend):
    """Deleting a version removes its index entry."""
    version = services.version_upsert(resource=resource, lang="en", title="Protection of civilians")
    services.resource_publish(resource=resource)
    services.version_delete(version=version)
    assert _search(search_backend, "civilians").count == 0


def test_reindex_all_rebuilds_from_the_library(resource, search_backend):
    """library_reindex_all writes one entry per version."""
    services.version_upsert(resource=resource, lang="en", title="Protection of civilians")
    services.version_upsert(resource=resource, lang="fr", title="Protection des civils")
    services.resource_publish(resource=resource)
    assert services.library_reindex_all() == 2
    assert _search(search_backend, "civils").count == 1


def test_index_entry_holds_summary_ready_texts_themes_and_audiences(search_backend):
    """A version is found by its summary and by the text of its ready files, in each of its
    resource's themes and audiences; the text of a file whose extraction failed is not indexed."""
    resource = services.resource_create(
        slug="entry", kind=Kind.STM,
        themes=[ThematicAreaFactory(slug="poc"), ThematicAreaFactory(slug="gender")],
        audiences=[AudienceFactory(slug="trainers")],
    )
    version = LanguageVersionFactory(resource=resource, lang="en", title="Handbook", summary="Ceasefire monitoring")
    VersionFileFactory(version=version, document=DocumentFactory(text="Demining manual", content=b"a"), position=1)
    VersionFileFactory(version=version, document=DocumentFactory(text=None, content=b"b", text_status=TextStatus.FAILED))
    DocumentText.objects.create(document=version.files.get(position=0).document, text="Mediation notes")
    services.resource_publish(resource=resource)
    services.resource_index(resource_ids=[resource.pk, resource.pk, 10**9])  # a duplicate and an unknown id
    for query in ("ceasefire", "demining"):
        assert [hit.resource_id for hit in _search(search_backend, query).hits] == [resource.pk]
        assert _search(search_backend, query, theme="gender").count == 1
        assert _search(search_backend, query, audience="trainers").count == 1
        assert _search(search_backend, query, theme="other").count == 0
    assert _search(search_backend, "mediation").count == 0
    snippet = _search(search_backend, "demining").hits[0].versions[0].snippet
    assert "Demining" in snippet


def test_download_counter_increments_without_personal_data():
    """The counter goes up by one per call; the file row holds nothing about the reader."""
    version_file = VersionFileFactory()
    services.download_count_increment(version_file)
    services.download_count_increment(version_file)
    assert VersionFile.objects.get(pk=version_file.pk).download_count == 2


def test_translation_out_of_date_when_older_than_the_original():
    """A translation made from a source older than the original's date is out of date."""
    resource = services.resource_create(slug="s", kind=Kind.STM)
    en = services.version_upsert(resource=resource, lang="en", title="T", edition_date=datetime.date(2020, 1, 1))
    fr = services.version_upsert(resource=resource, lang="fr", title="T", source_date=datetime.date(2019, 1, 1))
    es = services.version_upsert(resource=resource, lang="es", title="T", source_date=datetime.date(2020, 1, 1))
    assert fr.is_out_of_date(en) and not es.is_out_of_date(en) and not en.is_out_of_date(en)
