"""Optimistic locking: a record is changed only if it is still as the editor saw it.

Pledges, units and resources carry a `revision`, shown in their edit forms. The check and the write
are one UPDATE, so of two editors who opened the same revision exactly one wins; the other is told
(each service says it in its own words) and loses nothing of what they typed.
"""

from __future__ import annotations

from django.db.models import F, QuerySet

from pkhub.core import freshness


def update_at_revision(rows: QuerySet, revision: int | None, **changes) -> bool:
    """Writes `changes` to `rows` (one record, already narrowed to the states the change allows),
    moving its revision on, if it is still at `revision` (None: at any revision). False when
    nothing matched: someone else changed it first, or it is no longer in an allowed state.

    An UPDATE sends no post_save, so the pages kept until the next change are ended here."""
    if revision is not None:
        rows = rows.filter(revision=revision)
    if not rows.update(revision=F("revision") + 1, **changes):
        return False
    freshness.changed()
    return True
