"""Channels of the permission matrix for pledging and training: pledges, requirements, units, nominations,
institutions. Each function does one cell's action through one page, API call, export, feed or admin page."""

from django.utils import translation

from pkhub.core.tests.permission_probe import channel, watch
from pkhub.pledges.choices import Category, PledgeStatus, UnitType
from pkhub.pledges.models import LevelChange, Pledge, PledgeEvent, Requirement, Unit
from pkhub.training.models import Institution, Nomination, NominationStatus

watch("pledge", Pledge, PledgeEvent)
watch("requirement", Requirement)
watch("unit", Unit, LevelChange)
watch("nomination", Nomination)
watch("institution", Institution)


def _ministerial(probe):
    return probe.world.extra["ministerial"]


# Pledges ----------------------------------------------------------------------------------------

@channel("pledge", "view", "page")
def pledge_page(probe):
    probe.read(f"/en/pledging/pledges/{probe.obj.reference}/")


@channel("pledge", "view", "api")
def pledge_api(probe):
    probe.read(f"/api/v1/pledges/{probe.obj.reference}")


@channel("pledge", "view", "list")
def pledge_list(probe):
    probe.listed(f"/en/pledging/{_ministerial(probe).slug}/pledges/")


@channel("pledge", "view", "requirement-page")
def pledge_on_requirement(probe):
    probe.listed(f"/en/pledging/{_ministerial(probe).slug}/requirements/PMX-1/")


@channel("pledge", "view", "api-list")
def pledge_api_list(probe):
    # The API lists announced pledges only, whoever asks: it must never hold another.
    probe.listed("/api/v1/pledges", exact=False, ministerial=_ministerial(probe).slug)


@channel("pledge", "view", "feed")
def pledge_feed(probe):
    probe.listed(f"/en/pledging/{_ministerial(probe).slug}/feed/", exact=False)


@channel("pledge", "view", "admin-list")
def pledge_admin_list(probe):
    # The admin is for staff: it may refuse a role the rule allows, never show what the rule refuses.
    probe.listed("/en/admin/pledges/pledge/", exact=False)


@channel("pledge", "export-csv-xlsx-docx-pptx", "csv")
def pledge_csv(probe):
    probe.listed(f"/en/pledging/{_ministerial(probe).slug}/pledges.csv")


@channel("pledge", "export-csv-xlsx-docx-pptx", "xlsx")
def pledge_xlsx(probe):
    probe.listed(f"/en/pledging/{_ministerial(probe).slug}/pledges.xlsx")


@channel("pledge", "export-csv-xlsx-docx-pptx", "docx-form")
def pledge_docx(probe):
    probe.listed(f"/en/pledging/{_ministerial(probe).slug}/form/{probe.obj.lead_state.iso3}.docx")


@channel("pledge", "export-csv-xlsx-docx-pptx", "pptx-slide")
def pledge_slide(probe):
    probe.read(f"/en/pledging/pledges/{probe.obj.reference}/slide.pptx")


@channel("pledge", "create", "page")
def pledge_create(probe):
    data = {"category": Category.UNIFORMED, "title": "Engineers pmxnewpledge", "description": "A company.",
            "lead_state": probe.world.objects["pledge-draft-a"].lead_state_id}
    probe.write(lambda: probe.post(f"/en/pledging/{probe.obj.slug}/pledges/new/", data),
                lambda: Pledge.objects.filter(title="Engineers pmxnewpledge").exists())


@channel("pledge", "change", "page")
def pledge_change(probe):
    pledge = probe.obj
    data = {"category": pledge.category, "title": "Changed pmxchangedpledge", "description": pledge.description,
            "revision": pledge.revision}
    probe.write(lambda: probe.post(f"/en/pledging/pledges/{pledge.reference}/edit/", data),
                lambda: Pledge.objects.get(pk=pledge.pk).title == "Changed pmxchangedpledge")


