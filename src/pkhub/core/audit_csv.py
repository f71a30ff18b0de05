"""The audit trail as CSV, for the admin's export action and `manage.py audit_export`."""

import csv
import json
from collections.abc import Iterable

from pkhub.core.models import AuditEntry

HEADER = ["when (UTC)", "who", "action", "object type", "object id", "object", "changes"]

# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def audit_rows(entries: Iterable[AuditEntry]) -> Iterable[list[str]]:
    """One row of text per entry, oldest first as given, safe to open in a spreadsheet."""
    for entry in entries:
        yield [
            _cell(entry.at.strftime("%Y-%m-%d %H:%M:%S")),
            _cell(entry.actor_label),
            _cell(entry.action),
            _cell(entry.object_type),
            _cell(entry.object_id),
            _cell(entry.object_repr),
            _cell(json.dumps(entry.changes, ensure_ascii=False, sort_keys=True, default=str)),
        ]


def audit_write_csv(*, entries: Iterable[AuditEntry], out) -> int:
    """Writes the header and every entry to the text stream `out`; returns the number of entries."""
    writer = csv.writer(out)
    writer.writerow(HEADER)
    count = 0
    for row in audit_rows(entries):
        writer.writerow(row)
        count += 1
    return count
