"""Exports: a state's pledge form (DOCX, the form's own layout), a pledge slide (PPTX), the list (XLSX, CSV).

Every export reads through the selectors, so it holds exactly what the user may see.
"""

import csv
import io

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from pkhub.accounts.models import MemberState
from pkhub.pledges import selectors
from pkhub.pledges.choices import Category

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _pledge_text(pledge) -> str:
    parts = [pledge.title, pledge.description]
    if pledge.quantity:
        parts.append(_("Quantity: %(n)s") % {"n": pledge.quantity})
    if pledge.timeline:
        parts.append(_("Timeline: %(t)s") % {"t": pledge.timeline})
    codes = ", ".join(r.code for r in pledge.requirements.all())
    if codes:
        parts.append(_("Requirements addressed: %(codes)s") % {"codes": codes})
    partners = ", ".join(p.name for p in pledge.partners.all())
    if partners:
        parts.append(_("In partnership with: %(states)s") % {"states": partners})
    return "\n".join(parts)


def pledge_form_docx(*, ministerial, state, pledges) -> bytes:
    """The Member State pledge form: the ten contribution categories, each with the state's pledges."""
    from docx import Document

    document = Document()
    document.add_heading(ministerial.name.upper(), level=1)
    document.add_heading(_("MEMBER STATE PLEDGE FORM"), level=2)
    document.add_paragraph(_("Member State: %(state)s") % {"state": state.name})
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = _("Contribution Category")
    table.rows[0].cells[1].text = _("Pledge description")
    for value, label in Category.choices:
        row = table.add_row().cells
        row[0].text = str(label)
        row[1].text = "\n\n".join(f"{p.reference}: {_pledge_text(p)}" for p in pledges if p.category == value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pledge_slide_pptx(*, pledge) -> bytes:
    """One slide for the plenary: the state, the category, what is pledged."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Inches(13.333), Inches(7.5)
    slide = presentation.slides.add_slide(presentation.slide_layouts[1])
    states = " · ".join(s.name for s in pledge.states())
    slide.shapes.title.text = states
    body = slide.placeholders[1].text_frame
    body.text = pledge.get_category_display()
    for line in _pledge_text(pledge).split("\n"):
        paragraph = body.add_paragraph()
        paragraph.text = line
        paragraph.level = 1
        paragraph.font.size = Pt(20)
    footer = slide.shapes.add_textbox(Inches(0.5), Inches(6.8), Inches(12), Inches(0.5))
    footer.text_frame.text = f"{pledge.ministerial.name} · {pledge.reference}"
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


COLUMNS = ("reference", "state", "partners", "category", "title", "description", "quantity", "timeline",
           "requirements", "status", "announced")


def _rows(pledges):
    for p in pledges:
        yield [p.reference, p.lead_state.name, "; ".join(s.name for s in p.partners.all()), p.get_category_display(),
               p.title, p.description, p.quantity if p.quantity is not None else "", p.timeline,
               "; ".join(r.code for r in p.requirements.all()), p.get_status_display(),
               p.announced_at.date().isoformat() if p.announced_at else ""]


def _safe_cell(value):
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def pledges_xlsx(*, pledges) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Pledges"
    sheet.append(list(COLUMNS))
    for row in _rows(pledges):
        sheet.append([_safe_cell(value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def pledges_csv(*, pledges) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for row in _rows(pledges):
        writer.writerow([_safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM makes spreadsheets read UTF-8


@require_safe
def form_docx(request, slug, iso3):
    ministerial = selectors.ministerial_get(slug=slug)
    state = MemberState.objects.filter(iso3=iso3.upper()).first()
    if state is None:
        raise Http404("No such Member State.")
    pledges = list(selectors.pledge_list(user=request.user, ministerial=ministerial, state=state.iso3))
    content = pledge_form_docx(ministerial=ministerial, state=state, pledges=pledges)
    return _download(content, DOCX, f"pledge-form-{ministerial.slug}-{state.iso3}.docx")


@require_safe
def slide_pptx(request, reference):
    pledge = selectors.pledge_get(reference=reference, user=request.user)
    return _download(pledge_slide_pptx(pledge=pledge), PPTX, f"pledge-{pledge.reference}.pptx")


@require_safe
def list_export(request, slug, fmt):
    if fmt not in ("xlsx", "csv"):
        raise Http404("No such format.")
    ministerial = selectors.ministerial_get(slug=slug)
    pledges = list(selectors.pledge_list(user=request.user, ministerial=ministerial))
    if fmt == "xlsx":
        return _download(pledges_xlsx(pledges=pledges), XLSX, f"pledges-{ministerial.slug}.xlsx")
    return _download(pledges_csv(pledges=pledges), "text/csv; charset=utf-8", f"pledges-{ministerial.slug}.csv")
