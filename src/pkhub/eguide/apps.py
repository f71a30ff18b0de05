from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EguideConfig(AppConfig):
    name = "pkhub.eguide"
    label = "eguide"
    verbose_name = _("Induction e-Guide")
