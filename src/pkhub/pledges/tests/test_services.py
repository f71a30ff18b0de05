"""The pledge life cycle: who may do what, the deadline, money, concurrent edits, history."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pkhub.core import freshness
from pkhub.core.models import AuditEntry
from pkhub.pledges import services
from pkhub.pledges.choices import Category, PledgeStatus, UnitType
from pkhub.pledges.models import Pledge
from pkhub.pledges.tests.factories import MinisterialFactory, PledgeFactory, RequirementFactory, state


def draft(actor, ministerial, **kwargs):
    values = dict(actor=actor, ministerial=ministerial, lead_state=actor.member_state, category=Category.UNIFORMED,
                  title="Engineering company", description="One engineering company for MINUSCA.")
    values.update(kwargs)
    return services.pledge_create(**values)


def test_a_pledge_goes_from_draft_to_fulfilled_and_every_step_is_recorded(france, officer, ministerial, requirement):
    """Draft, submit, validate, announce, report progress, fulfil: each step has an event and an audit entry."""
    pledge = draft(france, ministerial, requirements=[requirement])
    assert pledge.reference == "TEST-2026-FRA-001"
    pledge = services.pledge_submit(actor=france, pledge=pledge)
    pledge = services.pledge_validate(actor=officer, pledge=pledge)
    pledge = services.pledge_announce(actor=officer, pledge=pledge)
    assert pledge.is_public and pledge.announced_at
    pledge = services.pledge_report_progress(actor=france, pledge=pledge, text="Deployed half.", percent_done=50)
    assert pledge.status == PledgeStatus.IN_IMPLEMENTATION
    pledge = services.pledge_report_progress(actor=france, pledge=pledge, text="All deployed.", percent_done=100,
                                             fulfilled=True)
    assert pledge.status == PledgeStatus.FULFILLED
    steps = [(e.from_status, e.to_status, e.actor_label) for e in pledge.events.all()]
    assert steps == [
        ("", "draft", "fp-fra@example.org"),
        ("draft", "submitted", "fp-fra@example.org"),
        ("submitted", "validated", "sfgc@example.org"),
        ("validated", "announced", "sfgc@example.org"),
        ("announced", "in-implementation", "fp-fra@example.org"),
        ("in-implementation", "fulfilled", "fp-fra@example.org"),
    ]
    actions = list(AuditEntry.objects.filter(object_id=str(pledge.pk), object_type="pledges.pledge")
                   .order_by("at", "id").values_list("action", flat=True))
    assert actions[:4] == ["pledge.create", "pledge.submit", "pledge.validate", "pledge.announce"]


def test_a_returned_pledge_carries_its_reason_and_can_be_corrected_and_resubmitted(france, officer, ministerial):
    """Return needs a reason; the state sees it, edits and submits again."""
    pledge = services.pledge_submit(actor=france, pledge=draft(france, ministerial))
    with pytest.raises(ValidationError):
        services.pledge_return(actor=officer, pledge=pledge, reason="   ")
    pledge = services.pledge_return(actor=officer, pledge=pledge, reason="Say which mission.")
    assert pledge.status == PledgeStatus.RETURNED and pledge.return_reason == "Say which mission."
    before = freshness.generation()
    pledge = services.pledge_update(actor=france, pledge=pledge, revision=pledge.revision,
                                    description="For MINUSCA, from January 2026.")
    assert freshness.generation() != before  # an UPDATE without post_save: kept pages still end
    pledge = services.pledge_submit(actor=france, pledge=pledge)
    assert pledge.status == PledgeStatus.SUBMITTED and pledge.return_reason == ""


def test_submission_after_the_deadline_is_refused_with_the_date(france):
    """After 6 May 2025, Berlin refuses submissions and says the date."""
    berlin = MinisterialFactory(slug="berlin-2025", name="UN Peacekeeping Ministerial 2025, Berlin",
                                starts_on=datetime.date(2025, 5, 13), ends_on=datetime.date(2025, 5, 14),
                                submission_deadline=datetime.date(2025, 5, 6))
    pledge = PledgeFactory(ministerial=berlin, lead_state=state("FRA"))
    with pytest.raises(ValidationError) as refused:
        services.pledge_submit(actor=france, pledge=pledge, today=datetime.date(2025, 5, 7))
    assert "6 May 2025" in str(refused.value)
    assert Pledge.objects.get(pk=pledge.pk).status == PledgeStatus.DRAFT
    # On the day of the deadline it still goes through.
    services.pledge_submit(actor=france, pledge=pledge, today=datetime.date(2025, 5, 6))


def test_a_financial_contribution_only_is_refused_with_the_guides_reason(france, ministerial):
    """A Funding pledge answering no requirement that asks for money is not a pledge."""
    with pytest.raises(ValidationError) as refused:
        draft(france, ministerial, category=Category.FUNDING, title="USD 2 million",
              description="A contribution to the peacekeeping budget.")
    assert "Requests for financial contributions are not covered in the pledging guide" in str(refused.value)
    assert not Pledge.objects.exists()


def test_a_contribution_to_a_fund_the_guide_asks_for_is_accepted(france, ministerial):
    """The guide asks for contributions to the SEA Trust Fund: a Funding pledge against it is fine."""
    fund = RequirementFactory(ministerial=ministerial, title="SEA Trust Fund contribution", fundable=True,
                              category=Category.CONDUCT)
    pledge = draft(france, ministerial, category=Category.FUNDING, requirements=[fund])
    assert services.pledge_submit(actor=france, pledge=pledge).status == PledgeStatus.SUBMITTED


def test_second_of_two_concurrent_edits_is_refused_and_the_first_is_kept(france, ministerial):
    """Two people open revision 1; the first save wins, the second is refused with a clear message."""
    colleague = type(france).objects.get(pk=france.pk)
    pledge = draft(france, ministerial)
    first_view, second_view = Pledge.objects.get(pk=pledge.pk), Pledge.objects.get(pk=pledge.pk)
    services.pledge_update(actor=france, pledge=first_view, revision=first_view.revision, quantity=2)
    with pytest.raises(services.PledgeConflict) as refused:
        services.pledge_update(actor=colleague, pledge=second_view, revision=second_view.revision,
                               description="Overwritten?")
    assert "Someone else changed this pledge" in str(refused.value)
    kept = Pledge.objects.get(pk=pledge.pk)
    assert kept.quantity == 2 and kept.description == "One engineering company for MINUSCA." and kept.revision == 2


def test_a_focal_point_cannot_draft_or_change_another_states_pledge(france, ghana, ministerial):
    """Ghana's focal point cannot draft for France nor edit, submit or withdraw France's pledge."""
    with pytest.raises(PermissionDenied):
        draft(ghana, ministerial, lead_state=state("FRA"))
    pledge = draft(france, ministerial)
    with pytest.raises(PermissionDenied):
        services.pledge_update(actor=ghana, pledge=pledge, revision=pledge.revision, title="Mine now")
    with pytest.raises(PermissionDenied):
        services.pledge_submit(actor=ghana, pledge=pledge)
    with pytest.raises(PermissionDenied):
        services.pledge_withdraw(actor=ghana, pledge=pledge)


def test_a_partner_state_may_act_on_a_partnership_pledge(france, ghana, ministerial):
    """In a bilateral pledge led by France, Ghana's focal point may edit and submit it too."""
    pledge = draft(france, ministerial, partners=[state("GHA")])
    assert pledge.partnership == "bilateral"
    pledge = services.pledge_update(actor=ghana, pledge=pledge, revision=pledge.revision, timeline="2026")
    assert services.pledge_submit(actor=ghana, pledge=pledge).status == PledgeStatus.SUBMITTED


