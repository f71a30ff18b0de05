"""Who may do what in communities of practice and the Light Coordination Mechanism."""

import rules

from pkhub.accounts.rules import is_administrator, is_editor, is_institution_focal_point, is_state_focal_point

# LCM staff (the Light Coordination Mechanism's team) are a group of their own: survey results
# and roster contacts are theirs to see, not every editor's.
LCM_STAFF = "lcm-staff"
is_lcm_staff = rules.is_group_member(LCM_STAFF) | is_administrator


def _membership(user, community):
    if community is None or not getattr(user, "is_authenticated", False):
        return None
    from pkhub.community.models import Membership

    return Membership.objects.filter(community=community, user=user).only("status", "role").first()


@rules.predicate
def is_member(user, community) -> bool:
    membership = _membership(user, community)
    return membership is not None and membership.status == "active"


@rules.predicate
def is_moderator(user, community) -> bool:
    membership = _membership(user, community)
    return membership is not None and membership.status == "active" and membership.role == "moderator"


@rules.predicate
def is_banned(user, community) -> bool:
    membership = _membership(user, community)
    return membership is not None and membership.status == "banned"


@rules.predicate
def is_public(user, community) -> bool:
    return community is not None and community.visibility == "public"


@rules.predicate
def thread_open(user, thread) -> bool:
    return thread is not None and not thread.locked and not thread.hidden


@rules.predicate
def member_of_thread_community(user, thread) -> bool:
    return thread is not None and is_member(user, thread.community)


@rules.predicate
def member_of_review_community(user, review) -> bool:
    return review is not None and is_member(user, review.community)


@rules.predicate
def own_state(user, obj) -> bool:
    return obj is not None and user.member_state_id is not None and getattr(obj, "member_state_id", None) == user.member_state_id


# Communities
rules.add_perm("community.view_community", is_public | is_member | is_administrator)
rules.add_perm("community.join_community", rules.is_authenticated & ~is_banned & ~is_member)
rules.add_perm("community.post_in_community", is_member)
rules.add_perm("community.reply_to_thread", member_of_thread_community & thread_open)
rules.add_perm("community.moderate_community", is_moderator | is_administrator)
rules.add_perm("community.open_draft_review", is_editor)
rules.add_perm("community.view_draft_review", member_of_review_community | is_editor)
rules.add_perm("community.comment_on_draft", member_of_review_community)

# The Light Coordination Mechanism
rules.add_perm("community.view_survey_results", is_lcm_staff)
rules.add_perm("community.answer_survey", is_state_focal_point)
rules.add_perm("community.view_survey_answer", is_lcm_staff | (is_state_focal_point & own_state))
rules.add_perm("community.register_on_roster", is_state_focal_point | is_lcm_staff)
rules.add_perm("community.view_roster_contact", is_lcm_staff | (is_state_focal_point & own_state))
rules.add_perm("community.request_training", is_state_focal_point)
rules.add_perm("community.view_training_request", is_lcm_staff | (is_state_focal_point & own_state))
rules.add_perm("community.record_activity", is_lcm_staff | is_state_focal_point)
rules.add_perm("community.submit_lessons", is_institution_focal_point | is_state_focal_point | is_lcm_staff)
rules.add_perm("community.view_all_lessons", is_lcm_staff)
rules.add_perm("community.share_lessons", is_lcm_staff)

# The admin
rules.add_perm("community", is_administrator | is_lcm_staff)
for model in ("membership", "surveyround", "activity", "rosterentry"):
    for verb in ("view", "add", "change", "delete"):
        rules.add_perm(f"community.{verb}_{model}", is_administrator if model == "membership" else is_lcm_staff)
for verb in ("add", "change", "delete"):
    rules.add_perm(f"community.{verb}_community", is_administrator)
