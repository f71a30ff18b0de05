from django.db import models
from django.utils.translation import gettext_lazy as _


class Format(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "Word (DOCX)"
    PPTX = "pptx", "PowerPoint (PPTX)"
    HTML = "html", "HTML"
    TXT = "txt", _("Plain text")
    MD = "md", "Markdown"


class TextStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for text extraction")
    READY = "ready", _("Text extracted")
    FAILED = "failed", _("Text extraction failed")


def _document_path(document, filename):
    # Content-addressed: the same bytes are stored once, whatever they are called.
    return f"documents/{document.sha256[:2]}/{document.sha256}.{document.format}"


class Document(models.Model):
    """One stored file, held once per content (SHA-256), with the text extracted from it."""

    sha256 = models.CharField(_("SHA-256 checksum"), max_length=64, unique=True)
    file = models.FileField(_("file"), upload_to=_document_path, max_length=200)
    original_name = models.CharField(_("original file name"), max_length=255)
    format = models.CharField(_("format"), max_length=8, choices=Format.choices)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    text_status = models.CharField(
        _("text status"), max_length=10, choices=TextStatus.choices, default=TextStatus.PENDING
    )
    error = models.TextField(_("why extraction failed"), blank=True)
    detected_language = models.CharField(_("detected language"), max_length=2, blank=True)
    language_confidence = models.FloatField(_("language confidence"), null=True, blank=True)
    repaired = models.BooleanField(
        _("extraction damage repaired"),
        default=False,
        help_text=_("The PDF's text had letters shifted by its fonts and was repaired before indexing."),
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    extracted_at = models.DateTimeField(_("text extracted"), null=True, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created_at"]

    def __str__(self):
        return self.original_name


class DocumentText(models.Model):
    """The clean text of a document: a wide table of its own, read only when needed."""

    document = models.OneToOneField(Document, on_delete=models.CASCADE, primary_key=True, related_name="text")
    text = models.TextField()

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")
