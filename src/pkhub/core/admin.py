"""The audit trail in the admin: administrators read, filter, search and export it; nobody edits it."""

from django.contrib import admin
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pkhub.accounts.rules import is_administrator
from pkhub.core.audit_csv import HEADER, audit_rows
from pkhub.core.models import AuditEntry


class _Echo:
    """A file-like object whose write returns the line, so csv.writer can feed a streaming response."""

    def write(self, value):
        return value


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only for administrators; invisible to everyone else; append-only for all, superusers too."""

    list_display = ["at", "actor_label", "action", "object_type", "object_id", "object_repr"]
    list_filter = ["action", "object_type", ("at", admin.DateFieldListFilter)]
    search_fields = ["actor_label", "object_repr", "object_id", "action"]
    date_hierarchy = "at"
    list_per_page = 100
    show_full_result_count = False
    actions = ["export_csv"]
    fields = ["at", "actor", "actor_label", "action", "object_type", "object_id", "object_repr", "changes"]
    readonly_fields = fields

    def has_module_permission(self, request):
        return is_administrator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_administrator(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    @admin.action(description=_("Export the selected entries as CSV"))
    def export_csv(self, request, queryset):
        import csv

        writer = csv.writer(_Echo())
        rows = (writer.writerow(row) for row in _with_header(audit_rows(queryset.order_by("at", "id").iterator())))
        response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
        stamp = timezone.now().strftime("%Y%m%d-%H%M")
        response["Content-Disposition"] = f'attachment; filename="audit-{stamp}.csv"'
        return response


def _with_header(rows):
    yield HEADER
    yield from rows
