"""`manage.py loaddemo_training`: the training calendar, services and institutions of the source documents."""

from django.core.management.base import BaseCommand

from pkhub.training.demo import demo_load


class Command(BaseCommand):
    help = "Loads the training demo data (sessions of the ITS update, training services, PKTIs). Safe to run again."

    def handle(self, *args, verbosity=1, **options):
        created = demo_load()
        if verbosity >= 1:
            made = ", ".join(f"{count} {what}" for what, count in created.items())
            self.stdout.write(self.style.SUCCESS(f"Training demo: created {made} (the rest was already there)."))
