"""The PCRS register: units, levels with their evidence, and their history."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pkhub.core import freshness
from pkhub.pledges import services
from pkhub.pledges.choices import Level, UnitType
from pkhub.pledges.tests.factories import UnitFactory, state

TODAY = datetime.date(2026, 3, 1)


def register(actor, **kwargs):
    values = dict(actor=actor, state=state("FRA"), name="1st Engineering Company",
                  unit_type=UnitType.ENGINEERING_COMPANY, strength=150, women=20)
    values.update(kwargs)
    return services.unit_register(**values)


def test_a_unit_moves_from_level_1_to_level_2_after_an_assessment_visit(france, officer):
    """The officer gives Level 1, then Level 2 with the visit's date; both changes stay in the history."""
    unit = register(france)
    assert unit.level == ""
    unit = services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_1, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_2, today=TODAY)
    assert "assessment and advisory visit" in str(refused.value)
    unit = services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_2,
                                   assessment_visit_on=datetime.date(2026, 2, 20), today=TODAY)
    history = [(c.from_level, c.to_level, c.assessment_visit_on) for c in unit.level_changes.all()]
    assert history == [("", "1", None), ("1", "2", datetime.date(2026, 2, 20))]


def test_level_3_needs_the_load_list_and_rdl_needs_level_2_first(officer):
    """Level 3 and RDL need the load list checked; RDL only from Level 2 up."""
    unit = UnitFactory(level=Level.LEVEL_1)
    visit = datetime.date(2026, 1, 10)
    with pytest.raises(ValidationError):
        services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_3, assessment_visit_on=visit, today=TODAY)
    with pytest.raises(ValidationError):
        services.unit_set_level(actor=officer, unit=unit, level=Level.RDL, assessment_visit_on=visit,
                                load_list_checked=True, today=TODAY)
    unit = services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_3, assessment_visit_on=visit,
                                   load_list_checked=True, today=TODAY)
    assert unit.level == Level.LEVEL_3


def test_a_state_cannot_set_a_pcrs_level_even_for_its_own_unit(france):
    """Setting a level is the Strategic Force Generation Cell's."""
    unit = register(france)
    with pytest.raises(PermissionDenied):
        services.unit_set_level(actor=france, unit=unit, level=Level.LEVEL_1, today=TODAY)
    unit.refresh_from_db()
    assert unit.level == "" and not unit.level_changes.exists()


def test_staff_officers_and_ipos_are_registered_not_levelled(officer):
    """Individual and training pledges get 'Registered'; formed units never do."""
    ipos = UnitFactory(unit_type=UnitType.INDIVIDUAL_POLICE, strength=20, women=6)
    with pytest.raises(ValidationError):
        services.unit_set_level(actor=officer, unit=ipos, level=Level.LEVEL_1, today=TODAY)
    assert services.unit_set_level(actor=officer, unit=ipos, level=Level.REGISTERED, today=TODAY).level == "registered"
    with pytest.raises(ValidationError):
        services.unit_set_level(actor=officer, unit=UnitFactory(), level=Level.REGISTERED, today=TODAY)


def test_going_down_a_level_needs_a_reason_and_a_future_visit_is_refused(officer):
    """Downgrades are explained; an assessment visit cannot be dated in the future."""
    unit = UnitFactory(level=Level.LEVEL_2)
    with pytest.raises(ValidationError):
        services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_1, today=TODAY)
    services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_1, note="Equipment sold.", today=TODAY)
    with pytest.raises(ValidationError):
        services.unit_set_level(actor=officer, unit=unit, level=Level.LEVEL_2,
                                assessment_visit_on=TODAY + datetime.timedelta(days=1), today=TODAY)


def test_a_focal_point_registers_units_only_for_its_own_state(ghana):
    """Ghana cannot register a French unit."""
    with pytest.raises(PermissionDenied):
        register(ghana)


@pytest.mark.parametrize("strength,women", [(0, 0), (10, 11), (10, -1), (10**7, 0)])
def test_impossible_strengths_are_refused(france, strength, women):
    """Strength between 1 and 10,000; women between 0 and the strength."""
    with pytest.raises(ValidationError):
        register(france, strength=strength, women=women)


def test_two_concurrent_edits_of_a_unit_do_not_overwrite_each_other(france):
    """The second edit from the same revision is refused; the first stays."""
    unit = register(france)
    before = freshness.generation()
    services.unit_update(actor=france, unit=unit, revision=1, name="Renamed", strength=150, women=30)
    assert freshness.generation() != before  # an UPDATE without post_save: kept pages still end
    with pytest.raises(ValidationError):
        services.unit_update(actor=france, unit=unit, revision=1, name="Other", strength=150, women=10)
    unit.refresh_from_db()
    assert (unit.name, unit.women) == ("Renamed", 30)
