"""The e-Guide in the public API: modules, their sections and the directory (read-only)."""

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from pkhub.eguide import selectors
from pkhub.eguide.models import Unit

router = Router(tags=["eguide"])


class SectionOut(Schema):
    number: str
    title: str
    url: str
    content_pending: bool


class ModuleOut(Schema):
    number: int
    title: str
    content_pending: bool
    sections: list[SectionOut]


class UnitOut(Schema):
    slug: str
    kind: str
    name: str
    acronym: str
    function: str
    parent: str | None
    head_title: str
    email: str
    website: str
    url: str


@router.get("/eguide/modules", response=list[ModuleOut])
def modules(request):
    """The five modules and their sections, in reading order."""
    out = []
    for module in selectors.module_list():
        sections = module.sections.order_by("order")
        out.append({
            "number": module.number, "title": module.title, "content_pending": module.content_pending,
            "sections": [
                {"number": s.number, "title": s.title, "url": s.get_absolute_url(), "content_pending": s.content_pending}
                for s in sections
            ],
        })
    return out


def _unit(u: Unit) -> dict:
    return {
        "slug": u.slug, "kind": u.kind, "name": u.name, "acronym": u.acronym, "function": u.function,
        "parent": u.parent.slug if u.parent else None, "head_title": u.head_title, "email": u.email,
        "website": u.website, "url": u.get_absolute_url(),
    }


@router.get("/eguide/units", response=list[UnitOut])
def units(request):
    """Every unit of the directory with its parent."""
    return [_unit(u) for u in Unit.objects.select_related("parent").order_by("order", "name")]


@router.get("/eguide/units/{slug}", response=UnitOut)
def unit(request, slug: str):
    return _unit(get_object_or_404(Unit.objects.select_related("parent"), slug=slug[:80]))
