from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "pkhub.library"
    label = "library"
    verbose_name = _("Library")

    def ready(self):
        from pkhub.library import receivers

        receivers.connect_ingest()
