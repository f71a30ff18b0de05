"""Who must use a second factor, and whether they have one (allauth.mfa authenticators)."""

from allauth.mfa.models import Authenticator

from pkhub.accounts import roles

# Roles whose accounts can change what the hub publishes or see what it keeps confidential.
PRIVILEGED_ROLES = (roles.EDITOR, roles.CAPABILITY_OFFICER, roles.ADMINISTRATOR)


def is_privileged(user) -> bool:
    """True for editors, capability officers, administrators and superusers.

    `is_staff` alone is not enough: it opens the admin's door but no page inside it."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=PRIVILEGED_ROLES).exists()


def has_second_factor(user) -> bool:
    """True when the user has set up an authenticator app (TOTP) or a security key."""
    return Authenticator.objects.filter(
        user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()


def needs_second_factor_setup(user) -> bool:
    """True when the user's role requires two-factor authentication and none is set up yet."""
    return is_privileged(user) and not has_second_factor(user)
