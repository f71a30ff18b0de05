"""`manage.py ingest`: attaching files from the command line."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pkhub.library import services
from pkhub.library.models import Kind, LanguageVersion, VersionFile

pytestmark = pytest.mark.django_db

TEXT = "Les soldats de la paix protègent les civils dans les zones de conflit. " * 30


@pytest.fixture
def resource():
    resource = services.resource_create(slug="cpoc", kind=Kind.STM)
    services.version_upsert(resource=resource, lang="en", title="Protection of Civilians")
    return resource


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "module-1.txt"
    path.write_text(TEXT)
    return path


def test_attaches_files_to_the_existing_version(resource, good, tmp_path):
    """Files given on the command line are attached to the version in that language."""
    second = tmp_path / "module-2.md"
    second.write_text("# Module 2\n\n" + TEXT)
    call_command("ingest", str(good), str(second), resource="cpoc", lang="en", label="Module")
    assert resource.versions.get(lang="en").files.count() == 2


def test_title_creates_the_version(resource, good):
    """With --title a missing version is created and the file attached to it."""
    call_command("ingest", str(good), resource="cpoc", lang="fr", title="Protection des civils")
    version = resource.versions.get(lang="fr")
    assert version.title == "Protection des civils" and version.files.count() == 1


def test_missing_version_without_title_is_refused(resource, good):
    """No version in that language and no --title: a clear error, nothing created."""
    with pytest.raises(CommandError, match="no version in “fr”"):
        call_command("ingest", str(good), resource="cpoc", lang="fr")
    assert not LanguageVersion.objects.filter(lang="fr").exists()


def test_unknown_resource_is_refused(good):
    """An unknown slug is an error."""
    with pytest.raises(CommandError, match="No resource"):
        call_command("ingest", str(good), resource="nope", lang="en")


def test_unknown_language_is_refused(resource, good):
    """A language outside the six is refused by the argument parser."""
    with pytest.raises(CommandError):
        call_command("ingest", str(good), resource="cpoc", lang="xx")


def test_missing_path_is_refused(resource, tmp_path):
    """A path that is not a file is an error before anything is stored."""
    with pytest.raises(CommandError, match="no such file"):
        call_command("ingest", str(tmp_path / "absent.pdf"), resource="cpoc", lang="en")


def test_one_bad_file_leaves_nothing_half_saved(resource, good, tmp_path):
    """A good file and an empty one: the error names the bad one and neither is attached, nor the new version."""
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="empty.pdf"):
        call_command("ingest", str(good), str(empty), resource="cpoc", lang="fr", title="Protection des civils")
    assert not VersionFile.objects.exists()
    assert not LanguageVersion.objects.filter(lang="fr").exists()


def test_exit_status_is_non_zero_on_error(resource, tmp_path):
    """Run as a program, a refusal exits with a non-zero status."""
    from django.core.management import ManagementUtility

    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(["manage.py", "ingest", str(tmp_path / "x.pdf"), "--resource", "cpoc", "--lang", "en"]).execute()
    assert exit_info.value.code != 0
