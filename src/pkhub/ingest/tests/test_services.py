import io
import threading
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection

from pkhub.core.models import AuditEntry
from pkhub.ingest.models import Document, DocumentText, TextStatus
from pkhub.ingest.services import IngestError, document_ingest, document_reextract, document_text_extract
from pkhub.ingest.signals import document_text_ready
from pkhub.ingest.tests import samples
from pkhub.ingest.tests.conftest import stored_files

pytestmark = pytest.mark.django_db


def _refused(media_root: Path, source, filename: str, code: str) -> str:
    """Ingest, expect the refusal `code`, check nothing was left behind; return the message."""
    with pytest.raises(IngestError) as caught:
        document_ingest(source=source, filename=filename)
    assert caught.value.code == code
    assert Document.objects.count() == 0
    assert stored_files(media_root) == []
    message = str(caught.value)
    assert filename in message
    return message


def test_empty_file_is_refused_and_nothing_is_kept(media_root):
    """An empty upload is refused with a message naming it, and nothing is stored."""
    message = _refused(media_root, b"", "annex.pdf", "empty")
    assert "empty" in message


def test_file_over_the_size_limit_is_refused(media_root, settings):
    """A file over UPLOAD_MAX_BYTES is refused before it is stored, naming the limit."""
    settings.UPLOAD_MAX_BYTES = 10_000
    message = _refused(media_root, samples.pdf_bytes(["x" * 80] * 40) + b"\n" * 10_000, "big.pdf", "too_large")
    assert "9.8" in message  # 10,000 bytes is shown as 9.8 KB


def test_png_named_pdf_is_refused_naming_both_types(media_root):
    """A PNG image renamed .pdf is refused as not being what its name says."""
    message = _refused(media_root, samples.png_bytes(), "mandate.pdf", "type_mismatch")
    assert "PDF" in message and "PNG" in message


def test_zip_named_pdf_is_refused(media_root):
    """A zip archive renamed .pdf is refused, naming the zip."""
    message = _refused(media_root, samples.zip_bytes({"a.txt": b"hello"}), "report.pdf", "type_mismatch")
    assert "ZIP" in message


def test_pptx_named_docx_is_refused(media_root):
    """A presentation named .docx is refused naming both Word and PowerPoint."""
    message = _refused(media_root, samples.pptx_bytes([{"title": "Slide"}]), "sop.docx", "type_mismatch")
    assert "Word" in message and "PowerPoint" in message


def test_pdf_named_txt_is_refused(media_root):
    """A PDF named .txt is refused: the content decides the type."""
    _refused(media_root, samples.pdf_bytes(["Text"]), "notes.txt", "type_mismatch")


def test_binary_named_txt_is_refused(media_root):
    """Binary bytes named .txt are refused as not being text."""
    message = _refused(media_root, bytes(range(256)) * 8, "notes.txt", "type_mismatch")
    assert "binary" in message


def test_unsupported_extension_is_refused(media_root):
    """A file with an extension the hub does not accept is refused, listing what it accepts."""
    message = _refused(media_root, b"MZ\x90\x00" + b"\x00" * 100, "setup.exe", "unsupported")
    assert "PDF" in message and ".exe" in message


def test_encrypted_pdf_is_refused(media_root):
    """A password-protected PDF is refused with a message saying so."""
    message = _refused(media_root, samples.encrypted_pdf_bytes(), "annex.pdf", "encrypted")
    assert "password" in message


