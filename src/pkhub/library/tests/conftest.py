import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Stored files go to a throwaway directory."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}},
    }
