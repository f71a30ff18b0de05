"""Privileged accounts: two-factor authentication required, sessions that end with the browser."""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from pkhub.accounts.second_factor import is_privileged, needs_second_factor_setup

# Paths a privileged user without a second factor may still reach: signing in and out, setting
# up the authenticator itself, the language switch, health checks and static files.
_ALWAYS_OPEN = ("/healthz", "/i18n/", "/static/")


def _is_open(path: str) -> bool:
    if path.startswith(_ALWAYS_OPEN):
        return True
    # Allauth's pages (login, logout, password, MFA setup) live under /<lang>/accounts/.
    parts = path.split("/", 3)
    return len(parts) > 2 and parts[2] == "accounts"


class RequireSecondFactorMiddleware:
    """Sends a privileged user without an authenticator to the TOTP setup page.

    A password alone must not open the admin, the review of nominations or the validation
    of pledges: until the user has set up an authenticator app, every other page redirects
    (API calls get 403 with a JSON reason). A privileged session also ends when the browser
    closes, whatever "remember me" said.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not _is_open(request.path_info)
            and needs_second_factor_setup(user)
        ):
            if request.path_info.startswith("/api/"):
                return JsonResponse({"detail": _("Two-factor authentication must be set up first.")}, status=403)
            messages.warning(request, _("Your role requires two-factor authentication. Set up an authenticator app to continue."))
            target = reverse("mfa_activate_totp")
            return HttpResponseRedirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        response = self.get_response(request)
        self._end_privileged_session_with_browser(request)
        return response

    @staticmethod
    def _end_privileged_session_with_browser(request):
        # After the view: the sign-in view sets the expiry itself (allauth's "remember me").
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        if session is None or user is None or not user.is_authenticated:
            return
        if session.get("_session_expiry") != 0 and is_privileged(user):
            session.set_expiry(0)
