"""Sign-in security through HTTP: password rules, lockout, two factors, sessions, no enumeration."""

import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from pkhub.accounts import roles
from pkhub.accounts.models import User
from pkhub.accounts.tests.factories import UserFactory, with_authenticator, with_verified_email

pytestmark = pytest.mark.django_db

PASSWORD = "a long test password"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
LOGIN = "/en/accounts/login/"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # The failed-login counters live in the cache: each test starts with none.
    cache.clear()
    yield
    cache.clear()


def _person(*role_names, **extra):
    user = with_verified_email(UserFactory(**extra))
    for name in role_names:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def _sign_in(client, email, password=PASSWORD, ip="10.0.0.1"):
    return client.post(LOGIN, {"login": email, "password": password}, REMOTE_ADDR=ip)


def _totp_now(secret=SECRET):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def _signed_in(client):
    return "_auth_user_id" in client.session


# --- Passwords ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "password, reason",
    [("short1!x", "too short"), ("password1234", "too common"), ("583920174629", "entirely numeric"),
     ("new@example.org1", "too similar")],
)
def test_sign_up_refuses_weak_passwords(client, password, reason):
    """Short, common, all-digit or address-like passwords are refused at sign-up; no account is made."""
    response = client.post(
        "/en/accounts/signup/", {"email": "new@example.org", "password1": password, "password2": password}
    )
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert not User.objects.filter(email="new@example.org").exists()


def test_sign_up_accepts_a_long_passphrase(client):
    """A passphrase of 12+ characters creates the account and asks to confirm the address."""
    response = client.post(
        "/en/accounts/signup/",
        {"email": "new@example.org", "password1": "blue kettle on the hill", "password2": "blue kettle on the hill"},
    )
    assert response.status_code == 302
    assert User.objects.filter(email="new@example.org").exists()


# --- Lockout ------------------------------------------------------------------------------------


def test_repeated_failures_lock_the_account_briefly(client):
    """After 5 wrong passwords even the right one is refused, with a 'too many attempts' message."""
    user = _person()
    for _ in range(5):
        assert "not correct" in _sign_in(client, user.email, "wrong password!!").content.decode()
    response = _sign_in(client, user.email)
    assert "Too many failed login attempts" in response.content.decode()
    assert not _signed_in(client)


def test_lockout_ends_after_five_minutes(client, monkeypatch):
    """An attacker can keep a known user out for at most the 5-minute window."""
    user = _person()
    for _ in range(6):
        _sign_in(client, user.email, "wrong password!!")
    later = time.time() + 5 * 60 + 1
    monkeypatch.setattr(time, "time", lambda: later)
    response = _sign_in(client, user.email)
    assert response.status_code == 302 and _signed_in(client)


def test_lockout_of_one_address_does_not_touch_another(client):
    """Guessing at one account leaves other accounts (from another address) able to sign in."""
    victim, other = _person(), _person()
    for _ in range(6):
        _sign_in(client, victim.email, "wrong password!!", ip="10.0.0.9")
    response = _sign_in(client, other.email, ip="10.0.0.2")
    assert response.status_code == 302 and _signed_in(client)


def test_one_address_cannot_guess_many_accounts(client):
    """More than 10 failures a minute from one IP block that IP, whatever account it tries."""
    users = [_person() for _ in range(11)]
    for user in users[:10]:
        _sign_in(client, user.email, "wrong password!!", ip="10.6.6.6")
    response = _sign_in(client, users[10].email, ip="10.6.6.6")
    assert not _signed_in(client)
    assert response.status_code in (200, 429)


# --- Two factors --------------------------------------------------------------------------------


@pytest.mark.parametrize("role", [roles.EDITOR, roles.CAPABILITY_OFFICER, roles.ADMINISTRATOR])
def test_privileged_role_without_authenticator_is_sent_to_setup(client, role):
    """An editor, officer or administrator without 2FA lands on the TOTP setup page, not the admin."""
    client.force_login(_person(role, is_staff=True))
    response = client.get("/en/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/2fa/totp/activate/")
    assert "next=%2Fen%2Fadmin%2F" in response["Location"]



def test_privileged_role_without_authenticator_is_stopped_on_app_pages_and_api(client):
    """The gate also covers pages outside the admin (pledging) and the API (403)."""
    client.force_login(_person(roles.CAPABILITY_OFFICER))
    assert client.get("/en/training/").status_code == 302
    response = client.get("/api/v1/resources")
    assert response.status_code == 403 and "Two-factor" in response.json()["detail"]


