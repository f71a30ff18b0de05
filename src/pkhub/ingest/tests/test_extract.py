import pytest

from pkhub.ingest.extract import ExtractionError, extract, normalise_text
from pkhub.ingest.tests import samples


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_pdf_text_is_extracted_page_by_page(tmp_path):
    """Each page's text comes out in order, with the page count."""
    path = _write(tmp_path, "a.pdf", samples.pdf_bytes(["First page of the manual", "Second page\nwith two lines"]))
    text, pages = extract(path, "pdf")
    assert pages == 2
    assert text.index("First page") < text.index("Second page")
    assert "with two lines" in text


def test_pdf_in_russian_and_arabic_keeps_its_script(tmp_path):
    """Non-Latin text drawn with an embedded font is extracted as real letters."""
    path = _write(tmp_path, "ru.pdf", samples.pdf_bytes(["Обучение миротворцев"], font="noto"))
    text, _ = extract(path, "pdf")
    assert "Обучение миротворцев" in text


def _arabic_pdf(tmp_path):
    from weasyprint import HTML

    path = tmp_path / "ar.pdf"
    markup = '<html lang="ar" dir="rtl"><body style="font-family: \'Noto Sans Arabic\'"><p>تدريب حفظ المتحدة</p>'
    HTML(string=markup).write_pdf(path)
    return path


def test_arabic_pdf_comes_out_in_reading_order_without_bidi_marks(tmp_path):
    """A right-to-left line is found as written: no embedding marks around it, letters in order."""
    text, pages = extract(_arabic_pdf(tmp_path), "pdf")
    assert "تدريب حفظ المتحدة" in text
    assert not any(mark in text for mark in "\u202a\u202b\u202c\u200e\u200f")
    assert pages == 1


def test_pdf_is_read_by_pdfium_when_pdftotext_is_not_installed(tmp_path, monkeypatch):
    """Without poppler on the PATH the same text and page count come out."""
    path = _write(tmp_path, "a.pdf", samples.pdf_bytes(["First page of the manual", "Second page"]))
    with_poppler = extract(path, "pdf")
    monkeypatch.setenv("PATH", str(tmp_path))
    assert extract(path, "pdf") == with_poppler
    assert extract(_arabic_pdf(tmp_path), "pdf")[0] == "تدريب حفظ المتحدة"


def test_pdf_that_takes_too_long_is_refused_with_a_reason(tmp_path, monkeypatch):
    """pdftotext is stopped after PDFTOTEXT_SECONDS and the file is refused, not left hanging."""
    from pkhub.ingest import extract as module

    path = _write(tmp_path, "a.pdf", samples.pdf_bytes(["Page"] * 200))
    monkeypatch.setattr(module, "PDFTOTEXT_SECONDS", 0.001)
    with pytest.raises(ExtractionError) as caught:
        extract(path, "pdf")
    assert caught.value.code == "corrupt"
    assert "too long" in str(caught.value.reason)


def test_encrypted_pdf_cannot_be_extracted(tmp_path):
    """A password-protected PDF raises a clear 'encrypted' error."""
    path = _write(tmp_path, "e.pdf", samples.encrypted_pdf_bytes())
    with pytest.raises(ExtractionError) as caught:
        extract(path, "pdf")
    assert caught.value.code == "encrypted"


def test_docx_paragraphs_and_tables_are_extracted_in_order(tmp_path):
    """Paragraphs and table rows of a Word file come out in document order."""
    data = samples.docx_bytes(
        ["Standard operating procedure", "Scope and purpose"], table=[["Role", "Duty"], ["Commander", "Approves"]]
    )
    text, _ = extract(_write(tmp_path, "a.docx", data), "docx")
    assert text.startswith("Standard operating procedure\n\nScope and purpose")
    assert "Role | Duty\nCommander | Approves" in text


def test_pptx_titles_text_boxes_tables_and_notes_are_extracted(tmp_path):
    """Slide titles, text boxes, tables and speaker notes are extracted; pages are slides."""
    data = samples.pptx_bytes(
        [
            {"title": "Module 1", "body": "Welcome to the course", "notes": "Say hello to the participants"},
            {"title": "Module 2", "table": [["Phase", "Weeks"], ["Induction", "2"]]},
        ]
    )
    text, pages = extract(_write(tmp_path, "a.pptx", data), "pptx")
    assert pages == 2
    for expected in ("Module 1", "Welcome to the course", "Say hello to the participants", "Phase | Weeks"):
        assert expected in text


def test_html_keeps_text_and_drops_scripts_styles_and_navigation(tmp_path):
    """Only the readable content of a page is kept, one block per paragraph."""
    page = """<!DOCTYPE html><html><head><title>ITS update</title><style>p{color:red}</style></head>
    <body><nav>Home | About</nav><script>var x = 1;</script><h1>Training</h1><p>Courses in
    <b>French</b> and Arabic.</p><!-- hidden --><p>Nominations open.</p></body></html>"""
    text, pages = extract(_write(tmp_path, "a.html", page), "html")
    assert pages is None
    assert text == "ITS update\n\nTraining\n\nCourses in French and Arabic.\n\nNominations open."


def test_markdown_is_rendered_to_text(tmp_path):
    """Markdown markup does not reach the text: headings, emphasis and links become words."""
    text, _ = extract(_write(tmp_path, "a.md", "# Title\n\nSome *emphasis* and a [link](http://x.org).\n"), "md")
    assert text == "Title\n\nSome emphasis and a link."


def test_utf16_text_is_read(tmp_path):
    """A UTF-16 text file with a BOM is decoded."""
    path = tmp_path / "a.txt"
    path.write_bytes("Sécurité des civils".encode("utf-16"))
    text, _ = extract(path, "txt")
    assert text == "Sécurité des civils"


def test_whitespace_is_normalised_but_paragraphs_are_kept():
    """Runs of spaces collapse, lines are trimmed and paragraph breaks survive."""
    raw = "Title  \r\n\r\n\r\n  First\tline\u00a0here \n\n\n\nSecond\u200b paragraph ﬁeld"
    assert normalise_text(raw) == "Title\n\nFirst line here\n\nSecond paragraph field"


def test_docx_of_an_unreadable_zip_version_is_refused_as_damaged(tmp_path):
    """A stored file is checked again when extracted: a ZIP version zipfile refuses is 'damaged', not a traceback."""
    path = tmp_path / "x.docx"
    path.write_bytes(samples.unreadable_zip_version_docx_bytes())
    with pytest.raises(ExtractionError) as caught:
        extract(path, "docx")
    assert caught.value.code == "corrupt"


@pytest.mark.parametrize("damage", ["encrypted", "bad_deflate"])
def test_docx_whose_page_count_part_is_unreadable_keeps_its_text(tmp_path, damage):
    """Only the page count is lost when Word's app.xml cannot be read; the text still comes through."""
    path = tmp_path / "x.docx"
    path.write_bytes(samples.damaged_page_count_docx_bytes(damage))
    text, pages = extract(path, "docx")
    assert "Readable body text" in text
    assert pages is None
