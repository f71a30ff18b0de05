"""The e-Guide's admin for editors: text, links, questions, the directory (moves keep history),
and the list of cross-references whose target does not exist."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline, TranslationTabularInline

from pkhub.eguide import services
from pkhub.eguide.models import Certificate, Choice, CrossReference, Module, Question, Section, SectionLink, Unit, UnitMove


class SectionLinkInline(TranslationTabularInline):
    model = SectionLink
    extra = 0


@admin.register(Module)
class ModuleAdmin(TranslationAdmin):
    list_display = ("number", "title", "content_pending")


@admin.register(Section)
class SectionAdmin(TranslationAdmin):
    list_display = ("number", "title", "module", "numbered_in_source", "content_pending")
    list_filter = ("module", "content_pending")
    search_fields = ("number",)
    ordering = ("module__number", "order")
    autocomplete_fields = ("units", "charts")
    exclude = ("parent",)  # derived from the number
    inlines = [SectionLinkInline]

    def save_model(self, request, obj, form, change):
        obj.parent = services._parent_for(obj.module, obj.number)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # References and the search index follow the text.
        services.section_after_change(section=form.instance)


class ReferenceStatus(admin.SimpleListFilter):
    title = _("target")
    parameter_name = "target"

    def lookups(self, request, model_admin):
        return [("missing", _("does not exist")), ("ok", _("exists"))]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.filter(target__isnull=True)
        if self.value() == "ok":
            return queryset.filter(target__isnull=False)
        return queryset


@admin.register(CrossReference)
class CrossReferenceAdmin(admin.ModelAdmin):
    list_display = ("section", "text", "target_module", "target_number", "target")
    list_filter = (ReferenceStatus,)
    readonly_fields = ("section", "text", "target_module", "target_number", "target")

    def has_add_permission(self, request):
        return False  # derived from the text


class ChoiceInline(TranslationTabularInline):
    model = Choice
    extra = 0


@admin.register(Question)
class QuestionAdmin(TranslationAdmin):
    list_display = ("text", "module", "kind", "source_section")
    list_filter = ("module", "kind")
    inlines = [ChoiceInline]
    raw_id_fields = ("source_section",)


class UnitMoveInline(admin.TabularInline):
    model = UnitMove
    fk_name = "unit"
    extra = 0
    can_delete = False
    readonly_fields = ("moved_at", "from_parent_name", "to_parent_name", "note", "moved_by")
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Unit)
class UnitAdmin(TranslationAdmin):
    list_display = ("name", "acronym", "kind", "parent", "email")
    list_filter = ("kind",)
    search_fields = ("name", "acronym", "slug")  # the admin's own look-up, for editors only
    autocomplete_fields = ("parent",)
    inlines = [UnitMoveInline]

    def save_model(self, request, obj, form, change):
        if change and "parent" in form.changed_data:
            new_parent = obj.parent
            obj.parent = Unit.objects.get(pk=obj.pk).parent
            super().save_model(request, obj, form, change)
            services.unit_move(actor=request.user, unit=obj, parent=new_parent, note=str(_("Moved in the admin")))
            obj.refresh_from_db()
            return
        super().save_model(request, obj, form, change)


@admin.register(Certificate)
class CertificateAdmin(admin.ModelAdmin):
    list_display = ("name", "issued", "revoked")
    readonly_fields = ("user", "name", "code", "issued")
    fields = ("user", "name", "code", "issued", "revoked")

    def has_add_permission(self, request):
        return False