def test_a_focal_point_cannot_validate_return_or_announce(france, ministerial):
    """Only the Strategic Force Generation Cell validates, returns and announces."""
    pledge = services.pledge_submit(actor=france, pledge=draft(france, ministerial))
    for step in (services.pledge_validate, services.pledge_announce):
        with pytest.raises(PermissionDenied):
            step(actor=france, pledge=pledge)
    with pytest.raises(PermissionDenied):
        services.pledge_return(actor=france, pledge=pledge, reason="no")


def test_a_submitted_pledge_can_no_longer_be_edited_by_its_state(france, ministerial):
    """After submission the text is frozen for the state."""
    pledge = services.pledge_submit(actor=france, pledge=draft(france, ministerial))
    with pytest.raises(PermissionDenied):
        services.pledge_update(actor=france, pledge=pledge, revision=pledge.revision, title="Changed")


def test_announcing_twice_is_refused_with_the_current_status(officer, france, ministerial):
    """A second officer announcing an already announced pledge gets told its status."""
    pledge = services.pledge_submit(actor=france, pledge=draft(france, ministerial))
    pledge = services.pledge_validate(actor=officer, pledge=pledge)
    stale = Pledge.objects.get(pk=pledge.pk)
    services.pledge_announce(actor=officer, pledge=pledge)
    with pytest.raises(services.PledgeConflict) as refused:
        services.pledge_announce(actor=officer, pledge=stale)
    assert "announced now" in str(refused.value)


