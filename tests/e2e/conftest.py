"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

Playwright's sync API keeps an event loop running in the test's thread, which makes Django think
it is in async code; the ORM calls these tests make are ordinary synchronous ones.
"""

import os
import shutil

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    # bypass_csp lets the accessibility test inject axe-core; the hub itself never needs it.
    context = browser.new_context(accept_downloads=True, base_url=live_server.url, locale="en-GB", bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def demo(transactional_db, settings, tmp_path):
    """The demo catalogue, loaded the way `make run` loads it (text extracted inline)."""
    from django.core.management import call_command

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path / "media")}},
    }
    call_command("loaddemo", verbosity=0)
    return True


@pytest.fixture
def login(page, live_server):
    """`login(user)` signs the browser in as `user` (a session cookie, as after a real sign-in)."""
    from django.conf import settings as django_settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    def _login(user):
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.save()
        page.context.add_cookies(
            [{"name": django_settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": live_server.url}]
        )
        return page

    return _login
