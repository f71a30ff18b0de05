"""Reads of the e-Guide: tables of contents, sections with their neighbours, references, the
directory tree, self-assessment progress and certificates, and the e-Guide's search."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Max, Prefetch, Q
from django.utils.translation import get_language

from pkhub.eguide.models import Attempt, Certificate, Choice, CrossReference, Module, Question, Section, SectionTerm, Unit
from pkhub.eguide.orgchart import ChartNode
from pkhub.search import query as search_query

MODULE_COUNT = 5


def lang_field(name: str, lang: str | None = None) -> str:
    """The modeltranslation column of `name` in the active (or given) UI language."""
    return f"{name}_{(lang or get_language() or 'en').replace('-', '_').lower()}"


def is_fallback(obj, name: str) -> bool:
    """True when `obj.name` shows English because the active language has no text of its own."""
    return bool(getattr(obj, lang_field(name, "en"), "")) and not getattr(obj, lang_field(name), None)


# --- Modules and sections ---------------------------------------------------------------------


def module_list() -> list[Module]:
    return list(Module.objects.order_by("number"))


def module_get(*, number: int) -> Module | None:
    return Module.objects.filter(number=number).first()


@dataclass
class TocEntry:
    section: Section
    children: list["TocEntry"]


def module_toc(*, module: Module) -> list[TocEntry]:
    """The module's sections as a tree, in reading order."""
    sections = list(module.sections.order_by("order"))
    entries = {s.pk: TocEntry(s, []) for s in sections}
    roots = []
    for s in sections:
        (entries[s.parent_id].children if s.parent_id in entries else roots).append(entries[s.pk])
    return roots


def section_get(*, module_number: int, number: str) -> Section | None:
    return (
        Section.objects.select_related("module", "parent")
        .prefetch_related("units", "charts", "links")
        .filter(module__number=module_number, number=number)
        .first()
    )


def section_neighbours(*, section: Section) -> tuple[Section | None, Section | None]:
    """The sections before and after this one in the module's reading order."""
    siblings = Section.objects.filter(module=section.module).only("number", "title", "order", "module")
    previous = siblings.filter(order__lt=section.order).order_by("-order").first()
    following = siblings.filter(order__gt=section.order).order_by("order").first()
    return previous, following


def section_targets(*, section: Section) -> dict[tuple[int, str], str]:
    """The URL of every resolved cross-reference of this section."""
    refs = CrossReference.objects.filter(section=section, target__isnull=False).select_related("target__module")
    return {(r.target_module, r.target_number): r.target.get_absolute_url() for r in refs}


def section_broken_references(*, section: Section) -> list[CrossReference]:
    return list(CrossReference.objects.filter(section=section, target__isnull=True))


def broken_references() -> list[CrossReference]:
    """References whose target section does not exist: the editors' to-do list."""
    return list(CrossReference.objects.filter(target__isnull=True).select_related("section__module"))


# --- Directory --------------------------------------------------------------------------------


def unit_get(*, slug: str) -> Unit | None:
    return Unit.objects.select_related("parent").filter(slug=slug).first()


def _children_map() -> dict[int | None, list[Unit]]:
    children = defaultdict(list)
    for unit in Unit.objects.order_by("order", "name"):
        children[unit.parent_id].append(unit)
    return children


def unit_roots() -> list[tuple[Unit, list[Unit]]]:
    """Top-level units with their direct children, for the directory's front page."""
    children = _children_map()
    return [(root, children.get(root.pk, [])) for root in children.get(None, [])]


def unit_ancestors(*, unit: Unit) -> list[Unit]:
    chain, seen, parent = [], set(), unit.parent
    while parent is not None and parent.pk not in seen:
        seen.add(parent.pk)
        chain.append(parent)
        parent = parent.parent
    return list(reversed(chain))


