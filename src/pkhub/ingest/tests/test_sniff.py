import pytest

from pkhub.ingest.sniff import SniffError, detect_text_encoding, sniff
from pkhub.ingest.tests import samples


def _sniff(tmp_path, data: bytes, name_format=None):
    path = tmp_path / "upload"
    path.write_bytes(data)
    return sniff(path, name_format=name_format)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: samples.pdf_bytes(["x"]), "pdf"),
        (lambda: samples.docx_bytes(["x"]), "docx"),
        (lambda: samples.pptx_bytes([{"title": "x"}]), "pptx"),
        (lambda: b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (lambda: "Texte en français".encode("utf-16"), "txt"),
    ],
)
def test_format_is_decided_by_content(tmp_path, make, expected):
    """Each accepted format is recognised from its bytes alone."""
    assert _sniff(tmp_path, make()).format == expected


def test_foreign_files_are_named(tmp_path):
    """Files the hub does not accept are named, so a refusal can say what they are."""
    assert _sniff(tmp_path, samples.png_bytes()).label == "a PNG image"
    assert _sniff(tmp_path, samples.zip_bytes({"a.txt": b"a"})).label == "a ZIP archive"
    assert _sniff(tmp_path, bytes(range(256))).label == "a binary file"


def test_markdown_and_text_follow_the_name(tmp_path):
    """Plain text cannot be told from Markdown by content, so the name decides between them."""
    assert _sniff(tmp_path, b"# Title", name_format="md").format == "md"
    assert _sniff(tmp_path, b"# Title", name_format="txt").format == "txt"


def test_zip_bomb_is_refused_before_reading_members(tmp_path):
    """A member that inflates a thousandfold is refused from the directory alone."""
    with pytest.raises(SniffError) as caught:
        _sniff(tmp_path, samples.zip_bomb_docx_bytes())
    assert caught.value.code == "zip_bomb"


def test_absolute_member_path_is_refused(tmp_path):
    """An archive member with an absolute path is refused as unsafe."""
    data = samples.zip_bytes({"[Content_Types].xml": b"<Types/>", "/etc/passwd": b"x"})
    with pytest.raises(SniffError) as caught:
        _sniff(tmp_path, data)
    assert caught.value.code == "unsafe_archive"


def test_text_encodings():
    """UTF-8, UTF-16 with BOM and Windows-1252 are text; bytes with control characters are not."""
    assert detect_text_encoding("обучение".encode()) == "utf-8"
    assert detect_text_encoding("خطة".encode("utf-16")) == "utf-16"
    assert detect_text_encoding("sécurité".encode("cp1252")) == "cp1252"
    assert detect_text_encoding(b"\x00\x01\x02binary") == ""


def test_archive_of_an_unreadable_zip_version_is_refused_as_damaged(tmp_path):
    """zipfile raises NotImplementedError for a version it does not know (found by tests/fuzz in CI)."""
    with pytest.raises(SniffError) as caught:
        _sniff(tmp_path, samples.unreadable_zip_version_docx_bytes())
    assert caught.value.code == "corrupt"
