import pytest
from django.core.management import CommandError, call_command

from pkhub.ingest.models import Document
from pkhub.ingest.tests import samples
from pkhub.ingest.tests.conftest import stored_files

pytestmark = pytest.mark.django_db


def test_ingest_check_reports_pages_length_and_language_without_storing(tmp_path, capsys, media_root):
    """An editor checks a file before uploading: format, pages and language are printed, nothing is kept."""
    path = tmp_path / "sop.pdf"
    path.write_bytes(samples.pdf_bytes(["Standard operating procedure on the protection of civilians"] * 3))
    call_command("ingest_check", str(path))
    out = capsys.readouterr().out
    assert "pdf" in out and "3 pages" in out and "language en" in out
    assert Document.objects.count() == 0 and stored_files(media_root) == []


def test_ingest_check_fails_with_the_reason_for_a_bad_file(tmp_path, capsys):
    """A file that would be refused makes the command fail with the same clear message."""
    path = tmp_path / "photo.pdf"
    path.write_bytes(samples.png_bytes())
    with pytest.raises(CommandError):
        call_command("ingest_check", str(path))
    assert "PNG" in capsys.readouterr().err
