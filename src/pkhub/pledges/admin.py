"""Admin for capability officers: ministerials, the catalogue, and a read-only view of pledges and units.

Status and level changes go through the pages (and their services), never through the admin.
"""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from pkhub.pledges.models import LevelChange, Ministerial, Pledge, PledgeEvent, PreparatoryMeeting, Requirement, Unit


class PreparatoryMeetingInline(admin.TabularInline):
    model = PreparatoryMeeting
    extra = 0
    filter_horizontal = ("co_hosts",)


@admin.register(Ministerial)
class MinisterialAdmin(TranslationAdmin):
    list_display = ("name", "city", "starts_on", "submission_deadline", "implementation_meeting_on")
    inlines = [PreparatoryMeetingInline]


@admin.register(Requirement)
class RequirementAdmin(TranslationAdmin):
    list_display = ("code", "title", "section", "kind", "category", "quantity", "target")
    list_filter = ("ministerial", "section", "kind", "category")
    ordering = ("ministerial", "position")


class PledgeEventInline(admin.TabularInline):
    model = PledgeEvent
    extra = 0
    can_delete = False
    readonly_fields = ("at", "actor_label", "from_status", "to_status", "note")
    exclude = ("actor",)

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Pledge)
class PledgeAdmin(admin.ModelAdmin):
    list_display = ("reference", "lead_state", "category", "title", "status", "repeat_of")
    list_filter = ("ministerial", "status", "category")
    inlines = [PledgeEventInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False


class LevelChangeInline(admin.TabularInline):
    model = LevelChange
    extra = 0
    can_delete = False
    readonly_fields = ("at", "actor_label", "from_level", "to_level", "assessment_visit_on", "load_list_checked",
                       "note")
    exclude = ("actor",)

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ("name", "state", "unit_type", "strength", "women", "level")
    list_filter = ("level", "unit_type")
    inlines = [LevelChangeInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
