from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


def check_sqlite_library(app_configs, **kwargs):
    """The SQLite default needs a library without the WAL-reset bug (see pkhub.sqlite)."""
    from django.db import connections

    from pkhub.sqlite import unsafe_library_message

    if not any(connections[alias].vendor == "sqlite" for alias in connections):
        return []
    problem = unsafe_library_message()
    return [checks.Error(problem, id="pkhub.E001")] if problem else []


class CoreConfig(AppConfig):
    name = "pkhub.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from pkhub.core import freshness

        checks.register(check_sqlite_library)
        freshness.watch_hub()
