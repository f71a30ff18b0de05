"""An in-memory stand-in for the search backend, used only while the real ones are not installed."""

import html
from collections import Counter

from pkhub.search.backends.base import ResourceHit, SearchBackend, SearchResults, VersionHit


class MemorySearchBackend(SearchBackend):
    name = "memory"

    def __init__(self, alias="default"):
        super().__init__(alias)
        self.entries = {}

    def index_many(self, entries):
        entries = list(entries)
        for entry in entries:
            self.entries[entry.version_id] = entry
        return len(entries)

    def delete(self, version_ids):
        for version_id in version_ids:
            self.entries.pop(version_id, None)

    def rebuild(self, entries):
        self.entries = {}
        return self.index_many(entries)

    def search(self, query, *, filters=None, public_only=True, prefer_lang=None, offset=0, limit=10, with_facets=True, with_snippets=True):
        words = [w.lower() for w in query.split() if w.isalnum()]
        matched = {}
        for entry in self.entries.values():
            if public_only and not entry.public:
                continue
            if filters and ((filters.kind and entry.kind != filters.kind) or (filters.lang and entry.lang != filters.lang)
                            or (filters.theme and filters.theme not in entry.themes) or (filters.audience and filters.audience not in entry.audiences)):
                continue
            text = f"{entry.title} {entry.body}".lower()
            if words and all(w in text for w in words):
                snippet = html.escape(entry.body[:80])
                title = html.escape(entry.title)
                for w in words:
                    snippet = snippet.replace(w, f"<mark>{w}</mark>")
                    title = title.replace(w, f"<mark>{w}</mark>")
                matched.setdefault(entry.resource_id, []).append((entry, VersionHit(entry.version_id, entry.lang, 1.0, snippet, title)))
        hits = []
        facets = {"kind": Counter(), "lang": Counter(), "theme": Counter(), "audience": Counter()}
        for resource_id, pairs in sorted(matched.items()):
            pairs.sort(key=lambda p: p[0].lang != prefer_lang)
            hits.append(ResourceHit(resource_id, 1.0, [hit for _, hit in pairs]))
            facets["kind"][pairs[0][0].kind] += 1
            for lang in {e.lang for e, _ in pairs}:
                facets["lang"][lang] += 1
            for theme in pairs[0][0].themes:
                facets["theme"][theme] += 1
            for audience in pairs[0][0].audiences:
                facets["audience"][audience] += 1
        return SearchResults(len(hits), hits[offset : offset + limit], {k: dict(v) for k, v in facets.items()})
