"""Admin for stored documents: what was extracted, what failed and why, and a way to retry."""

from django.contrib import admin, messages
from django.db.models import IntegerField
from django.db.models.functions import Coalesce, Length
from django.template.defaultfilters import filesizeformat, truncatechars
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from pkhub.ingest.models import Document
from pkhub.ingest.services import document_reextract


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    """Documents are created by uploads (through the library or `manage.py ingest`), never edited here."""

    list_display = (
        "original_name", "format", "human_size", "page_count", "text_status", "detected_language",
        "text_length", "repaired", "created_at",
    )  # fmt: skip
    list_filter = ("text_status", "format", "detected_language", "repaired")
    search_fields = ("original_name", "sha256")
    date_hierarchy = "created_at"
    actions = ("reextract",)
    fields = (
        "original_name", "file", "format", "content_type", "human_size", "sha256", "page_count",
        "text_status", "error", "detected_language", "language_confidence", "repaired", "text_length",
        "text_preview", "created_at", "extracted_at",
    )  # fmt: skip
    readonly_fields = fields

    def get_queryset(self, request):
        # The length is computed in the database: the wide text itself is never loaded for the list.
        return (
            super()
            .get_queryset(request)
            .annotate(text_chars=Coalesce(Length("text__text"), 0, output_field=IntegerField()))
        )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        # Language versions hold on to their documents; a stored file goes when nothing uses it.
        return False

    @admin.display(description=_("size"), ordering="size")
    def human_size(self, obj):
        return filesizeformat(obj.size)

    @admin.display(description=_("text length (characters)"), ordering="text_chars")
    def text_length(self, obj):
        return getattr(obj, "text_chars", 0)

    @admin.display(description=_("start of the text"))
    def text_preview(self, obj):
        text = getattr(getattr(obj, "text", None), "text", "") if obj.pk else ""
        return truncatechars(text, 2000) if text else "—"

    @admin.action(description=_("Extract the text again"), permissions=["change"])
    def reextract(self, request, queryset):
        count = 0
        for document in queryset:
            document_reextract(document=document, actor=request.user)
            count += 1
        self.message_user(
            request,
            ngettext(
                "Text extraction was queued for %(count)d document.",
                "Text extraction was queued for %(count)d documents.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
