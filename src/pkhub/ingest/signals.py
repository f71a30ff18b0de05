"""Signals of the ingest app."""

import django.dispatch

# Sent after the transaction that stored a document's text commits, with sender=Document and
# document=<Document>; the library listens to index the language versions that use it.
document_text_ready = django.dispatch.Signal()
