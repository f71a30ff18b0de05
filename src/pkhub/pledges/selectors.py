"""Reads of the pledges app, each applying what the user may see."""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.http import Http404

from pkhub.accounts.models import Region
from pkhub.accounts.rules import is_capability_officer, is_state_focal_point
from pkhub.pledges.choices import Category, PledgeStatus, Section
from pkhub.pledges.models import LevelChange, Ministerial, Pledge, PledgeEvent, Requirement, Unit
from pkhub.search.analysis import fold, words

MAX_QUERY_LENGTH = 200


def ministerial_list() -> QuerySet[Ministerial]:
    return Ministerial.objects.select_related("host").order_by("-starts_on")


def ministerial_current() -> Ministerial | None:
    """The latest ministerial: the one the pledging pages open on."""
    return ministerial_list().first()


def ministerial_get(*, slug: str) -> Ministerial:
    found = ministerial_list().prefetch_related("preparatory_meetings__co_hosts").filter(slug=slug).first()
    if found is None:
        raise Http404("No such ministerial.")
    return found


def _with_relations(queryset: QuerySet[Pledge]) -> QuerySet[Pledge]:
    return queryset.select_related("ministerial", "lead_state", "repeat_of__ministerial").prefetch_related(
        "partners", Prefetch("requirements", queryset=Requirement.objects.order_by("position"))
    )


def pledge_visible(*, user) -> QuerySet[Pledge]:
    """The pledges `user` may see: announced ones, their own state's, or all for capability officers."""
    public = Q(status__in=PledgeStatus.public())
    if user is None or not user.is_authenticated:
        return Pledge.objects.filter(public)
    if is_capability_officer(user):
        return Pledge.objects.all()
    state_id = getattr(user, "member_state_id", None)
    if state_id and is_state_focal_point(user):
        own = Pledge.objects.filter(Q(lead_state_id=state_id) | Q(partners__id=state_id)).values("pk")
        return Pledge.objects.filter(public | Q(pk__in=own))
    return Pledge.objects.filter(public)


def pledge_public_list(*, ministerial: Ministerial | None = None, state: str | None = None,
                       category: str | None = None) -> QuerySet[Pledge]:
    """Announced pledges (and those in implementation or fulfilled): what everyone sees."""
    queryset = Pledge.objects.filter(status__in=PledgeStatus.public())
    return _with_relations(_filter(queryset, ministerial=ministerial, state=state, category=category)).order_by(
        "lead_state__name", "reference")


def _filter(queryset, *, ministerial=None, state=None, category=None, status=None):
    if ministerial is not None:
        queryset = queryset.filter(ministerial=ministerial)
    if state:
        queryset = queryset.filter(Q(lead_state__iso3=state.upper()) | Q(partners__iso3=state.upper())).distinct()
    if category:
        queryset = queryset.filter(category=category)
    if status:
        queryset = queryset.filter(status=status)
    return queryset


def pledge_list(*, user, ministerial: Ministerial | None = None, state: str | None = None,
                category: str | None = None, status: str | None = None) -> QuerySet[Pledge]:
    """Every pledge `user` may see, filtered."""
    queryset = _filter(pledge_visible(user=user), ministerial=ministerial, state=state, category=category,
                       status=status)
    return _with_relations(queryset).order_by("lead_state__name", "reference")


def pledge_get(*, reference: str, user) -> Pledge:
    """One pledge, or 404 when it does not exist or the user may not see it (the same answer for both)."""
    found = _with_relations(pledge_visible(user=user)).filter(reference=reference).first()
    if found is None:
        raise Http404("No such pledge.")
    return found


def pledge_history(*, pledge: Pledge) -> QuerySet[PledgeEvent]:
    return pledge.events.select_related("actor").order_by("at", "id")


def _coverage(queryset: QuerySet[Requirement]) -> QuerySet[Requirement]:
    def stage(statuses):
        return Count("pledges", filter=Q(pledges__status__in=statuses), distinct=True)

    return queryset.annotate(
        pledged_count=stage(PledgeStatus.pledged()),
        validated_count=stage(PledgeStatus.validated()),
        announced_count=stage(PledgeStatus.public()),
        fulfilled_count=stage((PledgeStatus.FULFILLED,)),
    )


def requirement_list(*, ministerial: Ministerial, section: str | None = None, kind: str | None = None,
                     mission: str | None = None, category: str | None = None, q: str = "") -> list[Requirement]:
    """The catalogue of `ministerial` with its coverage: how many pledges answer each requirement, by stage.

    Counts include submitted pledges so a delegation sees what is already covered; which state
    pledged what is shown only once a pledge is announced.
    """
    queryset = Requirement.objects.filter(ministerial=ministerial)
    if section:
        queryset = queryset.filter(section=section)
    if kind:
        queryset = queryset.filter(kind=kind)
    if category:
        queryset = queryset.filter(category=category)
    requirements = list(_coverage(queryset).order_by("position"))
    if mission:
        requirements = [r for r in requirements if mission.upper() in r.missions]
    needles = words(q[:MAX_QUERY_LENGTH]) if q else []
    if needles:
        # About two hundred rows: folding each one in Python is fast and needs no index.
        requirements = [r for r in requirements if all(n in _haystack(r) for n in needles)]
    return requirements


