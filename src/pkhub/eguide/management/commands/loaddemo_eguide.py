from django.core.management.base import BaseCommand

from pkhub.eguide.demo.loader import load_eguide


class Command(BaseCommand):
    help = "Loads the e-Guide's demo content: five modules, Module One in full, the directory, the self-assessments."

    def handle(self, *args, **options):
        counts = load_eguide()
        if options["verbosity"]:
            self.stdout.write(
                f"e-Guide: {counts['sections']} sections, {counts['units']} units, {counts['questions']} questions."
            )
