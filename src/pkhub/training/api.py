"""The training API: course sessions and PKTIs for everyone; nominations for focal points and editors."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from ninja import Field, Query, Router, Schema
from ninja.security import django_auth

from pkhub.training import selectors, services

router = Router(tags=["training"])


class Error(Schema):
    detail: str


class SessionOut(Schema):
    id: int
    course: str
    course_type: str
    package: str | None = Field(None, description="Slug of the library's training package the course teaches.")
    start_date: datetime.date | None
    end_date: datetime.date | None
    planned_year: int | None
    venue_city: str
    venue_country: str | None = Field(None, description="ISO 3166 alpha-3 code.")
    host: str | None = Field(None, description="Host Member State, ISO alpha-3 code.")
    partners: list[str]
    regions: list[str]
    languages: list[str]
    audiences: list[str]
    seats: int | None
    call_status: str = Field(description="none, to-be-sent, open or closed, as announced.")
    call_open_now: bool
    call_opens: datetime.date | None
    call_closes: datetime.date | None
    status: str
    url: str


class SessionList(Schema):
    count: int
    results: list[SessionOut]


class SessionFilters(Schema):
    start_from: datetime.date | None = Field(None, alias="from", description="Sessions starting on or after this date.")
    region: str | None = None
    lang: str | None = Field(None, description="A content language: ar zh en fr ru es.")
    audience: str | None = None
    state: str | None = Field(None, max_length=3, description="Host or venue Member State, ISO alpha-3.")
    package: str | None = Field(None, max_length=120)
    call: str | None = Field(None, description="`open`: only sessions taking nominations today.")


def _session_out(request, session) -> dict:
    return {
        "id": session.pk,
        "course": str(session.course.title),
        "course_type": session.course.course_type,
        "package": session.course.package.slug if session.course.package else None,
        "start_date": session.start_date, "end_date": session.end_date, "planned_year": session.planned_year,
        "venue_city": session.venue_city,
        "venue_country": session.venue_country.iso3 if session.venue_country else None,
        "host": session.host.iso3 if session.host else None,
        "partners": [p.slug for p in session.partners.all()],
        "regions": session.regions, "languages": session.languages, "audiences": session.audiences,
        "seats": session.seats, "call_status": session.call_status, "call_open_now": session.call_is_open(),
        "call_opens": session.call_opens, "call_closes": session.call_closes,
        "status": session.current_status,
        "url": request.build_absolute_uri(session.get_absolute_url()),
    }


def _params(filters: Schema) -> dict:
    return {("from" if k == "start_from" else k): str(v) for k, v in filters.dict().items() if v not in (None, "")}


@router.get("/courses", response={200: SessionList, 400: Error}, summary="Course sessions on the training calendar")
def course_list(request, filters: Query[SessionFilters]):
    """The calendar's sessions with the calendar page's filters; no nominee is ever listed here."""
    found = selectors.session_list(params=_params(filters))
    if not found.is_valid():
        return 400, {"detail": "; ".join(f"{k}: {' '.join(v)}" for k, v in found.errors.items())}
    results = [_session_out(request, s) for s in found.qs]
    return {"count": len(results), "results": results}


class InstitutionOut(Schema):
    slug: str
    name: str
    acronym: str
    country: str
    region: str
    kind: str
    languages: list[str]
    website: str
    contact_email: str
    recognised_courses: list[dict]
    url: str


class InstitutionList(Schema):
    count: int
    results: list[InstitutionOut]


class InstitutionFilters(Schema):
    country: str | None = Field(None, max_length=3, description="ISO alpha-3 code.")
    region: str | None = None
    kind: str | None = None
    lang: str | None = None
    q: str | None = Field(None, max_length=100)


@router.get("/institutions", response={200: InstitutionList, 400: Error}, summary="Peacekeeping training institutions")
def institution_list(request, filters: Query[InstitutionFilters]):
    found = selectors.institution_list(params={k: v for k, v in filters.dict().items() if v})
    if not found.is_valid():
        return 400, {"detail": "; ".join(f"{k}: {' '.join(v)}" for k, v in found.errors.items())}
    results = [
        {
            "slug": i.slug, "name": i.name, "acronym": i.acronym, "country": i.country.iso3, "region": i.region,
            "kind": i.kind, "languages": i.languages, "website": i.website, "contact_email": i.contact_email,
            "recognised_courses": [
                {"course": r.course_title, "package": r.package.slug, "decided_on": r.decided_on.isoformat() if r.decided_on else None}
                for r in i.recognised_courses
            ],
            "url": request.build_absolute_uri(i.get_absolute_url()),
        }
        for i in found.qs
    ]
    return {"count": len(results), "results": results}


class NominationOut(Schema):
    id: int
    session: int
    member_state: str
    candidate_name: str
    rank: str
    gender: str
    email: str
    function: str
    languages: list[str]
    status: str
    created_at: datetime.datetime
    reviewed_at: datetime.datetime | None


class NominationIn(Schema):
    session: int
    member_state: str = Field(description="ISO alpha-3 code of the state you represent.", max_length=10)
    candidate_name: str = Field(max_length=200)
    rank: str = Field("", max_length=100)
    gender: str
    email: str = Field(max_length=254)
    function: str = Field("", max_length=200)
    languages: list[str] = Field(default_factory=list, max_length=6)


def _nomination_out(n) -> dict:
    return {
        "id": n.pk, "session": n.session_id, "member_state": n.member_state.iso3, "candidate_name": n.candidate_name,
        "rank": n.rank, "gender": n.gender, "email": n.email, "function": n.function, "languages": n.languages,
        "status": n.status, "created_at": n.created_at, "reviewed_at": n.reviewed_at,
    }


@router.get("/nominations", auth=django_auth, response={200: list[NominationOut]}, summary="Nominations you may see")
def nomination_list(request, session: int | None = None):
    """A focal point: their own state's nominees; an editor: all. Signed-in users only."""
    queryset = selectors.nominations_visible(user=request.user)
    if session is not None:
        queryset = queryset.filter(session_id=session)
    return [_nomination_out(n) for n in queryset]


@router.post("/nominations", auth=django_auth, response={201: NominationOut, 400: Error, 403: Error, 404: Error}, summary="Nominate a candidate")
def nomination_create(request, payload: NominationIn):
    try:
        session = selectors.session_get(pk=payload.session)
        data = payload.dict()
        data.pop("session")
        nomination = services.nomination_submit(actor=request.user, session=session, **data)
    except Http404:
        return 404, {"detail": "No such session."}
    except PermissionDenied as error:
        return 403, {"detail": str(error) or "Not allowed."}
    except ValidationError as error:
        return 400, {"detail": " ".join(error.messages)}
    return 201, _nomination_out(nomination)


@router.post("/nominations/{nomination_id}/withdraw", auth=django_auth, response={200: NominationOut, 403: Error, 404: Error}, summary="Withdraw your state's nominee")
def nomination_withdraw(request, nomination_id: int):
    try:
        nomination = selectors.nomination_get(user=request.user, pk=nomination_id)
        nomination = services.nomination_withdraw(actor=request.user, nomination=nomination)
    except Http404:
        return 404, {"detail": "No such nomination."}
    except PermissionDenied as error:
        return 403, {"detail": str(error) or "Not allowed."}
    return _nomination_out(nomination)
