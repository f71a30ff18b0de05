"""The hub's roles. Each is a Django group of that name; `rules.py` files decide what each may do."""

from django.utils.translation import gettext_lazy as _

EDITOR = "editors"
CAPABILITY_OFFICER = "capability-officers"
STATE_FOCAL_POINT = "state-focal-points"
INSTITUTION_FOCAL_POINT = "institution-focal-points"
ADMINISTRATOR = "administrators"

ROLE_LABELS = {
    EDITOR: _("Editor"),
    CAPABILITY_OFFICER: _("Capability officer"),
    STATE_FOCAL_POINT: _("Member State focal point"),
    INSTITUTION_FOCAL_POINT: _("Training institution focal point"),
    ADMINISTRATOR: _("Administrator"),
}
