"""`manage.py search_stats`: what the search index holds, and which backend serves it."""

from django.core.management.base import BaseCommand

from pkhub.search.backends import backend_name
from pkhub.search.selectors import search_stats


class Command(BaseCommand):
    help = "Shows the search backend in use and how many language versions and resources it holds."

    def handle(self, *args, **options):
        stats = search_stats()
        self.stdout.write(f"backend: {backend_name()}")
        for key, value in stats.items():
            self.stdout.write(f"{key}: {value}")
