"""Queue text extraction again for every document still pending.

A worker killed in the middle of an extraction leaves its document pending (nothing is written
until the end) and django-tasks' database backend does not retry the task by itself. `bin/serve`
runs this before starting the worker, so such a document is completed on restart. The task is
idempotent: a document queued twice is extracted once.
"""

from django.core.management.base import BaseCommand

from pkhub.ingest.models import Document, TextStatus
from pkhub.ingest.services import enqueue_extraction


class Command(BaseCommand):
    help = "Queue text extraction again for documents still waiting for it (after a crash or restart)."

    def handle(self, *args, **options):
        pending = list(Document.objects.filter(text_status=TextStatus.PENDING).values_list("pk", flat=True))
        for document_id in pending:
            enqueue_extraction(document_id)
        if options["verbosity"]:
            self.stdout.write(f"{len(pending)} document(s) queued for text extraction.")
