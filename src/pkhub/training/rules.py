"""Who may do what with training: one set of predicates for pages, API, feeds, exports and admin.

A Member State focal point acts only for their own state's nominees; editors (ITS) review all;
an institution's focal point keeps that institution's entry; a visitor sees no nominee at all.
"""

import rules

from pkhub.accounts.rules import is_editor, is_institution_focal_point, is_state_focal_point


@rules.predicate
def has_member_state(user):
    return user.is_authenticated and user.member_state_id is not None


@rules.predicate
def is_own_states_nomination(user, nomination):
    return nomination is not None and user.is_authenticated and nomination.member_state_id == user.member_state_id


@rules.predicate
def is_nomination_withdrawable(user, nomination):
    from pkhub.training.models import NominationStatus

    return nomination is not None and nomination.status in (
        NominationStatus.SUBMITTED, NominationStatus.WAITLISTED, NominationStatus.ACCEPTED,
    )


@rules.predicate
def is_institutions_focal_point(user, institution):
    return institution is not None and user.is_authenticated and institution.focal_points.filter(pk=user.pk).exists()


@rules.predicate
def call_is_open(user, session):
    return session is not None and session.call_is_open()


is_acting_state_focal_point = is_state_focal_point & has_member_state
can_keep_institution = is_editor | (is_institution_focal_point & is_institutions_focal_point)

rules.add_perm("training", is_editor)  # the training section of the admin
rules.add_perm("training.nominate_to_session", is_acting_state_focal_point & call_is_open)
rules.add_perm("training.view_own_nominations", is_acting_state_focal_point)
rules.add_perm("training.view_nomination", is_editor | (is_acting_state_focal_point & is_own_states_nomination))
rules.add_perm(
    "training.withdraw_nomination", is_acting_state_focal_point & is_own_states_nomination & is_nomination_withdrawable
)
rules.add_perm("training.review_nomination", is_editor)
rules.add_perm("training.export_participants", is_editor)
rules.add_perm("training.view_gender_report", is_editor | is_acting_state_focal_point)
rules.add_perm("training.change_institution", can_keep_institution)
rules.add_perm("training.apply_recognition", can_keep_institution)
rules.add_perm("training.decide_recognition", is_editor)

for _model in ("course", "session", "partner", "nomination", "institution", "recognition"):
    for _action in ("view", "add", "change", "delete"):
        if not rules.perm_exists(f"training.{_action}_{_model}"):
            rules.add_perm(f"training.{_action}_{_model}", is_editor)
