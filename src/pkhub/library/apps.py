from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "pkhub.library"
    label = "library"
    verbose_name = _("Library")

    def ready(self):
        from pkhub.core import freshness
        from pkhub.library import receivers
        from pkhub.library.models import LanguageVersion, Resource, VersionFile

        receivers.connect_ingest()
        freshness.watch(Resource, LanguageVersion, VersionFile)  # the home page's "Recently added"
