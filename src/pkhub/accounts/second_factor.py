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
    cached = getattr(user, "_pkhub_privileged", None)
    if cached is None:
        # Asked several times per request (the 2FA gate, the session expiry): one query.
        cached = user.is_superuser or user.groups.filter(name__in=PRIVILEGED_ROLES).exists()
        user._pkhub_privileged = cached
    return cached


def has_second_factor(user) -> bool:
    """True when the user has set up an authenticator app (TOTP) or a security key."""
    return Authenticator.objects.filter(
        user=user, type__in=[Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]
    ).exists()


def needs_second_factor_setup(user) -> bool:
    """True when the user's role requires two-factor authentication and none is set up yet."""
    return is_privileged(user) and not has_second_factor(user)
