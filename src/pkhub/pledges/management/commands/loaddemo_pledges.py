"""`manage.py loaddemo_pledges`: the ministerials and the requirements catalogue of the pledging guide."""

from django.core.management.base import BaseCommand

from pkhub.pledges.demo import demo_load
from pkhub.pledges.models import Ministerial, Pledge, Requirement


class Command(BaseCommand):
    help = (
        "Loads the Berlin 2025 ministerial (timeline, deadline, preparatory meetings) with the requirements "
        "catalogue of its pledging guide, and Accra 2023 as the earlier ministerial with a few demo pledges. "
        "Safe to run again: what is already there is left as it is."
    )

    def handle(self, *args, verbosity=1, **options):
        report = demo_load()
        if verbosity >= 1:
            if report.changed:
                self.stdout.write(self.style.SUCCESS(
                    f"Pledging: created {report.ministerials} ministerials, {report.meetings} preparatory meetings, "
                    f"{report.requirements} requirements, {report.pledges} pledges; "
                    f"translations added to {report.translated} requirements loaded before."))
            else:
                self.stdout.write("Pledging demo already loaded: nothing to do.")
            self.stdout.write(
                f"Pledging holds {Ministerial.objects.count()} ministerials, {Requirement.objects.count()} "
                f"requirements and {Pledge.objects.count()} pledges.")
