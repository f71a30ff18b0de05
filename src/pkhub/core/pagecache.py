"""Whole pages kept for visitors who are not signed in, until the next change to the hub's records.

Most of the hub's readers are anonymous: a trainer on a slow link opening the home page, a search,
a resource, the calendar. Rendering one of those pages costs 10–30 ms of Python (templates, the
ORM, translated fields); sending a kept copy costs well under one. So a GET of a page under a
language prefix (`/fr/training/…`), from a visitor who carries neither a session nor a message
cookie, is answered from the page cache when the same URL was rendered

  - since the last save or delete of any of the hub's records (the counter of `core.freshness`,
    which every model of the hub's apps moves: a publication shows on the next request), and
  - less than PAGE_CACHE_SECONDS ago (bulk `QuerySet.update()` writes send no signal, and some
    pages depend on the date: a call for nominations closes).

Only what every such visitor would get is kept: a response with status 200 that set no cookie (so
no session, no CSRF token in a form, no message) and does not say `Cache-Control: private`,
`no-cache` or `no-store`. The URL's language prefix makes the language part of the key; the query
string is part of it too. Browsers are not told to keep anything: the cache is the server's.

The middleware sits just after WhiteNoise: a kept page skips sessions, the locale, CSRF, auth and
the view. The pages themselves live in the `pages` cache (process memory by default; set
PAGE_CACHE_URL to share one cache between servers), the counter in the default cache, which every
worker shares.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse

from pkhub.core import freshness

PAGE_CACHE = "pages"
HIT_HEADER = "X-Page-Cache"
_NOT_KEPT = ("private", "no-cache", "no-store")


def _prefixes() -> tuple[str, ...]:
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def _excluded() -> tuple[str, ...]:
    return tuple(f"/{code}/{part}" for code, _name in settings.LANGUAGES for part in ("admin/", "accounts/"))


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = _prefixes()
        self.excluded = _excluded()
        # The messages waiting in a cookie (FallbackStorage, Django's default, tries the cookie first).
        self.private_cookies = {settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name}

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or not self._may_serve(request):
            return self.get_response(request)
        key = self._key(request)
        cache = caches[PAGE_CACHE]
        kept = cache.get(key)
        if kept is not None:
            return _response(kept)
        response = self.get_response(request)
        if _may_keep(response):
            cache.set(key, _stored(response), seconds)
        return response

    def _may_serve(self, request) -> bool:
        path = request.path
        return (
            request.method == "GET"
            and path.startswith(self.prefixes)
            and not path.startswith(self.excluded)
            and not self.private_cookies.intersection(request.COOKIES)
        )

    @staticmethod
    def _key(request) -> str:
        url = request.get_host() + request.get_full_path()
        return f"page:{freshness.generation()}:{hashlib.sha256(url.encode()).hexdigest()}"


def _may_keep(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    control = response.get("Cache-Control", "").lower()
    return not any(word in control for word in _NOT_KEPT)


def _stored(response) -> tuple[int, list[tuple[str, str]], bytes]:
    return response.status_code, list(response.items()), response.content


def _response(kept) -> HttpResponse:
    status, headers, content = kept
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HIT_HEADER] = "hit"
    return response
