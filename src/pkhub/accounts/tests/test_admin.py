"""The accounts admin: administrators manage users and their roles; Member States are read-mostly."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from pkhub.accounts import roles
from pkhub.accounts.models import User
from pkhub.accounts.tests.factories import AdministratorFactory, UserFactory, member_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(AdministratorFactory())
    return client


def test_user_list_and_change_pages_open(admin_client):
    """An administrator sees the user list, searches it and opens a user."""
    user = UserFactory(email="focal@mission.example", member_state=member_state("GHA"))
    response = admin_client.get(reverse("admin:accounts_user_changelist"), {"q": "focal"})
    assert response.status_code == 200
    assert b"focal@mission.example" in response.content
    assert admin_client.get(reverse("admin:accounts_user_change", args=[user.pk])).status_code == 200


def test_administrator_creates_a_focal_point_with_a_role_and_a_state(admin_client):
    """Adding a user by e-mail, with a Member State and a role group, creates that user."""
    group = Group.objects.get(name=roles.STATE_FOCAL_POINT)
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "New.Focal@Mission.example",
            "first_name": "Ama",
            "last_name": "Mensah",
            "member_state": member_state("GHA").pk,
            "groups": [group.pk],
            "password1": "a long enough passphrase 42",
            "password2": "a long enough passphrase 42",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    user = User.objects.get(email="new.focal@mission.example")
    assert user.member_state.iso3 == "GHA"


def test_duplicate_email_is_refused(admin_client):
    """A second account with the same e-mail address is refused with a message, not a 500."""
    UserFactory(email="dup@example.org")
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {"email": "Dup@Example.org", "password1": "a long enough passphrase 42", "password2": "a long enough passphrase 42"},
    )
    assert response.status_code == 200
    assert b"already exists" in response.content
    assert User.objects.filter(email__iexact="dup@example.org").count() == 1


def test_member_states_can_be_listed_filtered_and_corrected_but_not_added(admin_client):
    """Member States are reference data: listed and filtered by region, never added or deleted."""
    changelist = reverse("admin:accounts_memberstate_changelist")
    response = admin_client.get(changelist, {"region__exact": "middle-east"})
    assert response.status_code == 200
    assert b"Qatar" in response.content and b"Ghana" not in response.content
    assert admin_client.get(reverse("admin:accounts_memberstate_add")).status_code == 403
    state = member_state("GHA")
    assert admin_client.get(reverse("admin:accounts_memberstate_delete", args=[state.pk])).status_code == 403
    assert admin_client.get(reverse("admin:accounts_memberstate_change", args=[state.pk])).status_code == 200


def test_non_staff_user_cannot_open_the_admin(client):
    """A signed-in user who is not staff is sent to the admin login page."""
    client.force_login(UserFactory())
    response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 302
