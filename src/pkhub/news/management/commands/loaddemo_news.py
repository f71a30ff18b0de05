from django.core.management.base import BaseCommand

from pkhub.news.demo import demo_load


class Command(BaseCommand):
    help = "Loads the demo news, events and the ITS update issue of the sources (idempotent)."

    def handle(self, *args, **options):
        created = demo_load()
        if options["verbosity"]:
            self.stdout.write(", ".join(f"{n} new {k}" for k, n in created.items()))
