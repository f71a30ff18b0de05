"""Communities and the LCM in the Django admin (administrators and LCM staff); moderation is on the pages."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from pkhub.community.models import Activity, Community, RosterEntry, SurveyRound


@admin.register(Community)
class CommunityAdmin(ObjectPermissionsModelAdmin, TranslationAdmin):
    list_display = ["name", "joining", "visibility"]
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(SurveyRound)
class SurveyRoundAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "year", "number", "deadline", "is_open"]


@admin.register(Activity)
class ActivityAdmin(ObjectPermissionsModelAdmin):
    list_display = ["title", "provider", "recipient", "area", "start_date", "status"]
    list_filter = ["area", "status"]


@admin.register(RosterEntry)
class RosterEntryAdmin(ObjectPermissionsModelAdmin):
    list_display = ["name", "kind", "member_state", "available_from", "available_until", "active"]
    list_filter = ["kind", "active"]
