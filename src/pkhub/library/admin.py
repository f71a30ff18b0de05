"""The library in the Django admin, for editors (see rules.py)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import router, transaction
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from pkhub.core.audit import audit_record
from pkhub.library import services
from pkhub.library.matrix import language_matrix, language_mismatch
from pkhub.library.models import (
    Audience,
    LanguageVersion,
    Office,
    Resource,
    Series,
    Status,
    ThematicArea,
    VersionFile,
)

STALE_REVISION = _(
    "Someone else saved this resource after you opened it. Reload the page and make your changes again."
)


class RollbackOnErrorMixin:
    """A form shown again with errors leaves nothing behind (an upload it made is undone too)."""

    def _changeform_view(self, request, object_id, form_url, extra_context):
        response = super()._changeform_view(request, object_id, form_url, extra_context)
        if request.method == "POST" and response.status_code == 200:
            transaction.set_rollback(True, using=router.db_for_write(self.model))
        return response


class LanguageVersionInline(admin.StackedInline):
    model = LanguageVersion
    extra = 0
    fields = (("lang", "title"), "summary", ("edition_date", "source_date"), "files_summary")
    readonly_fields = ("files_summary",)
    show_change_link = True

    @admin.display(description=_("files"))
    def files_summary(self, version):
        if not version.pk:
            return _("Save first, then add files on the version's page.")
        files = list(version.files.all())
        return format_html(
            '{} <a href="{}">{}</a>',
            ", ".join(str(f) for f in files) or _("no file yet"),
            reverse("admin:library_languageversion_change", args=[version.pk]),
            _("Upload or manage files"),
        )


class ResourceForm(forms.ModelForm):
    expected_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Resource
        fields = "__all__"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_revision"].initial = self.instance.revision

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            current = Resource.objects.filter(pk=self.instance.pk).values_list("revision", flat=True).first()
            if cleaned.get("expected_revision") != current:
                raise ValidationError(STALE_REVISION, code="stale_revision")
        return cleaned


@admin.register(Resource)
class ResourceAdmin(RollbackOnErrorMixin, ObjectPermissionsModelAdmin):
    form = ResourceForm
    inlines = [LanguageVersionInline]
    list_display = ("slug", "title", "kind", "status", "matrix_column", "updated_at")
    list_filter = ("status", "kind", "themes", "audiences", "series", "office")
    search_fields = ("slug", "versions__title")
    filter_horizontal = ("themes", "audiences")
    readonly_fields = ("language_matrix", "published_at", "revision")
    autocomplete_fields = ("replaces",)
    actions = ["publish", "archive", "supersede"]
    fieldsets = (
        (None, {"fields": ("language_matrix", "slug", "kind", "status", "original_language", "edition", "expected_revision")}),
        (_("Classification"), {"fields": ("series", "themes", "audiences", "office")}),
        (_("Guidance"), {"fields": ("compliance", "approved_on", "review_due")}),
        (_("Editions"), {"fields": ("replaces", "external_url", "published_at", "revision")}),
    )

    class Media:
        css = {"all": ["pkhub/admin-library.css"]}

    def get_queryset(self, request):
        files = VersionFile.objects.select_related("document", "version")
        return super().get_queryset(request).prefetch_related(
            Prefetch("versions", queryset=LanguageVersion.objects.prefetch_related(Prefetch("files", queryset=files)))
        )

    @admin.display(description=_("title"))
    def title(self, resource):
        version = resource.version_in(resource.original_language)
        return version.title if version else "—"

    @admin.display(description=_("languages"))
    def matrix_column(self, resource):
        return render_to_string("library/admin/matrix_row.html", {"cells": language_matrix(resource)})

    @admin.display(description=_("language matrix"))
    def language_matrix(self, resource):
        if not resource.pk:
            return "—"
        return render_to_string("library/admin/matrix.html", {"cells": language_matrix(resource)})

    def save_model(self, request, obj, form, change):
        if change:
            fields = {name: getattr(obj, name) for name in services.UPDATABLE_FIELDS}
            services.resource_update(resource=obj, revision=form.cleaned_data["expected_revision"], actor=request.user, **fields)
        else:
            obj.save()
            audit_record(actor=request.user, action="library.resource.create", obj=obj, changes={"via": "admin"})

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Inline versions were saved by the admin's formsets: bring the index up to date.
        services.resource_index(resource_ids=[form.instance.pk])

    def _each(self, request, queryset, service, done_message):
        done = 0
        for resource in queryset:
            try:
                service(resource=resource, actor=request.user)
                done += 1
            except ValidationError as error:
                self.message_user(request, f"{resource.slug}: {' '.join(error.messages)}", messages.ERROR)
        if done:
            self.message_user(request, done_message % {"count": done}, messages.SUCCESS)

    def has_publish_permission(self, request, obj=None):
        # Publishing is its own rule (library.publish_resource), not "may change".
        return request.user.has_perm("library.publish_resource", obj)

    @admin.action(description=_("Publish the selected resources"), permissions=["publish"])
    def publish(self, request, queryset):
        self._each(request, queryset, services.resource_publish, _("%(count)s resources published."))

    @admin.action(description=_("Archive the selected resources"), permissions=["change"])
    def archive(self, request, queryset):
        self._each(request, queryset, services.resource_archive, _("%(count)s resources archived."))

    @admin.action(description=_("Supersede: the newer of two selected replaces the older"), permissions=["change"])
    def supersede(self, request, queryset):
        pair = list(queryset.order_by("created_at", "pk"))
        if len(pair) != 2:
            self.message_user(request, _("Select exactly two resources: the old edition and the new one."), messages.ERROR)
            return
        try:
            services.resource_supersede(old=pair[0], new=pair[1], actor=request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        self.message_user(request, _("%(new)s now replaces %(old)s.") % {"new": pair[1].slug, "old": pair[0].slug}, messages.SUCCESS)


class VersionFileInline(admin.TabularInline):
    model = VersionFile
    extra = 0
    fields = ("label", "position", "document_facts", "detected_language", "download_count")
    readonly_fields = ("document_facts", "detected_language", "download_count")

    def has_add_permission(self, request, obj=None):
        return False  # files arrive through the upload field, which validates them

    @admin.display(description=_("document"))
    def document_facts(self, version_file):
        document = version_file.document
        return f"{document.original_name} · {document.format.upper()} · {document.size:,} B · {document.get_text_status_display()}"

    @admin.display(description=_("detected language"))
    def detected_language(self, version_file):
        detected = version_file.document.detected_language or "—"
        if language_mismatch(version_file):
            return format_html('<strong class="pk-warn">⚠ {} ≠ {}</strong>', detected, version_file.version.lang)
        return detected


class LanguageVersionForm(forms.ModelForm):
    upload = forms.FileField(label=_("Add a file"), required=False, help_text=_("PDF, DOCX, PPTX, HTML, TXT or Markdown."))
    upload_label = forms.CharField(label=_("Label of the file"), required=False, max_length=200)

    class Meta:
        model = LanguageVersion
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload and not self.errors and self.instance.pk:
            try:
                with transaction.atomic():
                    services.version_file_attach(
                        version=self.instance, source=upload, filename=upload.name,
                        label=cleaned.get("upload_label", ""), actor=getattr(self, "actor", None),
                    )
            except ValidationError as error:  # IngestError is one: its message says why
                self.add_error("upload", error.messages)
        elif upload and not self.instance.pk:
            self.add_error("upload", _("Save the version first, then add its files."))
        return cleaned


@admin.register(LanguageVersion)
class LanguageVersionAdmin(RollbackOnErrorMixin, ObjectPermissionsModelAdmin):
    form = LanguageVersionForm
    inlines = [VersionFileInline]
    list_display = ("title", "lang", "resource", "edition_date", "source_date")
    list_filter = ("lang",)
    search_fields = ("title", "resource__slug")
    autocomplete_fields = ("resource",)
    fields = ("resource", "lang", "title", "summary", "edition_date", "source_date", "upload", "upload_label")

    class Media:
        css = {"all": ["pkhub/admin-library.css"]}

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.actor = request.user
        return form

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        audit_record(actor=request.user, action="library.version.update" if change else "library.version.create", obj=obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.resource_index(resource_ids=[form.instance.resource_id])


class TaxonAdmin(ObjectPermissionsModelAdmin, TranslationAdmin):
    list_display = ("name", "slug")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}


admin.site.register(ThematicArea, TaxonAdmin)
admin.site.register(Audience, TaxonAdmin)
admin.site.register(Series, TaxonAdmin)


@admin.register(Office)
class OfficeAdmin(TaxonAdmin):
    list_display = ("name", "acronym", "slug")
