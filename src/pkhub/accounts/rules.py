"""Who is who: the role predicates every app's rules build on."""

import rules

from pkhub.accounts import roles


@rules.predicate
def is_administrator(user):
    return user.is_superuser or user.groups.filter(name=roles.ADMINISTRATOR).exists()


is_editor = rules.is_group_member(roles.EDITOR) | is_administrator
is_capability_officer = rules.is_group_member(roles.CAPABILITY_OFFICER) | is_administrator
is_state_focal_point = rules.is_group_member(roles.STATE_FOCAL_POINT)
is_institution_focal_point = rules.is_group_member(roles.INSTITUTION_FOCAL_POINT)
