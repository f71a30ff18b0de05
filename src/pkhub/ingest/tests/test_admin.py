import pytest
from django.urls import reverse

from pkhub.accounts.tests.factories import AdministratorFactory
from pkhub.ingest.models import TextStatus
from pkhub.ingest.tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(AdministratorFactory())
    return client


def test_document_list_shows_status_error_language_and_text_length(admin_client):
    """Editors see each document's extraction status, error, language and text length."""
    DocumentFactory(original_name="poc.txt", extracted_text="Protection of civilians")
    DocumentFactory(original_name="broken.pdf", text_status=TextStatus.FAILED, error="Text extraction failed: damaged.")
    response = admin_client.get(reverse("admin:ingest_document_changelist"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "poc.txt" in content and "broken.pdf" in content
    assert ">23<" in content  # len("Protection of civilians")
    assert "Text extraction failed" in content or "failed" in content


def test_document_page_shows_the_error_and_text(admin_client):
    """A document's page shows why extraction failed, or the start of its text."""
    ready = DocumentFactory(extracted_text="Guidance on the use of force")
    failed = DocumentFactory(text_status=TextStatus.FAILED, error="Text extraction failed: the PDF is damaged.")
    assert "Guidance on the use of force" in admin_client.get(
        reverse("admin:ingest_document_change", args=[ready.pk])
    ).content.decode()
    assert "the PDF is damaged" in admin_client.get(
        reverse("admin:ingest_document_change", args=[failed.pk])
    ).content.decode()


def test_reextract_action_extracts_failed_documents_again(admin_client, django_capture_on_commit_callbacks):
    """The re-extract action queues extraction again and a failed document becomes ready."""
    document = DocumentFactory(
        content=b"Training needs assessment for police components.",
        text_status=TextStatus.FAILED,
        error="Text extraction failed: interrupted.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("admin:ingest_document_changelist"),
            {"action": "reextract", "_selected_action": [document.pk]},
            follow=True,
        )
    assert "queued for 1 document" in response.content.decode()
    document.refresh_from_db()
    assert document.text_status == TextStatus.READY
    assert document.text.text == "Training needs assessment for police components."


def test_documents_cannot_be_added_or_deleted_in_the_admin(admin_client):
    """Documents come only through validated uploads, so the admin offers no add or delete."""
    document = DocumentFactory()
    assert admin_client.get(reverse("admin:ingest_document_add")).status_code == 403
    assert admin_client.get(reverse("admin:ingest_document_delete", args=[document.pk])).status_code == 403