def test_a_capability_pledged_at_an_earlier_ministerial_is_flagged(france, ministerial):
    """France pledged a helicopter unit at the previous ministerial: pledging it again is flagged."""
    earlier = MinisterialFactory(slug="accra-test", starts_on=datetime.date(2023, 12, 5),
                                 ends_on=datetime.date(2023, 12, 6))
    before = PledgeFactory(ministerial=earlier, lead_state=state("FRA"), status=PledgeStatus.ANNOUNCED,
                           unit_type=UnitType.MEDIUM_UTILITY_HELICOPTER)
    helicopters = RequirementFactory(ministerial=ministerial, capability=UnitType.MEDIUM_UTILITY_HELICOPTER)
    pledge = draft(france, ministerial, requirements=[helicopters])
    assert pledge.repeat_of == before
    other = draft(france, ministerial, title="Engineers", unit_type=UnitType.ENGINEERING_COMPANY)
    assert other.repeat_of is None


def test_withdrawn_pledges_leave_the_public_list_and_keep_their_history(france, officer, ministerial):
    """Withdrawal is recorded with its note."""
    pledge = services.pledge_submit(actor=france, pledge=draft(france, ministerial))
    pledge = services.pledge_withdraw(actor=france, pledge=pledge, note="Unit needed at home.")
    assert pledge.status == PledgeStatus.WITHDRAWN
    assert pledge.events.last().note == "Unit needed at home."
    with pytest.raises(PermissionDenied):
        services.pledge_withdraw(actor=france, pledge=pledge)


@pytest.mark.parametrize("bad", [{"title": ""}, {"title": "x" * 500}, {"quantity": -1}, {"category": "money"}])
def test_bad_pledge_content_is_refused(france, ministerial, bad):
    """Empty, huge or invalid values are refused with a validation error, never stored."""
    with pytest.raises(ValidationError):
        draft(france, ministerial, **bad)
    assert not Pledge.objects.exists()


def test_requirements_of_another_ministerial_cannot_be_addressed(france, ministerial):
    """A pledge answers its own ministerial's catalogue."""
    other = RequirementFactory(ministerial=MinisterialFactory(slug="elsewhere"))
    with pytest.raises(ValidationError):
        draft(france, ministerial, requirements=[other])


def test_a_state_cannot_edit_the_catalogue(france, officer, requirement):
    """Capability officers edit requirements; focal points cannot."""
    with pytest.raises(PermissionDenied):
        services.requirement_update(actor=france, requirement=requirement, quantity=3)
    assert services.requirement_update(actor=officer, requirement=requirement, quantity=3).quantity == 3
