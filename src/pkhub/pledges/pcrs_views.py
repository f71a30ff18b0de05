"""PCRS register pages: a state's units (all of them for capability officers), levels and their history."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from pkhub.pledges import selectors, services
from pkhub.pledges.choices import GENDER_TARGETS, LEVEL_MEANING, READINESS_DAYS, UNIT_PERSONNEL, Level
from pkhub.pledges.forms import LevelForm, UnitForm
from pkhub.pledges.views import _add_errors


def _levels():
    return [(value, Level(value).label, LEVEL_MEANING[value], READINESS_DAYS.get(value)) for value in Level.values]


@login_required
@require_safe
def unit_list(request):
    level = request.GET.get("level") if request.GET.get("level") in Level.values else None
    units = selectors.unit_list(user=request.user, level=level)
    return render(request, "pledges/unit_list.html", {
        "units": units, "levels": _levels(), "chosen_level": level,
        "can_add": request.user.has_perm("pledges.add_unit"),
    })


@login_required
def unit_new(request):
    if not request.user.has_perm("pledges.add_unit"):
        raise PermissionDenied
    officer = request.user.has_perm("pledges.set_unit_level")
    form = UnitForm(request.POST or None, officer=officer)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            unit = services.unit_register(
                actor=request.user, state=data["state"] if officer else request.user.member_state,
                name=data["name"], unit_type=data["unit_type"], strength=data["strength"], women=data["women"])
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Unit registered. The Strategic Force Generation Cell gives it its level."))
            return redirect(unit.get_absolute_url())
    return render(request, "pledges/unit_form.html", {"form": form, "unit": None})


@login_required
def unit_edit(request, pk):
    unit = selectors.unit_get(pk=pk, user=request.user)
    if not request.user.has_perm("pledges.change_unit", unit):
        raise PermissionDenied
    form = UnitForm(request.POST or None, officer=False, editing=True, initial={
        "name": unit.name, "strength": unit.strength, "women": unit.women, "revision": unit.revision})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.unit_update(actor=request.user, unit=unit, revision=data.get("revision") or 0, name=data["name"],
                                 strength=data["strength"], women=data["women"])
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Unit saved."))
            return redirect(unit.get_absolute_url())
    return render(request, "pledges/unit_form.html", {"form": form, "unit": unit})


@login_required
def unit_detail(request, pk):
    unit = selectors.unit_get(pk=pk, user=request.user)
    can_set_level = request.user.has_perm("pledges.set_unit_level", unit)
    form = LevelForm(request.POST or None, initial={"revision": unit.revision})
    if request.method == "POST":
        if not can_set_level:
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.unit_set_level(actor=request.user, unit=unit, level=data["level"],
                                        assessment_visit_on=data["assessment_visit_on"],
                                        load_list_checked=data["load_list_checked"], note=data["note"],
                                        revision=data.get("revision"))
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _("PCRS level changed."))
                return redirect(unit.get_absolute_url())
    personnel = UNIT_PERSONNEL.get(unit.unit_type)
    return render(request, "pledges/unit_detail.html", {
        "unit": unit, "form": form, "can_set_level": can_set_level, "history": selectors.unit_history(unit=unit),
        "meaning": LEVEL_MEANING.get(unit.level), "readiness": READINESS_DAYS.get(unit.level),
        "target": GENDER_TARGETS.get(personnel), "personnel": personnel,
        "can_edit": request.user.has_perm("pledges.change_unit", unit),
    })
