"""Run inside the soak's hub (`manage.py shell`): creates the soak accounts and prints what to drive, as JSON."""

import datetime
import json

from django.utils import timezone

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from pkhub.accounts import roles
from pkhub.accounts.models import MemberState, User
from pkhub.library.models import Resource
from pkhub.pledges.models import Ministerial, Pledge
from pkhub.pledges.choices import PledgeStatus
from pkhub.pledges.services import pledges as pledge_services
from pkhub.training import services as training_services
from pkhub.training.models import Course, Session

PASSWORD = "soak test passphrase 2026"


def account(email, role, state=None):
    user, _ = User.objects.get_or_create(email=email, defaults={"member_state": state})
    user.member_state = state
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(Group.objects.get_or_create(name=role)[0])
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


editable = Pledge.objects.filter(status__in=PledgeStatus.editable(), lead_state__isnull=False)
state = editable.values_list("lead_state", flat=True).first()
state = MemberState.objects.get(pk=state) if state else MemberState.objects.get(iso3="GHA")
focal = account("focal.point@soak.example", roles.STATE_FOCAL_POINT, state)
editor = account("editor@soak.example", roles.EDITOR)
if not editor.authenticator_set.exists():
    TOTP.activate(editor, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
sessions = [s.pk for s in Session.objects.all() if s.call_is_open()]
if len(sessions) < 2:
    # The demo's calls may all be closed on the day the soak runs: the editor schedules two sessions.
    today = timezone.localdate()
    for course in Course.objects.order_by("pk")[:2]:
        training_services.session_create(
            actor=editor, course=course, start_date=today + datetime.timedelta(days=60),
            end_date=today + datetime.timedelta(days=70), venue_city="Soak City", seats=500,
            call_status="open", call_opens=today, call_closes=today + datetime.timedelta(days=30))
    sessions = [s.pk for s in Session.objects.all() if s.call_is_open()]
ministerial = Ministerial.objects.order_by("-pk").first()
pledges = list(Pledge.objects.filter(status__in=PledgeStatus.editable(), lead_state=state).values_list("reference", flat=True))
while ministerial and len(pledges) < 3:
    made = pledge_services.pledge_create(
        actor=focal, ministerial=ministerial, lead_state=state, category="training",
        title=f"Soak pledge {len(pledges) + 1}", description="Pledge used by the soak test.")
    pledges.append(made.reference)
print(json.dumps({
    "password": PASSWORD, "focal": focal.email, "editor": editor.email, "state": state.iso3,
    "sessions": sessions, "pledges": pledges[:3],
    "pledge_revisions": {ref: Pledge.objects.get(reference=ref).revision for ref in pledges[:3]},
    "ministerial": ministerial.slug if ministerial else None,
    "resources": list(Resource.objects.filter(status="published").values_list("slug", flat=True)[:50]),
}))
