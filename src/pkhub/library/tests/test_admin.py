"""The library admin for editors: matrix, uploads, optimistic locking, actions."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from pkhub.library import services
from pkhub.library.models import Kind, Resource, Status, VersionFile
from pkhub.library.tests.factories import DocumentFactory, EditorFactory, UserFactory, VersionFileFactory

pytestmark = pytest.mark.django_db

TEXT = "Protection of civilians is a mandated task of peacekeeping operations. " * 20


@pytest.fixture
def editor_client(client):
    client.force_login(EditorFactory())
    return client


@pytest.fixture
def resource():
    resource = services.resource_create(slug="cpoc", kind=Kind.STM)
    en = services.version_upsert(resource=resource, lang="en", title="Protection of Civilians", edition_date=datetime.date(2020, 1, 1))
    services.version_upsert(resource=resource, lang="fr", title="Protection des civils", source_date=datetime.date(2019, 1, 1))
    file = VersionFileFactory(version=en)
    VersionFile.objects.filter(pk=file.pk).update(download_count=7)
    return resource


def _change_data(resource, **overrides):
    data = {
        "slug": resource.slug, "kind": resource.kind, "status": resource.status, "original_language": "en",
        "edition": "", "compliance": "", "expected_revision": resource.revision,
        "versions-TOTAL_FORMS": "0", "versions-INITIAL_FORMS": "0", "versions-MIN_NUM_FORMS": "0", "versions-MAX_NUM_FORMS": "6",
    }
    data.update(overrides)
    return data


def test_visitor_and_plain_user_cannot_reach_the_admin(client, resource):
    """Only editors reach the library admin."""
    assert client.get("/en/admin/library/resource/").status_code == 302
    client.force_login(UserFactory(is_staff=True))
    assert client.get("/en/admin/library/resource/").status_code == 403


def test_change_page_shows_the_language_matrix(editor_client, resource):
    """The change page shows six languages: held, out of date, missing, with files and downloads."""
    body = editor_client.get(f"/en/admin/library/resource/{resource.pk}/change/").content.decode()
    assert body.count('class="pk-missing"') == 4
    assert 'class="pk-stale"' in body and "7 downloads" in body


def test_list_shows_a_matrix_column(editor_client, resource):
    """The resource list shows each resource's languages at a glance."""
    body = editor_client.get("/en/admin/library/resource/").content.decode()
    assert "pk-matrix-row" in body and "FR!" in body


def test_save_from_an_older_revision_is_refused(editor_client, resource):
    """Two editors: the second save, started from the older revision, is refused with a message."""
    stale = resource.revision
    services.resource_update(resource=resource, revision=resource.revision, edition="2020")
    response = editor_client.post(
        f"/en/admin/library/resource/{resource.pk}/change/", _change_data(resource, edition="2099", expected_revision=stale)
    )
    assert response.status_code == 200
    assert "Someone else saved this resource" in response.content.decode()
    assert Resource.objects.get(pk=resource.pk).edition == "2020"


def test_save_from_the_current_revision_goes_through(editor_client, resource):
    """A save from the current revision is stored and bumps the revision."""
    response = editor_client.post(f"/en/admin/library/resource/{resource.pk}/change/", _change_data(resource, edition="2021"))
    assert response.status_code == 302
    saved = Resource.objects.get(pk=resource.pk)
    assert saved.edition == "2021" and saved.revision == resource.revision + 1


def test_publish_action_publishes_and_reports_refusals(editor_client, resource):
    """The publish action publishes resources with versions and explains the others."""
    empty = services.resource_create(slug="empty", kind=Kind.STM)
    response = editor_client.post(
        "/en/admin/library/resource/", {"action": "publish", "_selected_action": [resource.pk, empty.pk]}, follow=True
    )
    assert Resource.objects.get(pk=resource.pk).status == Status.PUBLISHED
    assert Resource.objects.get(pk=empty.pk).status == Status.DRAFT
    assert "Add at least one language version" in response.content.decode()


def test_supersede_action_links_the_editions(editor_client, resource):
    """Selecting two resources makes the newer replace the older."""
    new = services.resource_create(slug="cpoc-2", kind=Kind.STM)
    editor_client.post("/en/admin/library/resource/", {"action": "supersede", "_selected_action": [resource.pk, new.pk]})
    assert Resource.objects.get(pk=new.pk).replaces_id == resource.pk
    assert Resource.objects.get(pk=resource.pk).status == Status.SUPERSEDED


def _version_data(version, **extra):
    data = {
        "resource": version.resource_id, "lang": version.lang, "title": version.title, "summary": "",
        "files-TOTAL_FORMS": "0", "files-INITIAL_FORMS": "0", "files-MIN_NUM_FORMS": "0", "files-MAX_NUM_FORMS": "1000",
    }
    data.update(extra)
    return data


def test_upload_attaches_a_file_to_the_version(editor_client, resource):
    """An editor uploads the French text on the version page; it is attached."""
    version = resource.versions.get(lang="fr")
    upload = SimpleUploadedFile("protection.txt", TEXT.encode(), content_type="text/plain")
    response = editor_client.post(
        f"/en/admin/library/languageversion/{version.pk}/change/", _version_data(version, upload=upload, upload_label="Module 1")
    )
    assert response.status_code == 302
    assert version.files.get().label == "Module 1"


def test_refused_upload_is_a_form_error_and_saves_nothing(editor_client, resource):
    """An empty file is refused with ingest's message and the title change is not saved either."""
    version = resource.versions.get(lang="fr")
    upload = SimpleUploadedFile("empty.pdf", b"", content_type="application/pdf")
    response = editor_client.post(
        f"/en/admin/library/languageversion/{version.pk}/change/", _version_data(version, title="Changed", upload=upload)
    )
    assert response.status_code == 200
    assert "empty" in response.content.decode()
    version.refresh_from_db()
    assert version.title == "Protection des civils" and not version.files.exists()


def test_detected_language_mismatch_is_flagged(editor_client, resource):
    """A file whose text reads as English on the French version carries a warning."""
    version = resource.versions.get(lang="fr")
    VersionFileFactory(version=version, document=DocumentFactory(detected_language="en"))
    body = editor_client.get(f"/en/admin/library/languageversion/{version.pk}/change/").content.decode()
    assert "⚠ en ≠ fr" in body


def test_taxonomy_admin_lists_translated_names(editor_client):
    """Editors manage thematic areas with a name per language."""
    body = editor_client.get("/en/admin/library/thematicarea/add/").content.decode()
    assert "name_fr" in body and "name_ar" in body
