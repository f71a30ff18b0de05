"""`manage.py audit_export --since 2025-01-01 [--until …] [--output file.csv]`: the audit trail as CSV."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pkhub.core.audit_csv import audit_write_csv
from pkhub.core.models import AuditEntry


def _moment(text: str) -> datetime.datetime:
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"Not a date or date-time (YYYY-MM-DD[THH:MM]): {text!r}") from error
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


class Command(BaseCommand):
    help = "Writes the audit trail (oldest first) as CSV to standard output or a file."

    def add_arguments(self, parser):
        parser.add_argument("--since", type=_moment, help="first moment included (UTC if no zone)")
        parser.add_argument("--until", type=_moment, help="moment excluded (UTC if no zone)")
        parser.add_argument("--output", "-o", help="file to write (default: standard output)")

    def handle(self, *args, since=None, until=None, output=None, **options):
        entries = AuditEntry.objects.order_by("at", "id")
        if since:
            entries = entries.filter(at__gte=since)
        if until:
            entries = entries.filter(at__lt=until)
        if output:
            with open(output, "w", newline="", encoding="utf-8") as out:
                count = audit_write_csv(entries=entries.iterator(), out=out)
            self.stderr.write(f"{count} audit entries written to {output}")
        else:
            audit_write_csv(entries=entries.iterator(), out=self.stdout)
