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
    """A superuser who has set up the authenticator app every administrator must have."""

    is_staff = True
    is_superuser = True

    @factory.post_generation
    def authenticator(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            with_authenticator(obj)


def member_state(iso3: str) -> MemberState:
    """A Member State from the reference data the migration loaded."""
    return MemberState.objects.get(iso3=iso3)


def with_verified_email(user: User) -> User:
    """Marks the user's address as confirmed, as after the link in the welcome e-mail."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user


def with_authenticator(user: User, secret: str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") -> User:
    """Gives the user an authenticator app (TOTP) with a known secret, as after the setup page."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, secret)
    return user