def test_truncated_pdf_is_refused_as_corrupt(media_root):
    """A PDF cut short (an interrupted download) is refused as damaged."""
    data = samples.pdf_bytes(["Page one", "Page two", "Page three"])
    message = _refused(media_root, data[: len(data) // 2], "cut.pdf", "corrupt")
    assert "cannot be read" in message


def test_garbage_after_pdf_header_is_refused_as_corrupt(media_root):
    """A file that only starts like a PDF is refused as damaged."""
    _refused(media_root, b"%PDF-1.7\n" + b"garbage " * 200 + b"\n%%EOF\n", "broken.pdf", "corrupt")


def test_zip_bomb_disguised_as_docx_is_refused(media_root):
    """A DOCX whose part inflates a thousandfold is refused before anything unpacks it."""
    message = _refused(media_root, samples.zip_bomb_docx_bytes(), "guidelines.docx", "zip_bomb")
    assert "unsafe" in message


def test_zip_with_parent_path_member_is_refused(media_root):
    """A DOCX holding a `../evil` member is refused as unsafe."""
    message = _refused(media_root, samples.traversal_docx_bytes(), "sop.docx", "unsafe_archive")
    assert "../evil" in message


def test_pdf_is_stored_once_under_its_checksum(media_root, django_capture_on_commit_callbacks):
    """A valid PDF is stored, its text extracted and the upload audited."""
    with django_capture_on_commit_callbacks(execute=True):
        document, created = document_ingest(
            source=samples.pdf_bytes(["Protection of civilians in peacekeeping operations"] * 2),
            filename="poc.pdf",
        )
    assert created
    document.refresh_from_db()
    assert document.text_status == TextStatus.READY
    assert document.page_count == 2
    assert document.format == "pdf" and document.content_type == "application/pdf"
    assert document.file.name == f"documents/{document.sha256[:2]}/{document.sha256}.pdf"
    assert "Protection of civilians" in document.text.text
    assert document.detected_language == "en"
    assert AuditEntry.objects.filter(action="document.ingest", object_id=str(document.pk)).exists()


def test_duplicate_upload_links_to_the_existing_document(media_root):
    """The same bytes uploaded twice, under other names and source types, make one document and one file."""
    data = samples.docx_bytes(["Standard operating procedure on detention"])
    first, created_first = document_ingest(source=data, filename="sop.docx")
    second, created_second = document_ingest(source=SimpleUploadedFile("copy.docx", data), filename="copy.docx")
    third, created_third = document_ingest(source=io.BytesIO(data), filename="again.docx")
    assert (created_first, created_second, created_third) == (True, False, False)
    assert first.pk == second.pk == third.pk
    assert Document.objects.count() == 1
    assert len(stored_files(media_root)) == 1


def test_duplicate_under_a_mismatching_name_is_still_refused(media_root):
    """A file already held is still refused when its new name claims another type."""
    data = samples.pdf_bytes(["Held already"])
    document_ingest(source=data, filename="held.pdf")
    with pytest.raises(IngestError) as caught:
        document_ingest(source=data, filename="held.docx")
    assert caught.value.code == "type_mismatch"


def test_path_source_is_accepted(media_root, tmp_path):
    """A pathlib.Path source (the ingest command) is read from disk."""
    path = tmp_path / "note.md"
    path.write_text("# Note\n\nThe **hub** keeps guidance.", encoding="utf-8")
    document, created = document_ingest(source=path, filename=path.name)
    assert created and document.format == "md" and document.content_type == "text/markdown"


def test_orphan_file_from_an_aborted_upload_is_reused(media_root):
    """A file left by an upload whose row never committed is reused, not duplicated with a suffix."""
    data = samples.pdf_bytes(["Orphan"])
    document, _ = document_ingest(source=data, filename="a.pdf")
    name = document.file.name
    Document.objects.all().delete()  # the file stays on disk, as after a rolled-back transaction
    again, created = document_ingest(source=data, filename="a.pdf")
    assert created and again.file.name == name
    assert len(stored_files(media_root)) == 1


def test_upload_racing_a_committed_duplicate_links_to_it(media_root, monkeypatch):
    """When the duplicate check misses a copy committed a moment earlier, the unique checksum makes the upload link to it."""
    data = samples.pdf_bytes(["Race between two editors"])
    first, _ = document_ingest(source=data, filename="first.pdf")
    real_filter = Document.objects.filter
    calls = []

    def filter_missing_once(*args, **kwargs):
        calls.append(kwargs)
        # The first look-up (the duplicate check) runs "before" the other upload committed.
        return Document.objects.none() if len(calls) == 1 else real_filter(*args, **kwargs)

    monkeypatch.setattr(Document.objects, "filter", filter_missing_once)
    second, created = document_ingest(source=data, filename="second.pdf")
    monkeypatch.undo()
    assert (second.pk, created) == (first.pk, False)
    assert Document.objects.count() == 1
    assert len(stored_files(media_root)) == 1


def _is_shared_cache_lock(exc: Exception) -> bool:
    # The in-memory SQLite test database is shared between threads through SQLite's shared cache,
    # whose table locks fail at once instead of waiting like the file database's busy timeout.
    return connection.vendor == "sqlite" and "table is locked" in str(exc)


@pytest.mark.django_db(transaction=True)
def test_concurrent_duplicate_uploads_make_one_document(media_root):
    """Two simultaneous uploads of the same bytes both succeed and share one document and one file."""
    data = samples.pdf_bytes(["Concurrent upload of the same manual"])
    barrier = threading.Barrier(2)
    results, errors = [], []

    def upload(name):
        try:
            barrier.wait()
            for attempt in range(50):
                try:
                    results.append(document_ingest(source=data, filename=name))
                    return
                except OperationalError as exc:
                    if not _is_shared_cache_lock(exc) or attempt == 49:
                        raise
                    time.sleep(0.02)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=upload, args=(f"copy{i}.pdf",)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len({doc.pk for doc, _ in results}) == 1
    assert sorted(created for _, created in results) == [False, True]
    assert Document.objects.count() == 1
    assert len(stored_files(media_root)) == 1


@pytest.mark.django_db(transaction=True)
def test_a_failed_upload_leaves_the_file_a_concurrent_upload_of_the_same_bytes_took(media_root, monkeypatch):
    """Upload B writes the file, upload A finds it complete and commits its document with it, then
    B fails: the file stays, A's document keeps its content, and B's error is raised."""
    data = samples.pdf_bytes(["Shared manual"])
    original_clean = Document.full_clean

    def a_commits_first_then_b_fails(document, *args, **kwargs):
        monkeypatch.setattr(Document, "full_clean", original_clean)
        winner, created = document_ingest(source=data, filename="a.pdf")  # finds B's file complete
        assert created and winner.file.name == document.file.name
        raise OperationalError("database is locked")

    monkeypatch.setattr(Document, "full_clean", a_commits_first_then_b_fails)
    with pytest.raises(OperationalError):
        document_ingest(source=data, filename="b.pdf")
    document = Document.objects.get()
    assert document.original_name == "a.pdf"
    assert [path.read_bytes() for path in stored_files(media_root)] == [data]
    assert document.file.read() == data


def test_text_ready_signal_is_sent_after_commit(media_root, django_capture_on_commit_callbacks):
    """Listeners (the library's indexing) hear about a document once its text is stored."""
    heard = []

    def listener(sender, document, **kwargs):
        heard.append((sender, document.pk, DocumentText.objects.filter(document=document).exists()))

    document_text_ready.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            document, _ = document_ingest(source=b"Plain text about training needs.", filename="tna.txt")
    finally:
        document_text_ready.disconnect(listener)
    assert heard == [(Document, document.pk, True)]


def test_extraction_is_idempotent(media_root, django_capture_on_commit_callbacks):
    """Running the extraction again for a ready document changes nothing and sends no signal."""
    with django_capture_on_commit_callbacks(execute=True):
        document, _ = document_ingest(source=b"Training needs assessment of the region.", filename="tna.txt")
    document.refresh_from_db()
    extracted_at = document.extracted_at
    document_text_extract(document_id=document.pk)
    document.refresh_from_db()
    assert document.extracted_at == extracted_at
    assert DocumentText.objects.count() == 1


def test_pending_document_left_by_a_killed_worker_completes_on_retry(media_root):
    """A document whose worker died before committing is still pending, and a retry completes it."""
    document, _ = document_ingest(source=b"Lessons learned from the mission.", filename="lessons.txt")
    assert document.text_status == TextStatus.PENDING  # on_commit callbacks never ran: the "killed" worker
    document_text_extract(document_id=document.pk)
    document.refresh_from_db()
    assert document.text_status == TextStatus.READY
    assert document.text.text == "Lessons learned from the mission."


def test_failed_extraction_records_a_clear_error_and_can_be_retried(media_root, django_capture_on_commit_callbacks):
    """A document whose stored file went missing fails with a reason; re-extracting after restoring it succeeds."""
    document, _ = document_ingest(source=b"Guidance on the use of force.", filename="force.txt")
    path = Path(document.file.path)
    content = path.read_bytes()
    path.unlink()
    document_text_extract(document_id=document.pk)
    document.refresh_from_db()
    assert document.text_status == TextStatus.FAILED
    assert "missing" in document.error
    path.write_bytes(content)
    with django_capture_on_commit_callbacks(execute=True):
        document_reextract(document=document)
    document.refresh_from_db()
    assert document.text_status == TextStatus.READY and document.error == ""


def test_scanned_pdf_without_text_fails_with_a_reason(media_root, django_capture_on_commit_callbacks):
    """A PDF with no text layer is kept but marked failed, saying OCR is needed."""
    with django_capture_on_commit_callbacks(execute=True):
        document, _ = document_ingest(source=samples.pdf_bytes(["", ""]), filename="scan.pdf")
    document.refresh_from_db()
    assert document.text_status == TextStatus.FAILED
    assert "OCR" in document.error


def test_damaged_pdf_text_is_repaired_before_storing(media_root, django_capture_on_commit_callbacks):
    """Text with letters shifted by 0x60 is stored repaired and the document is flagged."""
    with django_capture_on_commit_callbacks(execute=True):
        document, _ = document_ingest(
            source="The UN Peace and Security PÉÌÌÁÒ ÉÓ ÁÔ ÔÈÅ ÈÅÁÒÔ ÏÆ ÔÈÅ #ÈÁÒÔÅÒȭÓ ÃÏÍÍÉÔÍÅÎÔ".encode(),
            filename="eguide.txt",
        )
    document.refresh_from_db()
    assert document.repaired
    assert document.text.text == "The UN Peace and Security Pillar is at the heart of the Charter's commitment"
