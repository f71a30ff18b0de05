"""Text extraction: one small function per format, each returning (text, page_count).

Every function takes the path of a local file and returns whitespace-normalised text with its
paragraph breaks kept. Unreadable files raise `ExtractionError` with a user-facing reason.
"""

import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

from django.utils.translation import gettext_lazy as _
from lxml import etree
from lxml import html as lxml_html

from pkhub.ingest.models import Format
from pkhub.ingest.sniff import (
    ZIP_MEMBER_READ_ERRORS,
    ZIP_READ_ERRORS,
    check_zip_safety,
    detect_text_encoding,
)


class ExtractionError(Exception):
    """A file that cannot be read; `code` is one of the IngestError codes."""

    def __init__(self, code: str, reason):
        super().__init__(str(reason))
        self.code = code
        self.reason = reason


# --- Normalising ------------------------------------------------------------------------------
# Typographic ligatures split back into letters, so that "ﬁeld" is found as "field".
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
# Spaces of every width become one space; invisible characters go (the soft hyphen is kept: the
# repair step reads it as a damaged "M" and removes the rest), and so do the bidirectional marks
# and embeddings that pdftotext puts around right-to-left lines (U+202B … U+202C).
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(
    r"[\u200b\u200c\u200d\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\x00-\x08\x0b\x0e-\x1f\x7f]"
)
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """One space between words, no trailing spaces, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").replace("\u2029", "\n\n")
    text = text.replace("\u2028", "\n").replace("\x0b", "\n")
    text = _INVISIBLE.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


# --- PDF --------------------------------------------------------------------------------------
def open_pdf(path: Path):
    """The PDF at `path` opened with PDFium; encrypted and broken files raise ExtractionError."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise ExtractionError("encrypted", _("the PDF is protected by a password")) from exc
        raise ExtractionError("corrupt", _("the PDF is damaged and cannot be read")) from exc


def check_pdf(path: Path) -> int:
    """Check that the PDF opens and is complete; return its page count."""
    with open(path, "rb") as handle:
        handle.seek(0, 2)
        handle.seek(max(handle.tell() - 1024, 0))
        tail = handle.read()
    # PDFium quietly rebuilds a truncated file from what it finds, and would index half a
    # document; a complete PDF ends with %%EOF (readers look for it in the last 1,024 bytes).
    if b"%%EOF" not in tail:
        raise ExtractionError("corrupt", _("the PDF is incomplete (the file was cut short)"))
    pdf = open_pdf(path)
    try:
        pages = len(pdf)
    finally:
        pdf.close()
    if pages == 0:
        raise ExtractionError("corrupt", _("the PDF has no pages"))
    return pages


def extract_pdf(path: Path) -> tuple[str, int]:
    """The PDF's text, page by page, through poppler's `pdftotext` when it is installed.

    pdftotext reads text three times faster than PDFium's text API (bench/README.md, "Ingest"),
    so it does the reading; PDFium still opens the file first, which tells an encrypted file from
    a damaged one and gives the page count. Without pdftotext, or when it fails on a file PDFium
    can open, PDFium reads the text itself.
    """
    import pypdfium2 as pdfium

    pdf = open_pdf(path)
    try:
        page_count = len(pdf)
        text = _pdftotext(path)
        if text is not None:
            return normalise_text(text), page_count
        return _pdf_text(pdf)
    except pdfium.PdfiumError as exc:
        # A page whose objects are broken fails only when loaded (found by tests/fuzz).
        raise ExtractionError("corrupt", _("the PDF is damaged and cannot be read")) from exc
    finally:
        pdf.close()


PDFTOTEXT_SECONDS = 300  # a 1,000-page manual takes about 4 s (270 pages a second)


def _pdftotext(path: Path) -> str | None:
    """Text of every page (each ended by a form feed), or None when pdftotext is absent or fails."""
    program = shutil.which("pdftotext")
    if program is None:
        return None
    try:
        done = subprocess.run(
            [program, "-q", "-enc", "UTF-8", "--", str(path), "-"],
            capture_output=True,
            timeout=PDFTOTEXT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError("corrupt", _("the PDF takes too long to read")) from exc
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def _pdf_text(pdf) -> tuple[str, int]:
    pages = []
    for index in range(len(pdf)):
        # One page at a time, closed at once: memory stays flat on a 1,000-page manual.
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                pages.append(textpage.get_text_range())
            finally:
                textpage.close()
        finally:
            page.close()
    return normalise_text("\n\n".join(pages)), len(pages)


# --- Office -----------------------------------------------------------------------------------
def _check_office_zip(path: Path) -> None:
    # Sniffing checked the archive at upload; a file on shared storage is checked again here
    # because the extractor must never trust what it opens.
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_safety(archive)
    except ZIP_READ_ERRORS as exc:
        raise ExtractionError("corrupt", _("the archive is damaged")) from exc


def _docx_pages(path: Path) -> int | None:
    # Word records the page count it last laid out in docProps/app.xml; the file has no pages itself.
    try:
        with zipfile.ZipFile(path) as archive:
            root = etree.fromstring(archive.read("docProps/app.xml"))
    except (KeyError, etree.XMLSyntaxError, *ZIP_MEMBER_READ_ERRORS):
        return None
    pages = root.findtext("{*}Pages")
    return int(pages) if pages and pages.isdigit() else None


def _table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            # Merged cells repeat the same cell object across the span.
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells))
    return lines


