"""The e-Guide on other apps' pages: the hub's search page lists the e-Guide sections that match."""

from django import template

from pkhub.core.languages import content_language

register = template.Library()

SHOWN = 3


@register.inclusion_tag("eguide/_matches.html")
def eguide_matches(query: str):
    """The first e-Guide sections matching `query` (the e-Guide's own index, analysed as the hub's
    search analyses), and a link to all of them; nothing when none matches."""
    from pkhub.eguide.selectors import search_sections
    from pkhub.eguide.views import MAX_Q

    query = (query or "")[:MAX_Q]
    found = search_sections(q=query, ui_lang=content_language(), limit=SHOWN + 1) if query.strip() else []
    return {"query": query, "sections": found[:SHOWN], "more": len(found) > SHOWN}
