"""Writes of the ingest app: storing an uploaded file once, and extracting its text."""

import logging
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import DatabaseError, IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pkhub.core.audit import audit_record
from pkhub.ingest.extract import ExtractionError, check_pdf, extract
from pkhub.ingest.language import guess_language
from pkhub.ingest.models import Document, DocumentText, Format, TextStatus, _document_path
from pkhub.ingest.repair import repair_text
from pkhub.ingest.signals import document_text_ready
from pkhub.ingest.sniff import FORMAT_LABELS, TEXT_FORMATS, SniffError, format_for_name, sniff
from pkhub.ingest.spool import TooLarge, local_copy, spooled

logger = logging.getLogger(__name__)

ACCEPTED = _("The hub accepts PDF, Word (DOCX), PowerPoint (PPTX), HTML, plain text and Markdown files.")

_MESSAGES = {
    "empty": _("“%(name)s” is empty (0 bytes): there is nothing to store."),
    "too_large": _("“%(name)s” is larger than %(limit)s, the most the hub accepts for one file."),
    "unsupported": _("“%(name)s” cannot be stored: it is %(actual)s. %(accepted)s"),
    "unsupported_extension": _("“%(name)s” cannot be stored: files ending in “%(extension)s” are not accepted. %(accepted)s"),
    "type_mismatch": _("“%(name)s” is named as %(expected)s, but its content is %(actual)s. Check that you chose the right file, or give it the right extension."),
    "encrypted": _("“%(name)s” cannot be read: %(reason)s. Upload a copy without password protection."),
    "corrupt": _("“%(name)s” cannot be read: %(reason)s. Try saving or exporting it again."),
    "zip_bomb": _("“%(name)s” was refused as unsafe: %(reason)s."),
    "unsafe_archive": _("“%(name)s” was refused as unsafe: %(reason)s."),
}  # fmt: skip


class IngestError(ValidationError):
    """A file the hub refuses, with a message that names the file and the reason.

    `code` is one of: empty, too_large, unsupported, type_mismatch, encrypted, corrupt, zip_bomb,
    unsafe_archive.
    """

    def __init__(self, code: str, *, filename: str, message_key: str | None = None, **params):
        params = {"name": _display_name(filename), "accepted": ACCEPTED, **params}
        super().__init__(_MESSAGES[message_key or code], code=code, params=params)

    def __str__(self) -> str:
        return self.messages[0]


def _display_name(filename: str) -> str:
    name = Path(str(filename).replace("\\", "/")).name or str(filename)
    return name if len(name) <= 120 else f"{name[:80]}…{name[-30:]}"


def enqueue_extraction(document_id: int) -> None:
    from pkhub.ingest.tasks import extract_document_text

    extract_document_text.enqueue(document_id)


def _decide_format(path: Path, filename: str) -> tuple[str, str]:
    """The (format, content type) of the file, decided by content and checked against the name."""
    suffix = Path(filename).suffix.lower()
    name_format = format_for_name(filename)
    if suffix and name_format is None:
        raise IngestError("unsupported", filename=filename, message_key="unsupported_extension", extension=suffix)
    try:
        found = sniff(path, name_format=name_format)
    except SniffError as exc:
        raise IngestError(exc.code, filename=filename, reason=exc.reason) from exc
    if found.format is None:
        if name_format is None:
            raise IngestError("unsupported", filename=filename, actual=found.label)
        raise IngestError("type_mismatch", filename=filename, expected=FORMAT_LABELS[name_format], actual=found.label)
    compatible = found.format == name_format or (
        found.format in TEXT_FORMATS and name_format in TEXT_FORMATS and found.format != Format.HTML
    )
    if name_format is not None and not compatible:
        raise IngestError("type_mismatch", filename=filename, expected=FORMAT_LABELS[name_format], actual=found.label)
    return found.format, found.content_type


def _store_file(document: Document, path: Path) -> bool:
    """Put the file in storage under its content address; True when this call wrote it."""
    storage = document.file.storage
    name = _document_path(document, "")
    # Left by an upload whose transaction did not commit (same checksum, so same bytes), or just
    # written by a concurrent upload of the same file: reuse it once complete. A file of another
    # size may still be being written by that upload, so it is left alone and the storage picks
    # another name for this copy.
    if storage.exists(name) and storage.size(name) == document.size:
        document.file.name = name
        return False
    with open(path, "rb") as handle:
        document.file.save(name, File(handle), save=False)
    return True


def document_ingest(*, source, filename: str, actor=None) -> tuple[Document, bool]:
    """Validate and store a file once per content; return (document, created).

    `source` is a Django File/UploadedFile, a binary file object, bytes or a pathlib.Path. A file
    already held (same SHA-256) is not stored again: the existing document is returned. A new
    document is saved with its text pending, and extraction is queued once the transaction
    commits. Any refusal raises IngestError and leaves no row and no file behind.
    """
    filename = _display_name(filename or getattr(source, "name", "") or "")
    limit = settings.UPLOAD_MAX_BYTES
    try:
        with spooled(source, limit=limit) as upload:
            if upload.size == 0:
                raise IngestError("empty", filename=filename)
            fmt, content_type = _decide_format(upload.path, filename)
            existing = Document.objects.filter(sha256=upload.sha256).first()
            if existing is not None:
                return existing, False
            page_count = None
            if fmt == Format.PDF:
                try:
                    page_count = check_pdf(upload.path)
                except ExtractionError as exc:
                    raise IngestError(exc.code, filename=filename, reason=exc.reason) from exc
            document = Document(
                sha256=upload.sha256,
                original_name=filename[:255],
                format=fmt,
                content_type=content_type,
                size=upload.size,
                page_count=page_count,
                text_status=TextStatus.PENDING,
            )
            return _save_new(document, upload.path, actor=actor)
    except TooLarge as exc:
        raise IngestError("too_large", filename=filename, limit=filesizeformat(limit)) from exc