def extract_docx(path: Path) -> tuple[str, int | None]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_office_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds (KeyError, XMLSyntaxError, ValueError)
        raise ExtractionError("corrupt", _("the Word document is damaged and cannot be read")) from exc
    blocks = []
    try:
        # Body order matters: paragraphs and tables interleave.
        for child in document.element.body.iterchildren():
            tag = etree.QName(child).localname
            if tag == "p":
                blocks.append(Paragraph(child, document).text)
            elif tag == "tbl":
                blocks.append("\n".join(_table_lines(Table(child, document))))
    except Exception as exc:  # a damaged part surfaces only when read (found by tests/fuzz)
        raise ExtractionError("corrupt", _("the Word document is damaged and cannot be read")) from exc
    return normalise_text("\n\n".join(b for b in blocks if b.strip())), _docx_pages(path)


def _shape_texts(shapes) -> list[str]:
    texts = []
    for shape in shapes:
        if shape.shape_type == 6:  # MSO_SHAPE_TYPE.GROUP
            texts.extend(_shape_texts(shape.shapes))
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            texts.append("\n".join(p.text if hasattr(p, "text") else "" for p in shape.text_frame.paragraphs))
        elif getattr(shape, "has_table", False) and shape.has_table:
            texts.append("\n".join(_table_lines(shape.table)))
    return texts


def extract_pptx(path: Path) -> tuple[str, int]:
    import pptx

    _check_office_zip(path)
    try:
        presentation = pptx.Presentation(str(path))
    except Exception as exc:  # python-pptx raises many kinds (KeyError, XMLSyntaxError, ValueError)
        raise ExtractionError("corrupt", _("the presentation is damaged and cannot be read")) from exc
    try:
        slides = [_slide_text(slide) for slide in presentation.slides]
    except Exception as exc:  # a slide whose part is damaged fails only when read (found by tests/fuzz)
        raise ExtractionError("corrupt", _("the presentation is damaged and cannot be read")) from exc
    return normalise_text("\n\n".join(s for s in slides if s)), len(slides)


def _slide_text(slide) -> str:
    texts = _shape_texts(slide.shapes)
    if slide.has_notes_slide:
        notes = slide.notes_slide.notes_text_frame
        if notes is not None and notes.text.strip():
            texts.append(notes.text)
    return "\n\n".join(t for t in texts if t.strip())


# --- Text formats -----------------------------------------------------------------------------
def read_text(path: Path) -> str:
    raw = Path(path).read_bytes()
    encoding = detect_text_encoding(raw[:65536]) or "utf-8"
    return raw.decode(encoding, errors="replace").lstrip("\ufeff")


_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_NOISE_TAGS = ("script", "style", "noscript", "template", "nav", "svg", "iframe", "object", "head")
_BLOCK_TAGS = frozenset(
    "p div section article main header footer aside h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table "
    "blockquote pre figure figcaption address hr br title caption form fieldset details summary".split()
)


# Characters XML cannot hold: lxml refuses them in text (found by tests/fuzz).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: no scripts, styles or navigation; blocks on lines of their own."""
    markup = _NOT_XML.sub(" ", markup)
    # lxml refuses str input that still declares its encoding.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    if not markup.strip():
        return ""
    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return normalise_text(markup)
    title = root.findtext(".//title") or ""
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_NOISE_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    preformatted = {el for pre in root.iter("pre", "textarea") for el in pre.iter()}
    for element in root.iter():
        # HTML collapses white space (line breaks in the source included) except in <pre>.
        if element not in preformatted and element.text:
            element.text = _HTML_SPACE.sub(" ", element.text)
        if element.tail and (element.getparent() is None or element.getparent() not in preformatted):
            element.tail = _HTML_SPACE.sub(" ", element.tail)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
        elif isinstance(element.tag, str) and element.tag.lower() in ("td", "th") and element.getnext() is not None:
            element.tail = " | " + (element.tail or "")
    body = root.text_content()
    return normalise_text(f"{title}\n\n{body}" if title.strip() and title.strip() not in body[:500] else body)


def extract_html(path: Path) -> tuple[str, None]:
    return html_to_text(read_text(path)), None


def extract_txt(path: Path) -> tuple[str, None]:
    return normalise_text(read_text(path)), None


def extract_md(path: Path) -> tuple[str, None]:
    from markdown_it import MarkdownIt

    # Rendered, so that markup (#, *, links' URLs) does not end up in the search index; raw HTML
    # inside the Markdown is rendered too and then cleaned like any page.
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(read_text(path))
    return html_to_text(f"<html><body>{rendered}</body></html>"), None


EXTRACTORS = {
    Format.PDF: extract_pdf,
    Format.DOCX: extract_docx,
    Format.PPTX: extract_pptx,
    Format.HTML: extract_html,
    Format.TXT: extract_txt,
    Format.MD: extract_md,
}


def extract(path: Path, fmt: str) -> tuple[str, int | None]:
    """The text and page count of the file at `path`, read as format `fmt`."""
    return EXTRACTORS[fmt](Path(path))
