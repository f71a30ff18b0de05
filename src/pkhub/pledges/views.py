"""Pledging pages: ministerial, requirements catalogue, pledges and their life cycle.

Views parse input, fetch through a selector that applies the user's permissions, call one service
and render; the services decide what is allowed.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext as _
from django.views.decorators.http import require_POST, require_safe
from modeltranslation.utils import build_localized_fieldname

from pkhub.pledges import selectors, services
from pkhub.pledges.choices import (
    LEVEL_MEANING, READINESS_DAYS, Category, Level, PledgeStatus, RequirementKind, Section,
)
from pkhub.pledges.forms import NoteForm, PledgeForm, ProgressForm, ReasonForm, RequirementForm
from pkhub.pledges.models import Pledge


def _choice(request, name: str, allowed) -> str | None:
    value = (request.GET.get(name) or "").strip()[:60]
    return value if value in allowed else None


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@require_safe
def index(request):
    current = selectors.ministerial_current()
    if current is None:
        raise Http404("No ministerial yet.")
    return redirect(current.get_absolute_url())


@require_safe
def ministerial(request, slug):
    found = selectors.ministerial_get(slug=slug)
    levels = [(Level(level).label, LEVEL_MEANING[level], READINESS_DAYS.get(level)) for level in Level.values]
    return render(request, "pledges/ministerial.html", {
        "ministerial": found, "ministerials": selectors.ministerial_list(),
        "public_count": selectors.pledge_public_list(ministerial=found).count(),
        "requirement_count": found.requirements.count(), "levels": levels,
        "categories": Category.choices, "submissions_open": found.submissions_open(),
    })


@require_safe
def requirements(request, slug):
    found = selectors.ministerial_get(slug=slug)
    section = _choice(request, "section", Section.values)
    kind = _choice(request, "kind", RequirementKind.values)
    missions = selectors.requirement_missions(ministerial=found)
    mission = _choice(request, "mission", missions)
    q = (request.GET.get("q") or "").strip()[: selectors.MAX_QUERY_LENGTH]
    rows = selectors.requirement_list(ministerial=found, section=section, kind=kind, mission=mission, q=q)
    return render(request, "pledges/requirements.html", {
        "ministerial": found, "groups": selectors.requirement_sections(rows), "count": len(rows),
        "sections": Section.choices, "kinds": RequirementKind.choices, "missions": missions,
        "chosen": {"section": section, "kind": kind, "mission": mission, "q": q},
    })


@require_safe
def requirement(request, slug, code):
    found = selectors.ministerial_get(slug=slug)
    item = selectors.requirement_get(ministerial=found, code=code)
    language = get_language() or settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    # The titles are translated; the guide's own words (the description) may exist in English only.
    fallback = {
        name: language != settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        and not getattr(item, build_localized_fieldname(name, language), "")
        for name in ("title", "description")
    }
    pledges = selectors.pledge_list(user=request.user, ministerial=found).filter(requirements=item)
    return render(request, "pledges/requirement.html", {
        "ministerial": found, "requirement": item, "pledges": pledges, "fallback": fallback,
        "pledged_quantity": selectors.pledged_quantity(requirement=item),
        "can_edit": request.user.has_perm("pledges.change_requirement", item),
    })


@login_required
def requirement_edit(request, slug, code):
    found = selectors.ministerial_get(slug=slug)
    item = selectors.requirement_get(ministerial=found, code=code)
    if not request.user.has_perm("pledges.change_requirement", item):
        raise PermissionDenied
    initial = {name: getattr(item, name) for name in RequirementForm.base_fields}
    initial["missions"] = ", ".join(item.missions)
    form = RequirementForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.requirement_update(actor=request.user, requirement=item, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Requirement saved."))
            return redirect(item.get_absolute_url())
    return render(request, "pledges/requirement_edit.html", {"ministerial": found, "requirement": item, "form": form})


@require_safe
def pledge_list(request, slug):
    found = selectors.ministerial_get(slug=slug)
    category = _choice(request, "category", Category.values)
    state = (request.GET.get("state") or "").strip()[:3] or None
    public = selectors.pledge_public_list(ministerial=found, category=category, state=state)
    mine = None
    if request.user.is_authenticated:
        status = _choice(request, "status", PledgeStatus.values)
        mine = selectors.pledge_list(user=request.user, ministerial=found, category=category, state=state,
                                     status=status).exclude(status__in=PledgeStatus.public())
    return render(request, "pledges/pledge_list.html", {
        "ministerial": found, "public": public, "mine": mine, "categories": Category.choices,
        "statuses": PledgeStatus.choices, "chosen": {"category": category, "state": state},
        "can_add": request.user.has_perm("pledges.add_pledge"),
        "is_officer": request.user.has_perm("pledges.view_unannounced_pledges"),
    })


def _pledge_fields(data: dict) -> dict:
    return {name: data.get(name) if name != "unit_type" else (data.get(name) or "")
            for name in ("category", "title", "description", "quantity", "unit_type", "timeline")}


@login_required
def pledge_new(request, slug):
    found = selectors.ministerial_get(slug=slug)
    if not request.user.has_perm("pledges.add_pledge"):
        raise PermissionDenied
    officer = request.user.has_perm("pledges.view_unannounced_pledges")
    form = PledgeForm(request.POST or None, ministerial=found, officer=officer,
                      initial={"requirements": request.GET.getlist("requirement")[:50]} if request.method == "GET" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            pledge = services.pledge_create(
                actor=request.user, ministerial=found,
                lead_state=data["lead_state"] if officer else request.user.member_state,
                partners=data["partners"], requirements=data["requirements"], **_pledge_fields(data))
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Draft saved. Submit it when it is ready."))
            return redirect(pledge.get_absolute_url())
    return render(request, "pledges/pledge_form.html", {"ministerial": found, "form": form, "pledge": None})


@login_required
def pledge_edit(request, reference):
    pledge = selectors.pledge_get(reference=reference, user=request.user)
    if not request.user.has_perm("pledges.change_pledge", pledge):
        raise PermissionDenied
    initial = {**_pledge_fields(pledge.__dict__), "partners": list(pledge.partners.all()),
               "requirements": list(pledge.requirements.all()), "revision": pledge.revision}
    form = PledgeForm(request.POST or None, initial=initial, ministerial=pledge.ministerial, officer=False)
    current = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        revision = data.get("revision") or 0
        try:
            services.pledge_update(actor=request.user, pledge=pledge, revision=revision, partners=data["partners"],
                                   requirements=data["requirements"], **_pledge_fields(data))
        except services.PledgeConflict as error:
            # The user's text stays in the form; the current pledge is shown beside it.
            _add_errors(form, error)
            current = Pledge.objects.get(pk=pledge.pk)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Pledge saved."))
            return redirect(pledge.get_absolute_url())
    return render(request, "pledges/pledge_form.html", {
        "ministerial": pledge.ministerial, "form": form, "pledge": pledge, "current": current})


@require_safe
def pledge_detail(request, reference):
    pledge = selectors.pledge_get(reference=reference, user=request.user)
    user = request.user
    can = {perm: user.has_perm(f"pledges.{perm}", pledge) for perm in (
        "change_pledge", "submit_pledge", "validate_pledge", "return_pledge", "announce_pledge", "withdraw_pledge",
        "report_progress")}
    can["validate_pledge"] &= pledge.status == PledgeStatus.SUBMITTED
    can["return_pledge"] &= pledge.status in (PledgeStatus.SUBMITTED, PledgeStatus.VALIDATED)
    can["announce_pledge"] &= pledge.status == PledgeStatus.VALIDATED
    return render(request, "pledges/pledge_detail.html", {
        "pledge": pledge, "ministerial": pledge.ministerial, "can": can,
        "history": selectors.pledge_history(pledge=pledge), "reports": pledge.progress_reports.all(),
        "reason_form": ReasonForm(), "note_form": NoteForm(), "progress_form": ProgressForm(),
        "states_seen": user.is_authenticated and (user.has_perm("pledges.view_unannounced_pledges")
                                                  or pledge.status not in PledgeStatus.public()),
    })


ACTIONS = {
    "submit": (services.pledge_submit, None, _("Pledge submitted to the Strategic Force Generation Cell.")),
    "validate": (services.pledge_validate, None, _("Pledge validated.")),
    "return": (services.pledge_return, ReasonForm, _("Pledge returned to the Member State.")),
    "announce": (services.pledge_announce, None, _("Pledge announced: it is now on the public list.")),
    "withdraw": (services.pledge_withdraw, NoteForm, _("Pledge withdrawn.")),
    "progress": (services.pledge_report_progress, ProgressForm, _("Progress recorded.")),
}


@login_required
@require_POST
def pledge_action(request, reference, action):
    pledge = selectors.pledge_get(reference=reference, user=request.user)
    if action not in ACTIONS:
        raise Http404("No such action.")
    service, form_class, done = ACTIONS[action]
    arguments = {}
    if form_class is not None:
        form = form_class(request.POST)
        if not form.is_valid():
            messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
            return redirect(pledge.get_absolute_url())
        arguments = form.cleaned_data
    if action != "progress":
        try:
            arguments["revision"] = int(request.POST["revision"])
        except (KeyError, ValueError):
            pass
    try:
        service(actor=request.user, pledge=pledge, **arguments)
    except PermissionDenied:
        raise
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done)
    return redirect(pledge.get_absolute_url())