def _save_new(document: Document, path: Path, *, actor) -> tuple[Document, bool]:
    wrote_file = _store_file(document, path)
    try:
        document.full_clean(validate_unique=False)
        with transaction.atomic():
            document.save()
            audit_record(
                actor=actor,
                action="document.ingest",
                obj=document,
                changes={"sha256": document.sha256, "format": document.format, "size": document.size},
            )
            transaction.on_commit(partial(enqueue_extraction, document.pk))
    except IntegrityError:
        # A concurrent upload of the same bytes committed first: link to its document.
        winner = Document.objects.filter(sha256=document.sha256).first()
        if winner is None:
            _discard(document, wrote_file, keep=None)
            raise
        _discard(document, wrote_file, keep=winner.file.name)
        return winner, False
    except BaseException:
        _discard(document, wrote_file, keep=None)
        raise
    return document, True


def _discard(document: Document, wrote_file: bool, *, keep: str | None) -> None:
    name = document.file.name
    if wrote_file and name and name != keep and not _maybe_taken(document, name):
        document.file.storage.delete(name)
    document.pk = None


def _maybe_taken(document: Document, name: str) -> bool:
    """Whether a concurrent upload of the same bytes may have found this file complete and
    committed its own document with it (`_store_file`): then the file is that document's.

    Only the content address can be taken so; a name the storage chose because the address was
    busy is this upload's alone. When the database cannot tell, the file stays: a later upload of
    the same bytes reuses it.
    """
    if name != _document_path(document, ""):
        return False
    try:
        return Document.objects.filter(file=name).exists()
    except DatabaseError:
        return True


def document_reextract(*, document: Document, actor=None) -> None:
    """Extract the text of `document` again (after a failure, or after the extractor improved)."""
    with transaction.atomic():
        locked = Document.objects.select_for_update().get(pk=document.pk)
        locked.text_status = TextStatus.PENDING
        locked.error = ""
        locked.save(update_fields=["text_status", "error"])
        audit_record(actor=actor, action="document.reextract", obj=locked)
        transaction.on_commit(partial(enqueue_extraction, locked.pk))
    document.text_status = TextStatus.PENDING
    document.error = ""


def document_text_extract(*, document_id: int) -> None:
    """Extract, repair and classify the text of a pending document, storing all of it at once.

    Idempotent: a document that is not pending is left alone, and nothing is written until the
    final transaction, so a worker killed midway leaves the document pending for a retry.
    """
    document = Document.objects.filter(pk=document_id).first()
    if document is None or document.text_status != TextStatus.PENDING:
        return
    try:
        with local_copy(document.file) as path:
            text, page_count = extract(path, document.format)
    except ExtractionError as exc:
        _mark_failed(document_id, str(exc.reason))
        return
    except FileNotFoundError:
        _mark_failed(document_id, str(_("the stored file is missing")))
        return
    except Exception as exc:  # a parser bug must not leave the document pending forever
        logger.exception("Text extraction failed for document %s", document_id)
        _mark_failed(document_id, str(_("the file could not be read ({kind})")).format(kind=type(exc).__name__))
        return
    text, repaired = repair_text(text)
    # Soft hyphens only mark where a word may break; the repair has read the damaged ones.
    text = text.replace("\u00ad", "")
    if not text.strip():
        _mark_failed(document_id, str(_("no text was found in it (a scanned document needs OCR first)")))
        return
    language, confidence = guess_language(text)
    with transaction.atomic():
        document = Document.objects.select_for_update().filter(pk=document_id).first()
        if document is None or document.text_status != TextStatus.PENDING:
            return
        DocumentText.objects.update_or_create(document=document, defaults={"text": text})
        document.page_count = page_count if page_count is not None else document.page_count
        document.text_status = TextStatus.READY
        document.error = ""
        document.repaired = repaired
        document.detected_language = language
        document.language_confidence = confidence if language else None
        document.extracted_at = timezone.now()
        document.save(
            update_fields=[
                "page_count", "text_status", "error", "repaired", "detected_language",
                "language_confidence", "extracted_at",
            ]
        )  # fmt: skip
        transaction.on_commit(partial(document_text_ready.send, sender=Document, document=document))


def _mark_failed(document_id: int, reason: str) -> None:
    with transaction.atomic():
        document = Document.objects.select_for_update().filter(pk=document_id).first()
        if document is None or document.text_status != TextStatus.PENDING:
            return
        document.text_status = TextStatus.FAILED
        document.error = str(_("Text extraction failed: {reason}.")).format(reason=reason)
        document.extracted_at = timezone.now()
        document.save(update_fields=["text_status", "error", "extracted_at"])