def _haystack(requirement: Requirement) -> str:
    return fold(" ".join([requirement.code, requirement.title, requirement.subsection, requirement.description,
                          " ".join(requirement.missions)]))


def requirement_get(*, ministerial: Ministerial, code: str) -> Requirement:
    found = _coverage(Requirement.objects.filter(ministerial=ministerial, code=code)).first()
    if found is None:
        raise Http404("No such requirement.")
    return found


def requirement_sections(requirements: list[Requirement]) -> list[tuple[str, list[tuple[str, list[Requirement]]]]]:
    """The requirements grouped as in the guide: section label, then (subsection, requirements)."""
    grouped: dict[str, dict[str, list[Requirement]]] = {}
    for requirement in requirements:
        grouped.setdefault(requirement.section, {}).setdefault(requirement.subsection, []).append(requirement)
    return [(Section(section).label, list(subs.items())) for section, subs in grouped.items()]


def requirement_missions(*, ministerial: Ministerial) -> list[str]:
    missions = set()
    for names in Requirement.objects.filter(ministerial=ministerial).values_list("missions", flat=True):
        missions.update(names or [])
    return sorted(missions)


@dataclass
class CoverageRow:
    key: str
    label: str
    needed: int
    pledged: int
    validated: int
    fulfilled: int


def coverage_by_category(*, ministerial: Ministerial) -> list[CoverageRow]:
    """Per contribution category: requirements needed, and how many have a pledge at each stage."""
    requirements = requirement_list(ministerial=ministerial)
    rows = []
    for value, label in Category.choices:
        mine = [r for r in requirements if r.category == value]
        if not mine and value in (Category.FUNDING, Category.OTHER):
            continue
        rows.append(CoverageRow(
            key=value, label=str(label), needed=len(mine),
            pledged=sum(1 for r in mine if r.pledged_count), validated=sum(1 for r in mine if r.validated_count),
            fulfilled=sum(1 for r in mine if r.fulfilled_count),
        ))
    return rows


def coverage_by_region(*, ministerial: Ministerial) -> list[CoverageRow]:
    """Per region of the lead state: pledges at each stage (`needed` is the number of requirements they answer)."""
    pledges = Pledge.objects.filter(ministerial=ministerial).exclude(
        status__in=(PledgeStatus.DRAFT, PledgeStatus.WITHDRAWN))
    rows = []
    for value, label in Region.choices:
        mine = pledges.filter(lead_state__region=value)
        counts = mine.aggregate(
            pledged=Count("pk", filter=Q(status__in=PledgeStatus.pledged()), distinct=True),
            validated=Count("pk", filter=Q(status__in=PledgeStatus.validated()), distinct=True),
            fulfilled=Count("pk", filter=Q(status=PledgeStatus.FULFILLED), distinct=True),
            answered=Count("requirements", distinct=True),
        )
        rows.append(CoverageRow(key=value, label=str(label), needed=counts["answered"], pledged=counts["pledged"],
                                validated=counts["validated"], fulfilled=counts["fulfilled"]))
    return rows


def unit_visible(*, user) -> QuerySet[Unit]:
    """The PCRS units `user` may see: their own state's, or all for capability officers."""
    if user is None or not user.is_authenticated:
        return Unit.objects.none()
    if is_capability_officer(user):
        return Unit.objects.all()
    if is_state_focal_point(user) and user.member_state_id:
        return Unit.objects.filter(state_id=user.member_state_id)
    return Unit.objects.none()


def unit_list(*, user, state: str | None = None, level: str | None = None) -> QuerySet[Unit]:
    queryset = unit_visible(user=user).select_related("state", "pledge")
    if state:
        queryset = queryset.filter(state__iso3=state.upper())
    if level:
        queryset = queryset.filter(level=level)
    return queryset.order_by("state__name", "name")


def unit_get(*, pk: int, user) -> Unit:
    found = unit_visible(user=user).select_related("state", "pledge").filter(pk=pk).first()
    if found is None:
        raise Http404("No such unit.")
    return found


def unit_history(*, unit: Unit) -> QuerySet[LevelChange]:
    return unit.level_changes.order_by("at", "id")


def pledged_quantity(*, requirement: Requirement) -> int:
    return requirement.pledges.filter(status__in=PledgeStatus.pledged()).aggregate(n=Sum("quantity"))["n"] or 0
