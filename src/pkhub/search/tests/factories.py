"""Index entries for the search tests."""

import factory

from pkhub.search.backends import IndexEntry


class IndexEntryFactory(factory.Factory):
    class Meta:
        model = IndexEntry

    version_id = factory.Sequence(lambda n: 1000 + n)
    resource_id = factory.LazyAttribute(lambda o: o.version_id)
    lang = "en"
    kind = "manual"
    themes = ()
    audiences = ()
    public = True
    title = factory.Sequence(lambda n: f"Untitled {n}")
    body = ""
