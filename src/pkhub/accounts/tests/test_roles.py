"""The role predicates every app's rules build on: who holds a role, and what asking costs."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from pkhub.accounts import roles
from pkhub.accounts.models import User
from pkhub.accounts.rules import is_administrator, is_capability_officer, is_editor
from pkhub.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _with_roles(*names) -> User:
    user = UserFactory()
    user.groups.add(*(Group.objects.get_or_create(name=name)[0] for name in names))
    return User.objects.get(pk=user.pk)  # as a request loads it: nothing known of its groups yet


def test_administrators_are_the_group_and_the_superusers_and_hold_every_officers_role():
    assert is_administrator(_with_roles(roles.ADMINISTRATOR))
    assert is_administrator(UserFactory(is_superuser=True))
    assert not is_administrator(_with_roles(roles.EDITOR))
    assert not is_administrator(AnonymousUser())
    assert is_editor(_with_roles(roles.ADMINISTRATOR)) and is_capability_officer(_with_roles(roles.ADMINISTRATOR))


def test_a_users_roles_are_read_once_however_many_rules_are_checked(django_assert_max_num_queries):
    """A page checks many permissions for one reader (a list of pledges, each with its actions):
    the groups are read once, not once per check of the administrator role."""
    officer = _with_roles(roles.CAPABILITY_OFFICER)
    with django_assert_max_num_queries(1):
        for _ in range(10):
            assert is_capability_officer(officer)
            assert not is_editor(officer)
            assert not is_administrator(officer)
    with django_assert_max_num_queries(0):
        assert not is_editor(AnonymousUser())
