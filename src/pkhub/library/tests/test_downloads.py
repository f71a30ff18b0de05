"""Downloads: permission, headers, HTTP ranges, counting without personal data."""

import pytest

from pkhub.core.models import AuditEntry
from pkhub.library.downloads import Unsatisfiable, parse_range
from pkhub.library.models import Status, VersionFile
from pkhub.library.tests.factories import DocumentFactory, EditorFactory, VersionFileFactory

pytestmark = pytest.mark.django_db

CONTENT = bytes(range(256)) * 40  # 10,240 bytes, every offset distinguishable


@pytest.fixture
def version_file():
    return VersionFileFactory(document=DocumentFactory(content=CONTENT), version__lang="fr")


def _get(client, version_file, **headers):
    response = client.get(version_file.get_absolute_url(), headers=headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def _count(version_file):
    return VersionFile.objects.get(pk=version_file.pk).download_count


def test_full_download_has_the_headers_a_browser_needs(client, version_file):
    """A full GET streams the file with length, attachment name, nosniff, ETag and Last-Modified."""
    response, body = _get(client, version_file)
    assert response.status_code == 200 and body == CONTENT
    assert response["Content-Length"] == str(len(CONTENT))
    assert response["Content-Disposition"].startswith("attachment;")
    assert f"filename*=UTF-8''{version_file.download_name}" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["ETag"] == f'"{version_file.document.sha256}"'
    assert response["Last-Modified"] and response["Accept-Ranges"] == "bytes"


@pytest.mark.parametrize(
    "header, start, end",
    [("bytes=0-99", 0, 99), ("bytes=100-", 100, 10239), ("bytes=-500", 9740, 10239), ("bytes=10000-99999", 10000, 10239)],
)
def test_range_request_returns_the_exact_slice(client, version_file, header, start, end):
    """A single range gives 206 with Content-Range and exactly those bytes."""
    response, body = _get(client, version_file, Range=header)
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes {start}-{end}/{len(CONTENT)}"
    assert body == CONTENT[start : end + 1]
    assert response["Content-Length"] == str(end - start + 1)


@pytest.mark.parametrize("header", ["bytes=10240-", "bytes=99999-100000", "bytes=-0"])
def test_unsatisfiable_range_is_416(client, version_file, header):
    """A range beyond the end is refused with 416 and the real size."""
    response, _ = _get(client, version_file, Range=header)
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{len(CONTENT)}"


@pytest.mark.parametrize("header", ["bytes=5-2", "items=0-5", "bytes=0-5,10-20", "garbage"])
def test_malformed_or_multiple_ranges_get_the_whole_file(client, version_file, header):
    """A range we do not honour is ignored: the whole file, 200."""
    response, body = _get(client, version_file, Range=header)
    assert response.status_code == 200 and body == CONTENT


def test_broken_download_resumes(client, version_file):
    """A download cut after 3,000 bytes resumes with If-Range and the result is the whole file."""
    first, part = _get(client, version_file)
    part = part[:3000]
    response, rest = _get(client, version_file, Range=f"bytes={len(part)}-", **{"If-Range": first["ETag"]})
    assert response.status_code == 206
    assert part + rest == CONTENT


def test_if_range_with_a_stale_etag_sends_the_whole_file(client, version_file):
    """When the file changed (another ETag), the range is ignored and the whole file comes back."""
    response, body = _get(client, version_file, Range="bytes=100-", **{"If-Range": '"old"'})
    assert response.status_code == 200 and body == CONTENT


def test_if_none_match_gives_304(client, version_file):
    """A client holding the current file gets 304 Not Modified."""
    response, _ = _get(client, version_file, **{"If-None-Match": f'"{version_file.document.sha256}"'})
    assert response.status_code == 304


def test_head_gives_the_size_without_the_body(client, version_file):
    """HEAD answers with the headers only and does not count a download."""
    response = client.head(version_file.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Length"] == str(len(CONTENT))
    assert _count(version_file) == 0


def test_download_counted_once_per_download_without_personal_data(client, version_file):
    """A full GET and a range from 0 count; resuming ranges do not; nothing about the reader is stored."""
    audit_before = AuditEntry.objects.count()
    _get(client, version_file)
    _get(client, version_file, Range="bytes=0-999")
    _get(client, version_file, Range="bytes=1000-")
    _get(client, version_file, Range="bytes=-10")
    assert _count(version_file) == 2
    assert AuditEntry.objects.count() == audit_before
    field_names = {f.name for f in VersionFile._meta.get_fields()}
    assert not field_names & {"ip", "user", "user_agent", "downloaded_by"}


def test_draft_file_is_404_for_visitors_but_served_to_editors(client, version_file):
    """Files of a draft resource are not downloadable by visitors."""
    resource = version_file.version.resource
    resource.status = Status.DRAFT
    resource.save()
    assert client.get(version_file.get_absolute_url()).status_code == 404
    client.force_login(EditorFactory())
    response, body = _get(client, version_file)
    assert response.status_code == 200 and body == CONTENT


def test_unknown_file_is_404(client):
    """A file number that does not exist is a 404."""
    assert client.get("/files/999999/x.pdf").status_code == 404


def test_wrong_file_name_redirects_to_the_right_one(client, version_file):
    """An old or mistyped name in the address redirects to the file's current address."""
    response = client.get(f"/files/{version_file.pk}/wrong.pdf")
    assert response.status_code == 302 and response["Location"] == version_file.get_absolute_url()


def test_parse_range_edge_cases():
    """The range parser follows RFC 9110 for single ranges."""
    assert parse_range(None, 100) is None
    assert parse_range("bytes=0-0", 100) == (0, 0)
    assert parse_range("bytes=-200", 100) == (0, 99)
    with pytest.raises(Unsatisfiable):
        parse_range("bytes=" + "9" * 40 + "-", 100)
    with pytest.raises(Unsatisfiable):
        parse_range("bytes=0-", 0)
