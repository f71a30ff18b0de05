import pytest

from pkhub.search import backends


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Stored files go to a throwaway directory."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }


@pytest.fixture
def search_backend(db):
    """The configured search backend (FTS5 on SQLite, full text on PostgreSQL)."""
    return backends.get_search_backend()