def unit_chart(*, unit: Unit, current: Unit | None = None) -> ChartNode:
    """The chart tree of `unit` and everything under it."""
    children = _children_map()

    def node(u: Unit, seen: frozenset) -> ChartNode:
        kids = [node(c, seen | {u.pk}) for c in children.get(u.pk, []) if c.pk not in seen]
        return ChartNode(label=str(u), url=u.get_absolute_url(), children=kids, current=current is not None and u.pk == current.pk)

    return node(unit, frozenset())


def unit_children(*, unit: Unit) -> list[Unit]:
    return list(unit.children.order_by("order", "name"))


# --- Self-assessments ---------------------------------------------------------------------------


def assessment_questions(*, module: Module) -> list[Question]:
    """The module's questions with their choices. Templates must show only ids and texts."""
    return list(
        Question.objects.filter(module=module).prefetch_related(Prefetch("choices", queryset=Choice.objects.order_by("order", "pk")))
    )


def best_scores(*, user) -> dict[int, dict]:
    """Per module number: the user's best score and whether it has been passed."""
    if not user.is_authenticated:
        return {}
    rows = Attempt.objects.filter(user=user).values("module__number").annotate(best=Max("score"), passes=Count("pk", filter=Q(passed=True)))
    return {r["module__number"]: {"best": r["best"], "passed": bool(r["passes"])} for r in rows}


def all_modules_passed(*, user) -> bool:
    scores = best_scores(user=user)
    return all(scores.get(n, {}).get("passed") for n in range(1, MODULE_COUNT + 1))


def attempt_list(*, user, module: Module) -> list[Attempt]:
    """The user's own attempts at this module, newest first."""
    if not user.is_authenticated:
        return []
    return list(Attempt.objects.filter(user=user, module=module))


def attempt_get(*, pk: int) -> Attempt | None:
    return Attempt.objects.select_related("module", "user").filter(pk=pk).first()


def certificate_for(*, user) -> Certificate | None:
    if not user.is_authenticated:
        return None
    return Certificate.objects.filter(user=user).first()


def certificate_by_code(*, code: str) -> Certificate | None:
    code = (code or "").strip()
    if not code or len(code) > 40:
        return None
    return Certificate.objects.filter(code=code).first()


# --- Search -------------------------------------------------------------------------------------


def search_sections(*, q: str, ui_lang: str | None = None, limit: int = 50) -> list[Section]:
    """Sections matching every word of `q` (in any language they are written in), best first.

    The query is analysed like the hub's search (stems, folding, CJK bigrams) and looked up as
    exact tokens in the e-Guide's own index; phrases need all their words; `-word` excludes.
    """
    parsed = search_query.parse(q, ui_lang)
    if parsed.is_empty:
        return []
    scores: dict[int, int] | None = None
    for group in parsed.must:
        matched: dict[int, int] = defaultdict(int)
        for node in group:
            for alt in search_query.alternatives(node, ui_lang):
                hits = _sections_with_all(alt.tokens)
                for pk, weight in hits.items():
                    matched[pk] = max(matched[pk], weight)
        scores = dict(matched) if scores is None else {pk: s + matched[pk] for pk, s in scores.items() if pk in matched}
        if not scores:
            return []
    for node in parsed.must_not:
        for alt in search_query.alternatives(node, ui_lang):
            for pk in _sections_with_all(alt.tokens):
                scores.pop(pk, None)
    best = sorted(scores, key=lambda pk: -scores[pk])[:limit]
    by_pk = Section.objects.select_related("module").in_bulk(best)
    return [by_pk[pk] for pk in best if pk in by_pk]


def _sections_with_all(tokens: tuple[str, ...]) -> dict[int, int]:
    """Section id → weight, for sections whose index holds every one of `tokens`."""
    tokens = tuple(dict.fromkeys(t[:64] for t in tokens))
    rows = SectionTerm.objects.filter(token__in=tokens).values_list("section_id", "token", "weight")
    found: dict[int, dict[str, int]] = defaultdict(dict)
    for section_id, token, weight in rows:
        found[section_id][token] = max(found[section_id].get(token, 0), weight)
    return {pk: sum(w.values()) for pk, w in found.items() if len(w) == len(tokens)}
