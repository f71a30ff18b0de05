"""Who is who: the role predicates every app's rules build on."""

import rules

from pkhub.accounts import roles


# Group membership through rules' own predicate: a user's groups are read once and kept on the
# user object for every later check (an EXISTS query per check before: 21 queries for the 30
# checks of accounts/tests/test_roles.py, now 1).
is_administrator = rules.is_superuser | rules.is_group_member(roles.ADMINISTRATOR)
is_editor = rules.is_group_member(roles.EDITOR) | is_administrator
is_capability_officer = rules.is_group_member(roles.CAPABILITY_OFFICER) | is_administrator
is_state_focal_point = rules.is_group_member(roles.STATE_FOCAL_POINT)
is_institution_focal_point = rules.is_group_member(roles.INSTITUTION_FOCAL_POINT)