def test_privileged_role_with_authenticator_reaches_the_admin(client):
    """Once an authenticator is set up the admin opens."""
    client.force_login(with_authenticator(_person(roles.ADMINISTRATOR, is_staff=True)))
    assert client.get("/en/admin/").status_code == 200


def test_plain_users_and_focal_points_are_not_asked_for_2fa(client):
    """Registered users and state focal points use the hub with a password alone."""
    client.force_login(_person(roles.STATE_FOCAL_POINT))
    assert client.get("/en/training/").status_code == 200


def test_setting_up_totp_through_the_page_opens_the_admin(client):
    """The setup page accepts a code from the app, and then the admin opens."""
    user = _person(roles.EDITOR, is_staff=True)
    _sign_in(client, user.email)
    setup_url = client.get("/en/admin/")["Location"]
    page = client.get(setup_url)
    if page.status_code == 302:  # allauth asks for the password again before changing 2FA
        assert "reauthenticate" in page["Location"]
        client.post(page["Location"], {"password": PASSWORD})
        page = client.get(setup_url)
    assert page.status_code == 200
    secret = page.context["form"].secret
    assert client.post(setup_url, {"code": "000000"}).status_code == 200
    response = client.post(setup_url, {"code": _totp_now(secret)})
    assert response.status_code == 302
    assert user.authenticator_set.filter(type="totp").exists()
    assert client.get("/en/admin/").status_code == 200


def test_sign_in_with_authenticator_needs_the_code(client):
    """Password alone does not sign in a user who has 2FA: the code is asked, then accepted."""
    user = with_authenticator(_person(roles.EDITOR, is_staff=True))
    response = _sign_in(client, user.email)
    assert response.status_code == 302 and "/2fa/authenticate/" in response["Location"]
    assert not _signed_in(client)
    assert client.post(response["Location"], {"code": "000000"}).status_code == 200
    assert not _signed_in(client)
    response = client.post(response["Location"], {"code": _totp_now()})
    assert response.status_code == 302 and _signed_in(client)


# --- Sessions -----------------------------------------------------------------------------------


def test_privileged_session_ends_with_the_browser(client):
    """An editor's session cookie is a browser-session cookie; a plain user's lasts 8 hours."""
    from django.test import Client

    response = client.post(LOGIN, {"login": _person(roles.EDITOR).email, "password": PASSWORD, "remember": "on"})
    assert response.status_code == 302 and client.session.get_expire_at_browser_close()
    assert not response.cookies["sessionid"]["expires"]
    plain = Client()
    response = plain.post(LOGIN, {"login": _person().email, "password": PASSWORD, "remember": "on"})
    assert response.status_code == 302 and not plain.session.get_expire_at_browser_close()
    assert response.cookies["sessionid"]["max-age"] == 8 * 60 * 60


# --- No enumeration -----------------------------------------------------------------------------


def _body(response):
    return response.content.decode().replace("csrfmiddlewaretoken", "")


def _strip_tokens(text):
    import re

    return re.sub(r'value="[A-Za-z0-9]{30,}"', "", text)


def test_login_message_is_the_same_for_known_and_unknown_addresses(client):
    """A wrong password and an unknown address get the very same page."""
    known = _person()
    a = _sign_in(client, known.email, "wrong password!!")
    b = _sign_in(client, "nobody-" + known.email, "wrong password!!", ip="10.0.0.3")
    assert a.status_code == b.status_code == 200
    text_a = _strip_tokens(_body(a)).replace(known.email, "X")
    text_b = _strip_tokens(_body(b)).replace("nobody-" + known.email, "X")
    assert text_a == text_b


def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client):
    """Reset says 'sent' for both; only the real owner gets a mail."""
    known = _person()
    a = client.post("/en/accounts/password/reset/", {"email": known.email})
    b = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert a.status_code == b.status_code == 302
    assert a["Location"] == b["Location"]
    assert _strip_tokens(_body(client.get(a["Location"]))) == _strip_tokens(_body(client.get(b["Location"])))
    assert [m.to for m in mail.outbox if known.email in m.to]


def test_sign_up_answers_the_same_for_taken_and_free_addresses(client):
    """Signing up with a taken address looks exactly like a new sign-up (a mail tells the owner)."""
    known = _person()
    pw = "blue kettle on the hill"
    a = client.post("/en/accounts/signup/", {"email": known.email, "password1": pw, "password2": pw})
    client.logout()
    b = client.post("/en/accounts/signup/", {"email": "fresh@example.org", "password1": pw, "password2": pw})
    assert a.status_code == b.status_code == 302
    assert a["Location"] == b["Location"]
    assert User.objects.filter(email=known.email).count() == 1
