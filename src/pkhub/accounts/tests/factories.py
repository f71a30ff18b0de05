"""Factories for the accounts tests."""

import factory

from pkhub.accounts.models import MemberState, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password("a long test password")


class AdministratorFactory(UserFactory):
    is_staff = True
    is_superuser = True


def member_state(iso3: str) -> MemberState:
    """A Member State from the reference data the migration loaded."""
    return MemberState.objects.get(iso3=iso3)