@channel("pledge", "delete", "admin")
def pledge_delete(probe):
    probe.deleted_in_admin()


@channel("pledge", "publish-announce", "page")
def pledge_announce(probe):
    pledge = probe.obj
    probe.write(lambda: probe.post(f"/en/pledging/pledges/{pledge.reference}/announce/", {"revision": pledge.revision}),
                lambda: Pledge.objects.get(pk=pledge.pk).status == PledgeStatus.ANNOUNCED)


# The requirements catalogue ---------------------------------------------------------------------

@channel("requirement", "view", "page")
def requirement_page(probe):
    probe.read(f"/en/pledging/{_ministerial(probe).slug}/requirements/{probe.obj.code}/")


@channel("requirement", "view", "api-list")
def requirement_api(probe):
    probe.listed("/api/v1/requirements", ministerial=_ministerial(probe).slug)


@channel("requirement", "change", "page")
def requirement_change(probe):
    item = probe.obj
    data = {"title": "Changed pmxchangedrequirement", "kind": item.kind, "category": item.category, "missions": ""}

    def changed():
        with translation.override("en"):
            return Requirement.objects.get(pk=item.pk).title == "Changed pmxchangedrequirement"

    probe.write(lambda: probe.post(f"/en/pledging/{_ministerial(probe).slug}/requirements/{item.code}/edit/", data),
                changed)


# PCRS units -------------------------------------------------------------------------------------

@channel("unit", "view", "page")
def unit_page(probe):
    probe.read(f"/en/pledging/pcrs/{probe.obj.pk}/")


@channel("unit", "view", "list")
def unit_list(probe):
    probe.listed("/en/pledging/pcrs/")


@channel("unit", "view", "admin-list")
def unit_admin_list(probe):
    probe.listed("/en/admin/pledges/unit/", exact=False)


@channel("unit", "create", "page")
def unit_create(probe):
    data = {"name": "Battalion pmxnewunit", "unit_type": UnitType.INFANTRY_BATTALION, "strength": 800, "women": 80,
            "state": probe.world.objects["unit-a"].state_id}
    probe.write(lambda: probe.post("/en/pledging/pcrs/new/", data),
                lambda: Unit.objects.filter(name="Battalion pmxnewunit").exists())


@channel("unit", "change", "page")
def unit_change(probe):
    unit = probe.obj
    data = {"name": "Renamed pmxrenamedunit", "strength": unit.strength, "women": unit.women, "revision": unit.revision}
    probe.write(lambda: probe.post(f"/en/pledging/pcrs/{unit.pk}/edit/", data),
                lambda: Unit.objects.get(pk=unit.pk).name == "Renamed pmxrenamedunit")


@channel("unit", "change-pcrs-level", "page")
def unit_level(probe):
    unit = probe.obj
    probe.write(lambda: probe.post(f"/en/pledging/pcrs/{unit.pk}/", {"level": "1", "revision": unit.revision}),
                lambda: Unit.objects.get(pk=unit.pk).level == "1")


@channel("unit", "delete", "admin")
def unit_delete(probe):
    probe.deleted_in_admin()


# Nominations ------------------------------------------------------------------------------------

def _session(probe):
    return probe.world.extra["session"]


@channel("nomination", "view", "api-list")
def nomination_api(probe):
    probe.listed("/api/v1/nominations")


@channel("nomination", "view", "session-page")
def nomination_session_page(probe):
    probe.listed(f"/en/training/sessions/{_session(probe).pk}/")


@channel("nomination", "view", "my-nominations")
def nomination_own_list(probe):
    # The focal point's own list: other roles are refused it, editors read nominees elsewhere.
    probe.listed("/en/training/nominations/", exact=False)


@channel("nomination", "view", "review-page")
def nomination_review_page(probe):
    probe.listed(f"/en/training/sessions/{_session(probe).pk}/review/", exact=False)


@channel("nomination", "view", "women-share")
def nomination_gender_report(probe):
    probe.listed("/en/training/women-share/", exact=False)


