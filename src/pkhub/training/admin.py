"""Training in the Django admin, for editors (see rules.py). Reviews go through the services."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from pkhub.training import services
from pkhub.training.models import Course, Institution, Nomination, Partner, Recognition, Session


@admin.register(Partner)
class PartnerAdmin(ObjectPermissionsModelAdmin, TranslationAdmin):
    list_display = ["name", "acronym", "kind"]
    list_filter = ["kind"]
    search_fields = ["name", "acronym"]
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Course)
class CourseAdmin(ObjectPermissionsModelAdmin, TranslationAdmin):
    list_display = ["title", "course_type", "package"]
    list_filter = ["course_type"]
    search_fields = ["title", "slug"]
    autocomplete_fields = ["package"]


@admin.register(Session)
class SessionAdmin(ObjectPermissionsModelAdmin):
    list_display = ["course", "start_date", "end_date", "venue_city", "venue_country", "host", "call_status", "status", "seats"]
    list_filter = ["status", "call_status", "course__course_type"]
    search_fields = ["course__title", "venue_city"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["course", "venue_country", "host"]
    filter_horizontal = ["partners"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)

        class CheckedForm(form):
            def clean(self):
                cleaned = super().clean()
                try:
                    services._session_check_dates(self.instance.__class__(**{
                        k: cleaned.get(k) for k in ("start_date", "end_date", "call_opens", "call_closes")}))
                except ValidationError as error:
                    raise ValidationError(error.message_dict) from None
                return cleaned

        return CheckedForm


@admin.register(Nomination)
class NominationAdmin(ObjectPermissionsModelAdmin):
    list_display = ["candidate_name", "member_state", "session", "gender", "status", "created_at"]
    list_filter = ["status", "gender", "member_state__region"]
    search_fields = ["candidate_name", "email", "member_state__name"]
    readonly_fields = ["status", "created_at", "updated_at", "reviewed_at", "reviewed_by", "nominated_by"]
    autocomplete_fields = ["session", "member_state"]
    actions = ["accept", "waitlist", "decline"]

    def _review(self, request, queryset, outcome):
        for nomination in queryset:
            try:
                services.nomination_review(actor=request.user, nomination=nomination, outcome=outcome)
            except ValidationError as error:
                self.message_user(request, f"{nomination.candidate_name}: {' '.join(error.messages)}", messages.ERROR)

    @admin.action(description=_("Accept the selected nominations"))
    def accept(self, request, queryset):
        self._review(request, queryset, "accept")

    @admin.action(description=_("Waitlist the selected nominations"))
    def waitlist(self, request, queryset):
        self._review(request, queryset, "waitlist")

    @admin.action(description=_("Decline the selected nominations"))
    def decline(self, request, queryset):
        self._review(request, queryset, "decline")


class RecognitionInline(admin.TabularInline):
    model = Recognition
    extra = 0
    autocomplete_fields = ["package"]


@admin.register(Institution)
class InstitutionAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "acronym", "country", "kind"]
    list_filter = ["kind", "country__region"]
    search_fields = ["name", "acronym", "country__name"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["country"]
    filter_horizontal = ["focal_points"]
    inlines = [RecognitionInline]


@admin.register(Recognition)
class RecognitionAdmin(ObjectPermissionsModelAdmin):
    list_display = ["course_title", "institution", "package", "applied_on", "decision", "decided_on"]
    list_filter = ["decision"]
    search_fields = ["course_title", "institution__name"]
    autocomplete_fields = ["institution", "package"]
