"""What a server process loads once, before gunicorn forks its workers.

With `preload_app`, the master imports the hub; gunicorn.conf.py's `when_ready` hook then calls
`warm()`, so that the translation catalogues of the six languages and the compiled templates of
the busiest pages, the URLconf with every view module it imports and the resolver's tables of
each language are in the master's memory, shared copy-on-write by every worker. Without it, each
worker (and each worker gunicorn starts again after `max_requests`) paid 1.3-1.7 s on its first
request: 1.3 s importing the URLconf, 0.25 s building the resolver's tables.
"""

import logging

from django.conf import settings
from django.template import TemplateDoesNotExist, engines
from django.template.loader import get_template
from django.urls import get_resolver, reverse, translate_url
from django.utils import translation

logger = logging.getLogger(__name__)

TEMPLATES = [
    "base.html",
    "library/home.html",
    "library/search.html",
    "library/browse.html",
    "library/resource.html",
    "training/calendar.html",
    "training/session.html",
    "training/institutions.html",
    "pledges/ministerial.html",
    "pledges/pledge_list.html",
    "pledges/requirements.html",
    "eguide/home.html",
    "news/index.html",
]


def warm() -> None:
    get_resolver().url_patterns  # imports every view module (openpyxl, icalendar…: ~1 s)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Peacekeeping Resource Hub")
            # The resolver's reverse table is built once per language; the header's language menu
            # asks for it in every language on every page.
            translate_url(reverse("library:home"), code)
    engines["django"].engine.template_context_processors  # imports the context processors
    for name in TEMPLATES:
        try:
            get_template(name)
        except TemplateDoesNotExist:
            logger.warning("warm-up: no template %s", name)
