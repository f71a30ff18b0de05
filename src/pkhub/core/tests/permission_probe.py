"""How the permission matrix test asks the hub over HTTP and judges the answer against the rule.

A `Probe` is one cell seen through one channel (a page, an API call, an export, a feed, the admin):
`read` and `listed` for what is shown, `write` for what is done. Each registered channel is a
function taking the probe; `CHANNELS[(kind, action)]` names them.
"""

import io
import json
from collections import defaultdict
from collections.abc import Callable

from django import forms
from django.db.models import Model

from pkhub.core.models import AuditEntry

CHANNELS: dict[tuple[str, str], dict[str, Callable]] = defaultdict(dict)
# What a write may touch, per kind: a refused write must leave these tables (and the audit trail) as they were.
WATCHED: dict[str, tuple[type[Model], ...]] = {}
DENIED_STATUSES = (401, 403, 404)
SIGN_IN_PATHS = ("/accounts/login/", "/admin/login/")


def channel(kind: str, action: str, name: str):
    """Registers the decorated function as the way `action` on `kind` is done through `name`."""

    def register(function):
        CHANNELS[(kind, action)][name] = function
        return function

    return register


def watch(kind: str, *models: type[Model]) -> None:
    WATCHED[kind] = models


def _fingerprint(models) -> list:
    return [list(model.objects.order_by("pk").values_list()) for model in (*models, AuditEntry)]


def _text(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    content_type = response.get("Content-Type", "")
    if "spreadsheetml" in content_type:
        return xlsx_text(response.content)
    if "wordprocessingml" in content_type:
        return docx_text(response.content)
    if "presentationml" in content_type:
        return pptx_text(response.content)
    return response.content.decode("utf-8", "replace")


def xlsx_text(content: bytes) -> str:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(content), read_only=True)
    return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v)


def docx_text(content: bytes) -> str:
    from docx import Document

    document = Document(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def pptx_text(content: bytes) -> str:
    from pptx import Presentation

    slides = Presentation(io.BytesIO(content)).slides
    return "\n".join(shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame)


class Probe:
    def __init__(self, *, client, world, cell, allowed: bool, channel_name: str, may_view: bool = False):
        self.client, self.world, self.cell, self.allowed = client, world, cell, allowed
        self.may_view = may_view  # a refused write may still show what the role may read
        self.channel = channel_name
        self.role = cell.role.key
        self.user = world.users[self.role]
        self.obj = world.subject(cell.subject.key, self.role)
        self.secret = world.secrets.get(cell.subject.key, "")

    # What went wrong, named after the cell.
    def _fail(self, response, why: str) -> str:
        where = response.get("Location", "") if response is not None else ""
        status = response.status_code if response is not None else "-"
        return (f"{self.cell.key} via {self.channel}: the rule says {'allowed' if self.allowed else 'refused'} "
                f"({self.cell.action.perm}), but {why} (HTTP {status} {where})")

    @staticmethod
    def is_refusal(response) -> bool:
        if response.status_code in DENIED_STATUSES:
            return True
        location = response.get("Location", "")
        return response.status_code == 302 and any(path in location for path in SIGN_IN_PATHS)

    def get(self, url: str, **params):
        return self.client.get(url, params)

    def read(self, url: str, *, marker: str | None = None, **params) -> None:
        """A page or API answer about the one object: shown when allowed, refused (and silent) otherwise."""
        marker = self.secret if marker is None else marker
        response = self.get(url, **params)
        text = _text(response) if response.status_code == 200 else response.content.decode("utf-8", "replace")
        if self.allowed:
            assert response.status_code == 200, self._fail(response, "the object is not shown")
            assert marker in text, self._fail(response, f"{marker!r} is not in the answer")
        else:
            assert self.is_refusal(response), self._fail(response, "the answer is not a refusal")
            assert not marker or marker not in text, self._fail(response, f"{marker!r} leaks")

    def listed(self, url: str, *, exact: bool = True, marker: str | None = None, **params) -> None:
        """A list, search, feed or export: never holds a refused object; holds an allowed one when `exact`.

        A list that the role may not open at all may refuse instead.
        """
        marker = self.secret if marker is None else marker
        response = self.get(url, **params)
        if response.status_code != 200:
            assert self.is_refusal(response), self._fail(response, "the list neither opens nor refuses")
            assert not (self.allowed and exact), self._fail(response, "the list of an allowed object is refused")
            return
        text = _text(response)
        if self.allowed and exact:
            assert marker in text, self._fail(response, f"{marker!r} is missing from the list")
        if not self.allowed:
            assert marker not in text, self._fail(response, f"{marker!r} leaks into the list")

    def write(self, send: Callable, took_effect: Callable[[], bool]) -> None:
        """An action: done (and visible in the database) when allowed; refused with nothing changed otherwise."""
        watched = WATCHED[self.cell.kind.key]
        before = _fingerprint(watched)
        response = send()
        if self.allowed:
            assert response.status_code in (200, 201, 302) and not self.is_refusal(response), self._fail(
                response, "the action is refused")
            assert took_effect(), self._fail(response, "the action answered but changed nothing")
        else:
            assert self.is_refusal(response), self._fail(response, "the answer is not a refusal")
            assert _fingerprint(watched) == before, self._fail(response, "the database changed")
            text = response.content.decode("utf-8", "replace")
            assert self.may_view or not self.secret or self.secret not in text, self._fail(
                response, f"{self.secret!r} leaks")

    def post(self, url: str, data: dict | None = None):
        return self.client.post(url, data or {})

    def post_json(self, url: str, payload: dict):
        return self.client.post(url, json.dumps(payload), content_type="application/json")

    # The admin.
    def admin_save(self, url: str, changes: dict):
        """Opens an admin form and sends it back with `changes` (a role the admin refuses sends `changes` alone)."""
        response = self.client.get(url)
        data = admin_form_data(response) if response.status_code == 200 else {}
        return self.client.post(url, {**data, **changes, "_save": "Save"})

    def admin_delete(self, url: str):
        return self.client.post(url, {"post": "yes"})

    def deleted_in_admin(self) -> None:
        """The delete action through the admin's confirmation page for this cell's object."""
        obj, meta = self.obj, self.obj._meta
        self.write(lambda: self.admin_delete(f"/en/admin/{meta.app_label}/{meta.model_name}/{obj.pk}/delete/"),
                   lambda: not type(obj)._default_manager.filter(pk=obj.pk).exists())


def _put(data: dict, bound) -> None:
    widget, value = bound.field.widget, bound.value()
    name = bound.html_name
    if isinstance(widget, forms.MultiWidget):
        values = value if isinstance(value, (list, tuple)) else widget.decompress(value)
        for suffix, part in zip(widget.widgets_names, values, strict=False):
            data[name + suffix] = "" if part is None else str(part)
    elif isinstance(widget, forms.CheckboxInput):
        if value:
            data[name] = "on"
    elif isinstance(value, (list, tuple)):
        data[name] = [str(v) for v in value]
    elif value is not None:
        data[name] = str(value)


def admin_form_data(response) -> dict:
    """What an admin change form would send back unchanged: its fields and its inline formsets."""
    data: dict = {}
    for bound in response.context["adminform"].form:
        _put(data, bound)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for bound in formset.management_form:
            _put(data, bound)
        for form in formset.forms:
            for bound in form:
                _put(data, bound)
    return data
