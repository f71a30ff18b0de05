from django.core.management.base import BaseCommand

from pkhub.community.digest import community_digest_send


class Command(BaseCommand):
    help = "Sends each member of a community of practice a digest of what is new since their last one."

    def handle(self, *args, **options):
        sent = community_digest_send()
        if options["verbosity"]:
            self.stdout.write(f"{sent} digests sent")
