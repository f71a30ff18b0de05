from django.core.management.base import BaseCommand

from pkhub.community.demo import demo_load


class Command(BaseCommand):
    help = "Loads the demo Training Community of Practice and the LCM's survey round, roster and activities (idempotent)."

    def handle(self, *args, **options):
        created = demo_load()
        if options["verbosity"]:
            self.stdout.write(", ".join(f"{n} new {k}" for k, n in created.items()))
