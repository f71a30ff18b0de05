"""Writes to the PCRS register: units (and individual or training pledges) and their levels."""

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pkhub.core.audit import audit_record
from pkhub.core.locking import update_at_revision
from pkhub.pledges.choices import LEVEL_ORDER, REGISTERED_ONLY, Level, UnitType
from pkhub.pledges.models import LevelChange, Pledge, Unit

MAX_STRENGTH = 10_000


def _check_numbers(*, strength: int, women: int) -> None:
    if strength is None or strength < 1 or strength > MAX_STRENGTH:
        raise ValidationError({"strength": _("Give the unit's strength: between 1 and %(max)s.") % {"max": MAX_STRENGTH}})
    if women is None or women < 0 or women > strength:
        raise ValidationError({"women": _("The number of women must be between 0 and the unit's strength.")})


@transaction.atomic
def unit_register(*, actor, state, name: str, unit_type: str, strength: int, women: int = 0,
                  pledge: Pledge | None = None) -> Unit:
    """Registers a unit of `state` in the PCRS; a capability officer then gives it its level."""
    if not actor.has_perm("pledges.add_unit"):
        raise PermissionDenied(_("You may not register units."))
    if not actor.has_perm("pledges.set_unit_level") and actor.member_state_id != state.pk:
        raise PermissionDenied(_("You may only register units of the Member State you represent."))
    if pledge is not None and state.pk not in [s.pk for s in pledge.states()]:
        raise ValidationError({"pledge": _("That pledge is not one of this Member State's pledges.")})
    _check_numbers(strength=strength, women=women)
    unit = Unit(state=state, name=(name or "").strip(), unit_type=unit_type, strength=strength, women=women,
                pledge=pledge)
    unit.full_clean()
    unit.save()
    audit_record(actor=actor, action="unit.register", obj=unit,
                 changes={"unit_type": unit_type, "strength": strength, "women": women})
    return unit


@transaction.atomic
def unit_update(*, actor, unit: Unit, revision: int, name: str, strength: int, women: int) -> Unit:
    """Changes a unit's name, strength or women, unless someone else changed it since `revision`."""
    if not actor.has_perm("pledges.change_unit", unit):
        raise PermissionDenied(_("You may not change this unit."))
    _check_numbers(strength=strength, women=women)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": _("Give the unit a name.")})
    if not update_at_revision(Unit.objects.filter(pk=unit.pk), revision, name=name[:200], strength=strength, women=women):
        raise ValidationError(_("Someone else changed this unit after you opened it. Your changes were not saved "
                                "and are shown below: compare them with the current unit and save again."))
    unit.refresh_from_db()
    audit_record(actor=actor, action="unit.update", obj=unit, changes={"name": name, "strength": strength,
                                                                         "women": women})
    return unit


def _check_evidence(*, unit: Unit, level: str, assessment_visit_on, load_list_checked: bool, note: str,
                    today: datetime.date) -> None:
    if unit.unit_type in REGISTERED_ONLY:
        if level != Level.REGISTERED:
            raise ValidationError({"level": _(
                "%(type)s are registered pledges: the PCRS levels are not relevant to them.") % {
                "type": UnitType(unit.unit_type).label}})
        return
    if level == Level.REGISTERED:
        raise ValidationError({"level": _("A formed unit is given a PCRS level (1, 2, 3 or RDL), not 'Registered'.")})
    current = LEVEL_ORDER.index(unit.level) if unit.level in LEVEL_ORDER else -1
    new = LEVEL_ORDER.index(level)
    if new < current and not note.strip():
        raise ValidationError({"note": _("Say why the unit goes down a level.")})
    if new > current:
        if new >= LEVEL_ORDER.index(Level.LEVEL_2):
            if not assessment_visit_on:
                raise ValidationError({"assessment_visit_on": _(
                    "Level 2 and above need a successful assessment and advisory visit: give its date.")})
            if assessment_visit_on > today:
                raise ValidationError({"assessment_visit_on": _("The assessment visit cannot be in the future.")})
        if new >= LEVEL_ORDER.index(Level.LEVEL_3) and not load_list_checked:
            raise ValidationError({"load_list_checked": _(
                "Level 3 and the Rapid Deployment Level need the equipment checked against the load list.")})
        if level == Level.RDL and current < LEVEL_ORDER.index(Level.LEVEL_2):
            raise ValidationError({"level": _("Only units at Level 2 and above are pledged to the Rapid Deployment "
                                              "Level.")})


@transaction.atomic
def unit_set_level(*, actor, unit: Unit, level: str, assessment_visit_on: datetime.date | None = None,
                   load_list_checked: bool = False, note: str = "", revision: int | None = None,
                   today: datetime.date | None = None) -> Unit:
    """A capability officer moves a unit to `level`, with its evidence; the change is kept in the history."""
    if not actor.has_perm("pledges.set_unit_level", unit):
        raise PermissionDenied(_("Only capability officers of the Strategic Force Generation Cell set PCRS levels."))
    if level not in Level.values:
        raise ValidationError({"level": _("Choose a PCRS level.")})
    if level == unit.level:
        raise ValidationError({"level": _("The unit is already at this level.")})
    note = (note or "").strip()[:5000]
    today = today or timezone.localdate()
    _check_evidence(unit=unit, level=level, assessment_visit_on=assessment_visit_on,
                    load_list_checked=load_list_checked, note=note, today=today)
    from_level = unit.level
    if not update_at_revision(Unit.objects.filter(pk=unit.pk, level=unit.level), revision, level=level, level_since=today):
        raise ValidationError(_("Someone else changed this unit's level after you opened it: nothing was saved."))
    unit.refresh_from_db()
    LevelChange.objects.create(
        unit=unit, actor=actor, actor_label=getattr(actor, "email", ""), from_level=from_level, to_level=level,
        assessment_visit_on=assessment_visit_on, load_list_checked=load_list_checked, note=note,
    )
    audit_record(actor=actor, action="unit.set_level", obj=unit, changes={
        "from": from_level, "to": level, "assessment_visit_on": str(assessment_visit_on or ""),
        "load_list_checked": load_list_checked, "note": note})
    return unit
