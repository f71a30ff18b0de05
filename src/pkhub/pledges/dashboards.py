"""Dashboards of a ministerial: requirements coverage, gender against the 2025 targets, priority translations."""

from dataclasses import dataclass
from decimal import Decimal

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from pkhub.core.languages import LANGUAGE_LABELS
from pkhub.library import selectors as library_selectors
from pkhub.pledges import selectors
from pkhub.pledges.charts import Bar, bar_chart
from pkhub.pledges.choices import GENDER_TARGETS, UNIT_PERSONNEL, Personnel, RequirementKind
from pkhub.pledges.models import Requirement, Unit


@dataclass
class GenderRow:
    label: str
    personnel: str
    strength: int
    women: int
    target: Decimal | None

    @property
    def share(self) -> float:
        return self.women / self.strength if self.strength else 0.0

    @property
    def meets(self) -> bool | None:
        return None if self.target is None else self.share >= float(self.target)


def gender_by_unit(units: list[Unit]) -> list[GenderRow]:
    rows = []
    for unit in units:
        personnel = UNIT_PERSONNEL.get(unit.unit_type, Personnel.NONE)
        rows.append(GenderRow(label=f"{unit.state.name}: {unit.name}", personnel=personnel, strength=unit.strength,
                              women=unit.women, target=GENDER_TARGETS.get(personnel)))
    return rows


def gender_by_state(units: list[Unit]) -> list[GenderRow]:
    """Per state and category of personnel: women against the target of that category."""
    totals: dict[tuple, list[int]] = {}
    for unit in units:
        personnel = UNIT_PERSONNEL.get(unit.unit_type, Personnel.NONE)
        if personnel == Personnel.NONE:
            continue
        total = totals.setdefault((unit.state.name, personnel), [0, 0])
        total[0] += unit.strength
        total[1] += unit.women
    return [GenderRow(label=f"{state} · {Personnel(personnel).label}", personnel=personnel, strength=strength,
                      women=women, target=GENDER_TARGETS[personnel])
            for (state, personnel), (strength, women) in sorted(totals.items())]


def _gender_chart(title: str, rows: list[GenderRow]) -> str:
    bars = [Bar(label=row.label, value=row.share, maximum=1.0, target=float(row.target) if row.target else None,
                css="bar-ok" if row.meets else "bar-warn",
                note=f"{row.share:.0%} / {row.target:.0%}" if row.target else f"{row.share:.0%}")
            for row in rows]
    return bar_chart(title=title, bars=bars)


def translation_priorities(*, ministerial) -> list[dict]:
    """The guide's priority translations, each with the languages the library still lacks."""
    requirements = list(Requirement.objects.filter(ministerial=ministerial, kind=RequirementKind.TRANSLATION,
                                                   section="training").order_by("position"))
    named = library_selectors.translation_gaps(slugs={r.library_slug for r in requirements if r.library_slug})
    gaps = {resource.slug: (resource, missing) for resource, missing in named.rows}
    rows = []
    for requirement in requirements:
        resource, missing = gaps.get(requirement.library_slug, (None, None))
        asked = requirement.languages or []
        still = [code for code in asked if missing is not None and code in missing]
        rows.append({
            "requirement": requirement, "resource": resource,
            "asked": [LANGUAGE_LABELS[code] for code in asked if code in LANGUAGE_LABELS],
            "missing": [LANGUAGE_LABELS[code] for code in still],
            "pledged": requirement.pledges.exclude(status__in=("draft", "withdrawn")).count(),
        })
    return rows


@require_safe
def dashboard(request, slug):
    ministerial = selectors.ministerial_get(slug=slug)
    by_category = selectors.coverage_by_category(ministerial=ministerial)
    by_region = selectors.coverage_by_region(ministerial=ministerial)
    units = list(selectors.unit_list(user=request.user))
    unit_rows, state_rows = gender_by_unit(units), gender_by_state(units)
    coverage_chart = bar_chart(title=_("Requirements with a pledge, by contribution category"), bars=[
        Bar(label=row.label, value=row.pledged, maximum=row.needed, note=f"{row.pledged} / {row.needed}")
        for row in by_category])
    most = max([row.pledged for row in by_region] + [1])
    region_chart = bar_chart(title=_("Pledges by region of the lead state"), bars=[
        Bar(label=row.label, value=row.pledged, maximum=most, note=str(row.pledged)) for row in by_region])
    targets = [(Personnel(key).label, value) for key, value in GENDER_TARGETS.items()]
    return render(request, "pledges/dashboard.html", {
        "ministerial": ministerial, "by_category": by_category, "by_region": by_region,
        "coverage_chart": coverage_chart, "region_chart": region_chart,
        "unit_rows": unit_rows, "state_rows": state_rows, "targets": targets,
        "unit_chart": _gender_chart(_("Women in each unit against the 2025 target"), unit_rows) if unit_rows else "",
        "state_chart": _gender_chart(_("Women per state against the 2025 targets"), state_rows) if state_rows else "",
        "translations": translation_priorities(ministerial=ministerial),
        "sees_units": request.user.has_perm("pledges.add_unit") or request.user.has_perm("pledges.set_unit_level"),
    })
