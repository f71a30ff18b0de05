from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "pkhub.training"
    label = "training"
    verbose_name = _("Training")

    def ready(self):
        from pkhub.core import freshness
        from pkhub.training.models import Course, Session

        freshness.watch(Course, Session)  # the home page's open calls
