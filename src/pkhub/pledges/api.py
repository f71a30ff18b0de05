"""The pledging API: announced pledges and the requirements catalogue with its coverage (DESIGN.md)."""

from django.http import Http404
from ninja import Field, Query, Router, Schema

from pkhub.pledges import selectors
from pkhub.pledges.choices import Category, RequirementKind, Section

router = Router(tags=["pledges"])


class Error(Schema):
    detail: str


class PledgeOut(Schema):
    reference: str
    ministerial: str
    state: str = Field(description="ISO code of the lead Member State.")
    state_name: str
    partners: list[str] = Field(description="ISO codes of the partner states of a bilateral or triangular pledge.")
    partnership: str = Field(description="single, bilateral or triangular.")
    category: str
    category_label: str
    title: str
    description: str
    quantity: int | None
    timeline: str
    requirements: list[str] = Field(description="Codes of the requirements the pledge answers.")
    status: str = Field(description="announced, in-implementation or fulfilled.")
    announced_at: str | None
    pledged_before: str | None = Field(None, description="Reference of the same capability pledged at an earlier ministerial.")
    url: str


class PledgeList(Schema):
    count: int
    results: list[PledgeOut]


class PledgeFilters(Schema):
    ministerial: str | None = Field(None, max_length=50, description="A ministerial's slug, e.g. berlin-2025.")
    state: str | None = Field(None, max_length=3, description="ISO code of a Member State (lead or partner).")
    category: str | None = Field(None, max_length=30, description="One of the ten contribution categories.")


class Coverage(Schema):
    pledged: int = Field(description="Pledges submitted or further along (not drafts, not withdrawn).")
    validated: int
    announced: int
    fulfilled: int


class RequirementOut(Schema):
    code: str
    ministerial: str
    section: str
    section_label: str
    subsection: str
    title: str
    description: str
    kind: str
    category: str
    missions: list[str]
    quantity: int | None
    target: str
    coverage: Coverage
    url: str


class RequirementList(Schema):
    count: int
    results: list[RequirementOut]


class RequirementFilters(Schema):
    ministerial: str | None = Field(None, max_length=50, description="A ministerial's slug; the latest by default.")
    section: str | None = Field(None, max_length=30)
    kind: str | None = Field(None, max_length=30)
    mission: str | None = Field(None, max_length=20)
    q: str = Field("", max_length=200, description="Words to find in the code, title or description.")


def _ministerial(slug: str | None):
    if not slug:
        found = selectors.ministerial_current()
        if found is None:
            raise Http404("No ministerial yet.")
        return found
    return selectors.ministerial_get(slug=slug)


def _pledge_out(request, pledge) -> dict:
    return {
        "reference": pledge.reference, "ministerial": pledge.ministerial.slug, "state": pledge.lead_state.iso3,
        "state_name": pledge.lead_state.name, "partners": [s.iso3 for s in pledge.partners.all()],
        "partnership": pledge.partnership, "category": pledge.category, "category_label": str(pledge.get_category_display()),
        "title": pledge.title, "description": pledge.description, "quantity": pledge.quantity,
        "timeline": pledge.timeline, "requirements": [r.code for r in pledge.requirements.all()],
        "status": pledge.status, "announced_at": pledge.announced_at.isoformat() if pledge.announced_at else None,
        "pledged_before": pledge.repeat_of.reference if pledge.repeat_of else None,
        "url": request.build_absolute_uri(pledge.get_absolute_url()),
    }


@router.get("/pledges", response={200: PledgeList, 404: Error}, summary="Announced pledges")
def pledges(request, filters: Query[PledgeFilters]):
    """Announced pledges only (and those in implementation or fulfilled), whoever asks."""
    ministerial = _ministerial(filters.ministerial) if filters.ministerial else None
    category = filters.category if filters.category in Category.values else None
    if filters.category and category is None:
        return {"count": 0, "results": []}
    found = selectors.pledge_public_list(ministerial=ministerial, state=filters.state, category=category)
    results = [_pledge_out(request, p) for p in found]
    return {"count": len(results), "results": results}


@router.get("/pledges/{reference}", response={200: PledgeOut, 404: Error}, summary="One pledge")
def pledge(request, reference: str):
    """One pledge, if the caller may see it (announced ones are public)."""
    return _pledge_out(request, selectors.pledge_get(reference=reference[:40], user=request.user))


@router.get("/requirements", response={200: RequirementList, 404: Error}, summary="Requirements with coverage")
def requirements(request, filters: Query[RequirementFilters]):
    """The requirements catalogue of a ministerial with how many pledges answer each, by stage."""
    ministerial = _ministerial(filters.ministerial)
    rows = selectors.requirement_list(
        ministerial=ministerial,
        section=filters.section if filters.section in Section.values else None,
        kind=filters.kind if filters.kind in RequirementKind.values else None,
        mission=filters.mission, q=filters.q,
    )
    if (filters.section and filters.section not in Section.values) or (
            filters.kind and filters.kind not in RequirementKind.values):
        rows = []
    results = [{
        "code": r.code, "ministerial": ministerial.slug, "section": r.section, "section_label": str(Section(r.section).label),
        "subsection": r.subsection, "title": r.title, "description": r.description, "kind": r.kind,
        "category": r.category, "missions": r.missions, "quantity": r.quantity, "target": r.target,
        "coverage": {"pledged": r.pledged_count, "validated": r.validated_count, "announced": r.announced_count,
                     "fulfilled": r.fulfilled_count},
        "url": request.build_absolute_uri(r.get_absolute_url()),
    } for r in rows]
    return {"count": len(results), "results": results}
