"""Files generated for the tests: no binary fixtures in the repository."""

import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/noto")


@lru_cache(maxsize=None)
def _register_font(name: str, filename: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    return name


def pdf_bytes(pages: list[str], *, font: str | None = None) -> bytes:
    """A PDF with one page per item of `pages`, lines split on newlines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    face = _register_font("NotoSans", "NotoSans-Regular.ttf") if font == "noto" else "Helvetica"
    for page in pages:
        pdf.setFont(face, 11)
        y = 800
        for line in page.split("\n"):
            pdf.drawString(60, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf_bytes(password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(["Confidential annex of the concept of operations"]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")  # RC4 needs no extra crypto package
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pptx_bytes(slides: list[dict]) -> bytes:
    """Slides given as {"title", "body", "table", "notes"} (all optional)."""
    import pptx
    from pptx.util import Inches

    presentation = pptx.Presentation()
    for spec in slides:
        slide = presentation.slides.add_slide(presentation.slide_layouts[5])  # title only
        if spec.get("title"):
            slide.shapes.title.text = spec["title"]
        if spec.get("body"):
            box = slide.shapes.add_textbox(Inches(1), Inches(2), Inches(6), Inches(1))
            box.text_frame.text = spec["body"]
        if spec.get("table"):
            rows = spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(1), Inches(3.5), Inches(6), Inches(1))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        if spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = spec["notes"]
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def png_bytes() -> bytes:
    # A PNG signature and IHDR chunk are all the sniffing looks at.
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + b"\x00" * 64


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_bomb_docx_bytes(expanded: int = 64 * 1024 * 1024) -> bytes:
    """A DOCX-looking zip with one member that inflates about a thousandfold."""
    return zip_bytes(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<document/>",
            "word/media/padding.bin": b"\0" * expanded,
        }
    )


def traversal_docx_bytes() -> bytes:
    return zip_bytes(
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<document/>", "../evil.sh": b"rm -rf /"}
    )


def unreadable_zip_version_docx_bytes(version: int = 235) -> bytes:
    """A Word file whose directory claims a ZIP version (23.5) that zipfile refuses to open."""
    data = bytearray(docx_bytes(["x"]))
    start = data.find(b"PK\x01\x02")
    while start != -1:
        data[start + 6:start + 8] = version.to_bytes(2, "little")  # "version needed to extract"
        start = data.find(b"PK\x01\x02", start + 4)
    return bytes(data)


def damaged_page_count_docx_bytes(damage: str) -> bytes:
    """A readable Word file whose page-count part (docProps/app.xml) cannot be read.

    python-docx never opens that part here (it is left out of `_rels/.rels`), so only the page count
    fails: `damage` is "encrypted" (the part's directory entry says it needs a password) or
    "bad_deflate" (its compressed data is not a deflate stream).
    """
    source = zipfile.ZipFile(io.BytesIO(docx_bytes(["Readable body text"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*Target="docProps/app.xml"/>', b"", data)
            archive.writestr(info.filename, data)
    data = bytearray(buffer.getvalue())
    name = b"docProps/app.xml"
    central = data.find(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.find(b"PK\x01\x02", central + 4)
    if damage == "encrypted":
        data[central + 8] |= 0x01  # general purpose flag bit 0: encrypted
    elif damage == "bad_deflate":
        local = int.from_bytes(data[central + 42:central + 46], "little")
        size = int.from_bytes(data[central + 20:central + 24], "little")
        start = local + 30 + int.from_bytes(data[local + 26:local + 28], "little")
        start += int.from_bytes(data[local + 28:local + 30], "little")
        data[start:start + size] = b"\xff" * size  # block type 3: reserved, zlib refuses it
    else:
        raise ValueError(damage)
    return bytes(data)
