"""Who is who: the role predicates every app's rules build on."""

import rules

from pkhub.accounts import roles


# Group membership through rules' own predicate: a user's groups are read once and kept on the
# user object for every later check (an EXISTS query per check before: 21 queries for the 30
# checks of accounts/tests/test_roles.py, now 1).
# A visitor (AnonymousUser, a new object each request) is in no group: answered before building the
# query of its empty groups, which every public page asked for (about 0.3 ms a search request).
def _member(group: str):
    return rules.is_authenticated & rules.is_group_member(group)


is_administrator = rules.is_superuser | _member(roles.ADMINISTRATOR)
is_editor = _member(roles.EDITOR) | is_administrator
is_capability_officer = _member(roles.CAPABILITY_OFFICER) | is_administrator
is_state_focal_point = _member(roles.STATE_FOCAL_POINT)
is_institution_focal_point = _member(roles.INSTITUTION_FOCAL_POINT)
