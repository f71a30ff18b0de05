"""Two reviewers accepting the last seat at once: one wins, the other is told the session is full."""

import threading
import time

import pytest
from django.db import OperationalError, connection

from pkhub.training import services
from pkhub.training.models import NominationStatus
from pkhub.training.tests.factories import EditorFactory, NominationFactory, SessionFactory


def _is_shared_cache_lock(exc: Exception) -> bool:
    # The in-memory SQLite test database is shared between threads through SQLite's shared cache,
    # whose table locks fail at once instead of waiting like the file database's busy timeout.
    return connection.vendor == "sqlite" and "locked" in str(exc)


@pytest.mark.django_db(transaction=True)
def test_two_reviewers_accepting_the_last_seat_at_once(reference_data):
    """Exactly one acceptance goes through; the other reviewer gets "the session is full"."""
    session = SessionFactory(seats=3)
    for _ in range(2):
        services.nomination_review(actor=EditorFactory(), nomination=NominationFactory(session=session), outcome="accept")
    contenders = [NominationFactory(session=session), NominationFactory(session=session)]
    reviewers = [EditorFactory(), EditorFactory()]
    barrier = threading.Barrier(2)
    accepted, full, errors = [], [], []

    def review(reviewer, nomination):
        try:
            barrier.wait()
            for attempt in range(100):
                try:
                    accepted.append(services.nomination_review(actor=reviewer, nomination=nomination, outcome="accept"))
                    return
                except services.SessionFull as exc:
                    full.append(str(exc))
                    return
                except OperationalError as exc:
                    if not _is_shared_cache_lock(exc) or attempt == 99:
                        raise
                    time.sleep(0.02)
        except Exception as exc:  # noqa: BLE001 - reported by the assertions below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=review, args=pair) for pair in zip(reviewers, contenders, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(accepted) == 1 and len(full) == 1
    assert "session is full" in full[0]
    assert session.nominations.filter(status=NominationStatus.ACCEPTED).count() == 3
