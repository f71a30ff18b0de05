"""A session's participant list as an XLSX workbook (openpyxl)."""

from io import BytesIO

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from pkhub.core.languages import LANGUAGE_LABELS


def _cell(value) -> str:
    # A text starting with = + - @ would be read as a formula by spreadsheet programs.
    text = str(value or "")
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def participants_xlsx(*, session, nominations) -> bytes:
    """One row per participant: Member State, name, rank, gender, function, e-mail, languages, status."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Participants")[:31]
    when = f"{session.start_date:%Y-%m-%d} – {session.end_date:%Y-%m-%d}" if session.start_date else ""
    sheet.append([_cell(f"{session.course.title} {when}")])
    headings = [_("Member State"), _("Name"), _("Rank or grade"), _("Gender"), _("Function"), _("E-mail"), _("Languages"), _("Status")]
    sheet.append(headings)
    for nomination in nominations:
        sheet.append([
            _cell(nomination.member_state.name), _cell(nomination.candidate_name), _cell(nomination.rank),
            str(nomination.get_gender_display()), _cell(nomination.function), _cell(nomination.email),
            ", ".join(str(LANGUAGE_LABELS[code]) for code in nomination.languages if code in LANGUAGE_LABELS),
            str(nomination.get_status_display()),
        ])
    for index, heading in enumerate(headings, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(14, len(str(heading)) + 4)
    sheet.freeze_panes = "A3"
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
