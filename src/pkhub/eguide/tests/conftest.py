import pytest
from django.core.management import call_command


@pytest.fixture
def eguide(db):
    """The e-Guide's demo content, as `manage.py loaddemo_eguide` loads it."""
    call_command("loaddemo_eguide", verbosity=0)
    return True


@pytest.fixture(scope="session")
def eguide_loaded(django_db_setup, django_db_blocker):
    """The demo content loaded once for the session (read-only tests)."""
    with django_db_blocker.unblock():
        call_command("loaddemo_eguide", verbosity=0)
    return True


@pytest.fixture(autouse=True)
def english():
    """Each test starts in English: a request in another language must not leak into the next test."""
    from django.utils import translation

    with translation.override("en"):
        yield
