import pytest
from django.db import transaction

from pkhub.search import backends


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Stored files go to a throwaway directory."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }


def _real_backend_installed() -> bool:
    try:
        with transaction.atomic():
            backends.get_search_backend().search("probe", limit=1)
    except Exception:  # noqa: BLE001 - not importable, or its tables not migrated yet
        return False
    return True


@pytest.fixture(autouse=True)
def search_backend(monkeypatch, db):
    """The configured search backend, or an in-memory stand-in until the real ones are installed."""
    if _real_backend_installed():
        yield backends.get_search_backend()
        return
    from pkhub.library.tests.fake_search import MemorySearchBackend

    fake = MemorySearchBackend()
    monkeypatch.setattr("pkhub.library.indexing.get_search_backend", lambda alias="default": fake)
    monkeypatch.setattr("pkhub.library.selectors.get_search_backend", lambda alias="default": fake)
    yield fake
