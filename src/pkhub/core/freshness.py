"""A counter of the changes to the hub's records, for caching what pages show until the next one.

Every model of the hub's own apps is watched (`watch_hub`, from core's `ready()`), but the audit
trail and newsletter deliveries, which no public page shows and which are written beside other
changes or in bulk: any save or delete of a watched record moves the counter on. A cached
fragment or page keyed by the counter (the home page's lists, `core.pagecache`) is then never
shown after the change that made it old. The counter is moved twice: at once, inside the transaction
(with the database cache it commits or rolls back with the change), and again after the commit,
so that a page rendered between the change and its commit cannot be kept under the new value.
`QuerySet.update` sends no signal: a service that writes a shown record with it calls `changed()`
itself (every edit under optimistic locking does, through `core.locking.update_at_revision`). Other bulk
writes (loaddemo, a download counter) are left to the expiry of what was kept (FRAGMENT_SECONDS,
PAGE_CACHE_SECONDS).
"""

from __future__ import annotations

import time

from django.apps import apps
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

KEY = "pkhub:listings-generation"
UNWATCHED = {"core.AuditEntry", "news.Delivery"}
# Saves that write only these fields change nothing a page shows: a sign-in stamps last_login,
# and would otherwise end every kept page each time someone signs in.
UNSHOWN_FIELDS = {"accounts.User": frozenset({"last_login"})}
FRAGMENT_SECONDS = 60


def _fresh_start() -> int:
    """A value the counter never held: when the cache culls or loses it, a fragment stored under
    an earlier value (up to FRAGMENT_SECONDS old) must not match again, as a restart at 1 would."""
    return time.time_ns() // 1_000_000


def generation() -> int:
    return cache.get_or_set(KEY, _fresh_start, timeout=None)


def kept_many(cache, prefix: str, ids: list, build, *, seconds: int, keep=None) -> dict:
    """The value of each of `ids`, kept in `cache` until the next change (at most `seconds`).

    Those kept since the last change come from the cache; the others from `build(missing ids)`,
    a dict by id that may leave some out (one the reader may not see), and are kept when
    `keep(value)` says they may be shown to anyone. The counter is read before anything is built,
    so a value made from rows older than a change is never kept under the counter that follows it.
    With `seconds` 0 nothing is kept.
    """
    if seconds <= 0 or not ids:
        return build(ids) if ids else {}
    counter = generation()
    keys = {pk: f"{counter}:{prefix}:{pk}" for pk in ids}
    kept = cache.get_many(list(keys.values()))
    found = {pk: kept[key] for pk, key in keys.items() if key in kept}
    missing = [pk for pk in ids if pk not in found]
    if missing:
        built = build(missing)
        found.update(built)
        cache.set_many({keys[pk]: value for pk, value in built.items() if keep is None or keep(value)}, seconds)
    return found


def bump() -> None:
    try:
        cache.incr(KEY)
    except ValueError:  # not set yet, or culled
        cache.set(KEY, _fresh_start(), timeout=None)


def changed() -> None:
    """A watched record was written without a signal (`QuerySet.update`): what pages keep is old."""
    bump()
    transaction.on_commit(bump)


def _changed(sender, **kwargs) -> None:
    if kwargs.get("raw"):  # loaddata: fixtures, not edits
        return
    written = kwargs.get("update_fields")
    if written and written <= UNSHOWN_FIELDS.get(sender._meta.label, frozenset()):
        return
    changed()


def watch(*models) -> None:
    for model in models:
        uid = f"pkhub.freshness.{model._meta.label}"
        post_save.connect(_changed, sender=model, dispatch_uid=uid)
        post_delete.connect(_changed, sender=model, dispatch_uid=uid)
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}.{field.name}")


def watch_hub() -> None:
    """Watches every model of the hub's apps (pkhub.*) but UNWATCHED."""
    watch(*(
        model for model in apps.get_models()
        if model.__module__.startswith("pkhub.") and model._meta.label not in UNWATCHED
    ))
