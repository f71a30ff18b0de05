"""Inputs the fuzzers (tests/fuzz) found crashing the extractors: now refused or read cleanly."""

from pathlib import Path

import pytest

from pkhub.ingest.extract import ExtractionError, extract_html, extract_md, extract_pdf

CORPUS = Path(__file__).resolve().parents[4] / "tests" / "fuzz" / "corpus"


@pytest.mark.parametrize("extractor, data", [(extract_html, b"<p>a\x01b</p>"), (extract_md, b"\x01"), (extract_html, b"x\x0c\x1fy")])
def test_control_characters_in_text_files_do_not_crash_the_extractor(tmp_path, extractor, data):
    """A control character lxml cannot hold becomes a space instead of a ValueError."""
    path = tmp_path / "input"
    path.write_bytes(data)
    text, pages = extractor(path)
    assert pages is None and "\x01" not in text


@pytest.mark.parametrize("path", sorted((CORPUS / "extract_pdf").glob("*.bin")), ids=lambda p: p.name)
def test_pdf_with_a_broken_page_is_refused_as_damaged(path):
    """A PDF whose page fails to load is refused with 'damaged', not a PdfiumError."""
    try:
        extract_pdf(path)
    except ExtractionError as error:
        assert error.code == "corrupt"


@pytest.mark.parametrize("path", sorted((CORPUS / "upload").glob("*.bin")), ids=lambda p: p.name)
def test_uploads_that_crashed_a_parser_end_with_a_clean_refusal(path):
    """Office files whose parts are damaged deep inside are refused as damaged, not with a traceback."""
    from pkhub.ingest.extract import extract
    from pkhub.ingest.sniff import SniffError, sniff

    try:
        found = sniff(path)
    except SniffError:
        return
    if found.format:
        try:
            extract(path, found.format)
        except ExtractionError as error:
            assert error.code == "corrupt"
