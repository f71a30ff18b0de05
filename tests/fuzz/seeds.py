"""Valid files of every accepted format, made in memory: the starting points the fuzzers mutate."""

import io
from functools import cache


@cache
def pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    for number in range(2):
        page.drawString(72, 720, f"Protection of civilians, page {number + 1}")
        page.drawString(72, 700, "Peacekeeping training material")
        page.showPage()
    page.save()
    return out.getvalue()


@cache
def docx() -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading("Core pre-deployment training", level=1)
    document.add_paragraph("Module 1: an overview of UN peacekeeping.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(1, 1).text = "Lesson", "Civilians"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@cache
def pptx() -> bytes:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Gender in peacekeeping"
    slide.placeholders[1].text = "Women, peace and security"
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


HTML = (
    "<!DOCTYPE html><html lang='fr'><head><title>Protection</title><style>p{}</style><script>x()</script></head>"
    "<body><h1>Protection des civils</h1><p>Texte &amp; <b>gras</b></p><table><tr><td>1</td></tr></table></body></html>"
).encode()
TXT = "Peacekeeping — Maintien de la paix — 维和 — حفظ السلام\n\nSecond paragraph.\n".encode()
TXT_UTF16 = "\ufeffMaintien de la paix\n".encode("utf-16-le")
MD = b"# Title\n\nSome *emphasis* and a [link](http://example.org).\n\n- one\n- two\n\n```\ncode\n```\n"


def all_seeds() -> dict[str, bytes]:
    return {"pdf": pdf(), "docx": docx(), "pptx": pptx(), "html": HTML, "txt": TXT, "txt16": TXT_UTF16, "md": MD}
