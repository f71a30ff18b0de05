import os

# The suite runs with immediate tasks and plain static storage, whatever the shell says.
os.environ.setdefault("PKHUB_TESTING", "1")
os.environ.setdefault("TASKS_BACKEND", "immediate")

import pytest  # noqa: E402


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the authenticator app the hub requires of administrators."""
    from pkhub.accounts.tests.factories import with_authenticator

    return with_authenticator(admin_user)


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A request to /fr/… leaves French active in the thread that made it; the next test would then
    read French messages where it expects the English ones."""
    yield
    from django.utils import translation

    translation.deactivate()
