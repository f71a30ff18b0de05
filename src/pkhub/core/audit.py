"""Writing the audit trail: every service that changes a record calls `audit_record`."""

from django.db import models

from pkhub.core.models import AuditEntry


def audit_record(*, actor, action: str, obj: models.Model, changes: dict | None = None) -> AuditEntry:
    """Append one entry saying that `actor` did `action` to `obj`."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEntry.objects.create(
        actor=user,
        actor_label=getattr(user, "email", "") if user else "system",
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        changes=changes or {},
    )
