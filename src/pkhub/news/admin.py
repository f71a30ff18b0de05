"""News and events in the Django admin, for editors. ITS update issues are edited on the hub's own pages."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin
from rules.contrib.admin import ObjectPermissionsModelAdmin

from pkhub.news.models import Event, NewsItem, NewsletterIssue, Subscription


@admin.register(NewsItem)
class NewsItemAdmin(ObjectPermissionsModelAdmin, TranslationAdmin):
    list_display = ["title", "status", "published_at"]
    list_filter = ["status"]
    search_fields = ["slug"]
    prepopulated_fields = {"slug": ("title_en",)}


@admin.register(Event)
class EventAdmin(ObjectPermissionsModelAdmin, TranslationAdmin):
    list_display = ["title", "start_date", "end_date", "city", "country", "status"]
    list_filter = ["status"]
    search_fields = ["slug"]
    autocomplete_fields = ["country"]
    filter_horizontal = ["co_hosts"]


@admin.register(NewsletterIssue)
class NewsletterIssueAdmin(ObjectPermissionsModelAdmin):
    list_display = ["number", "date", "status", "published_at"]
    readonly_fields = ["status", "published_at", "proposed_since"]


@admin.register(Subscription)
class SubscriptionAdmin(ObjectPermissionsModelAdmin):
    # Addresses are personal data: the list shows counts by status, not who.
    list_display = ["id", "status", "language", "created_at"]
    list_filter = ["status", "language"]
    readonly_fields = ["email", "status", "created_at", "confirmed_at", "unsubscribed_at"]
