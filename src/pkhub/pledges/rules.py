"""Who may do what with pledges and PCRS units: one set of predicates for pages, API, exports and admin.

A Member State focal point acts for their own state only: its pledges (alone or in a partnership)
and its units. Capability officers of the Strategic Force Generation Cell validate, announce and
set PCRS levels. Announced pledges are public.
"""

import rules

from pkhub.accounts.rules import is_capability_officer, is_state_focal_point
from pkhub.pledges.choices import PledgeStatus


def _state_id(user):
    return getattr(user, "member_state_id", None)


@rules.predicate
def has_state(user):
    return _state_id(user) is not None


@rules.predicate
def is_public_pledge(user, pledge):
    return pledge is not None and pledge.status in PledgeStatus.public()


@rules.predicate
def is_pledge_of_users_state(user, pledge):
    state_id = _state_id(user)
    if pledge is None or state_id is None:
        return False
    if pledge.lead_state_id == state_id:
        return True
    return pledge.pk is not None and pledge.partners.filter(pk=state_id).exists()


@rules.predicate
def is_editable_pledge(user, pledge):
    return pledge is not None and pledge.status in PledgeStatus.editable()


@rules.predicate
def is_withdrawable_pledge(user, pledge):
    return pledge is not None and pledge.status not in (PledgeStatus.FULFILLED, PledgeStatus.WITHDRAWN)


@rules.predicate
def is_reportable_pledge(user, pledge):
    return pledge is not None and pledge.status in (PledgeStatus.ANNOUNCED, PledgeStatus.IN_IMPLEMENTATION)


@rules.predicate
def is_unit_of_users_state(user, unit):
    state_id = _state_id(user)
    return unit is not None and state_id is not None and unit.state_id == state_id


state_member = is_state_focal_point & is_pledge_of_users_state

rules.add_perm("pledges", is_capability_officer)  # the pledges section of the admin
rules.add_perm("pledges.view_pledge", is_public_pledge | is_capability_officer | state_member)
rules.add_perm("pledges.view_unannounced_pledges", is_capability_officer)
rules.add_perm("pledges.add_pledge", (is_state_focal_point & has_state) | is_capability_officer)
rules.add_perm("pledges.change_pledge", is_editable_pledge & (state_member | is_capability_officer))
rules.add_perm("pledges.submit_pledge", is_editable_pledge & (state_member | is_capability_officer))
rules.add_perm("pledges.validate_pledge", is_capability_officer)
rules.add_perm("pledges.return_pledge", is_capability_officer)
rules.add_perm("pledges.announce_pledge", is_capability_officer)
rules.add_perm("pledges.withdraw_pledge", is_withdrawable_pledge & (state_member | is_capability_officer))
rules.add_perm("pledges.report_progress", is_reportable_pledge & (state_member | is_capability_officer))
rules.add_perm("pledges.delete_pledge", is_capability_officer)

rules.add_perm("pledges.change_requirement", is_capability_officer)
rules.add_perm("pledges.add_requirement", is_capability_officer)
rules.add_perm("pledges.view_requirement", rules.always_allow)

rules.add_perm("pledges.view_unit", is_capability_officer | (is_state_focal_point & is_unit_of_users_state))
rules.add_perm("pledges.add_unit", (is_state_focal_point & has_state) | is_capability_officer)
rules.add_perm("pledges.change_unit", is_capability_officer | (is_state_focal_point & is_unit_of_users_state))
rules.add_perm("pledges.set_unit_level", is_capability_officer)
rules.add_perm("pledges.view_dashboard", rules.always_allow)

for _model in ("ministerial", "preparatorymeeting", "pledgeevent", "progressreport", "levelchange"):
    for _action in ("view", "add", "change", "delete"):
        rules.add_perm(f"pledges.{_action}_{_model}", is_capability_officer)
