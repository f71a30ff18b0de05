"""RSS of announced pledges: the same for everyone, whoever asks."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from pkhub.pledges import selectors

MAX_ITEMS = 200


class AnnouncedPledgesFeed(Feed):
    def get_object(self, request, slug):
        return selectors.ministerial_get(slug=slug)

    def title(self, ministerial):
        return _("Pledges announced at %(ministerial)s") % {"ministerial": ministerial.name}

    def link(self, ministerial):
        return ministerial.get_absolute_url()

    def description(self, ministerial):
        return _("Pledges of Member States announced at the ministerial, as they are announced.")

    def items(self, ministerial):
        return selectors.pledge_public_list(ministerial=ministerial).order_by("-announced_at", "-pk")[:MAX_ITEMS]

    def item_title(self, pledge):
        return f"{pledge.lead_state.name}: {pledge.title}"

    def item_description(self, pledge):
        return f"{pledge.get_category_display()}. {pledge.description}"

    def item_pubdate(self, pledge):
        return pledge.announced_at

    def item_guid(self, pledge):
        return pledge.reference

    item_guid_is_permalink = False