@channel("nomination", "view", "admin-list")
def nomination_admin_list(probe):
    probe.listed("/en/admin/training/nomination/", exact=False)


@channel("nomination", "view", "feeds")
def nomination_feeds(probe):
    # The calendar's feed and API list sessions, never who is nominated to them.
    for url in ("/calendar.ics", "/api/v1/courses", "/en/training/"):
        probe.listed(url, exact=False)


NOMINEE = {"candidate_name": "Captain pmxnewnominee", "gender": "female", "email": "pmxnewnominee@example.org",
           "rank": "Captain", "languages": ["en"]}


def _nominated():
    return Nomination.objects.filter(email=NOMINEE["email"]).exists()


@channel("nomination", "create", "page")
def nomination_create(probe):
    probe.write(lambda: probe.post(f"/en/training/sessions/{probe.obj.pk}/nominate/", NOMINEE), _nominated)


@channel("nomination", "create", "api")
def nomination_create_api(probe):
    state = probe.user.member_state.iso3 if getattr(probe.user, "member_state", None) else "GHA"
    payload = {**NOMINEE, "session": probe.obj.pk, "member_state": state}
    probe.write(lambda: probe.post_json("/api/v1/nominations", payload), _nominated)


def _status_is(nomination, status):
    return lambda: Nomination.objects.get(pk=nomination.pk).status == status


@channel("nomination", "change-review", "page")
def nomination_review(probe):
    nomination = probe.obj
    data = {"nomination": nomination.pk, "outcome": "waitlist"}
    probe.write(lambda: probe.post(f"/en/training/sessions/{nomination.session_id}/review/", data),
                _status_is(nomination, NominationStatus.WAITLISTED))


@channel("nomination", "change-review", "admin-action")
def nomination_review_admin(probe):
    data = {"action": "waitlist", "_selected_action": [probe.obj.pk], "index": 0}
    probe.write(lambda: probe.post("/en/admin/training/nomination/", data),
                _status_is(probe.obj, NominationStatus.WAITLISTED))


@channel("nomination", "change-withdraw", "page")
def nomination_withdraw(probe):
    probe.write(lambda: probe.post(f"/en/training/nominations/{probe.obj.pk}/withdraw/"),
                _status_is(probe.obj, NominationStatus.WITHDRAWN))


@channel("nomination", "change-withdraw", "api")
def nomination_withdraw_api(probe):
    probe.write(lambda: probe.post(f"/api/v1/nominations/{probe.obj.pk}/withdraw"),
                _status_is(probe.obj, NominationStatus.WITHDRAWN))


@channel("nomination", "delete", "admin")
def nomination_delete(probe):
    probe.deleted_in_admin()


@channel("nomination", "export-participant-list", "xlsx")
def nomination_participants(probe):
    probe.read(f"/en/training/sessions/{probe.obj.session_id}/participants.xlsx")


# Institutions -----------------------------------------------------------------------------------

@channel("institution", "create", "admin")
def institution_create(probe):
    changes = {"slug": "pmx-new-institution", "name": "Centre pmxnewinstitution", "kind": "integrated",
               "country": probe.world.objects["institution-other"].country_id, "languages": ["en"]}
    probe.write(lambda: probe.admin_save("/en/admin/training/institution/add/", changes),
                lambda: Institution.objects.filter(slug="pmx-new-institution").exists())


@channel("institution", "change", "page")
def institution_change(probe):
    institution = probe.obj
    data = {"name": "Renamed pmxrenamedcentre", "kind": institution.kind, "languages": ["en"]}
    probe.write(lambda: probe.post(f"/en/training/institutions/{institution.slug}/edit/", data),
                lambda: Institution.objects.get(pk=institution.pk).name == "Renamed pmxrenamedcentre")


@channel("institution", "delete", "admin")
def institution_delete(probe):
    probe.deleted_in_admin()
