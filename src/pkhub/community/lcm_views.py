"""Pages of the Light Coordination Mechanism."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from pkhub.community import lcm_selectors as selectors
from pkhub.community import lcm_services as services
from pkhub.community.lcm_forms import ActivityForm, LessonsForm, RosterForm, SurveyForm, TrainingRequestForm
from pkhub.community.lcm_models import PRIORITY_AREAS, Area, RosterEntry, SurveyRound


def _post_form(request, form, action):
    """Runs `action(cleaned_data)` for a valid form; service refusals become form errors."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        return action(form.cleaned_data)
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, exc.messages)
    except PermissionDenied as exc:
        form.add_error(None, str(exc) or _("You may not do this."))
    return None


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None


@require_safe
def index(request):
    return render(request, "community/lcm/index.html", {
        "priority_areas": [Area(a).label for a in PRIORITY_AREAS],
        "round": selectors.survey_round_current(),
        "activities": selectors.activity_list()[:10],
    })


@require_http_methods(["GET", "POST"])
def activities(request):
    """The activities shared on the LCM; focal points and LCM staff record new ones."""
    area = request.GET.get("area") if request.GET.get("area") in Area.values else None
    can_record = request.user.has_perm("community.record_activity")
    if request.method == "POST" and not can_record:
        raise PermissionDenied
    form = ActivityForm(request.POST or None)
    if _post_form(request, form, lambda data: services.activity_record(actor=request.user, **data)):
        messages.success(request, _("The activity is recorded."))
        return redirect("community:lcm-activities")
    return render(request, "community/lcm/activities.html", {
        "activities": selectors.activity_list(area=area), "areas": Area.choices, "area": area, "form": form, "can_record": can_record,
    }, status=400 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def survey(request):
    """A focal point answers the current round for their state; they see only their own state's answers."""
    round_ = selectors.survey_round_current()
    if round_ is None:
        raise Http404
    if request.method == "POST" and not request.user.has_perm("community.answer_survey"):
        raise PermissionDenied
    form = SurveyForm(request.POST or None)
    answer = _post_form(request, form, lambda data: services.survey_answer_submit(actor=request.user, round=round_, **data))
    if answer:
        messages.success(request, _("Thank you: your Member State's answer is recorded."))
        return redirect("community:lcm-survey")
    mine = selectors.survey_answers_visible(user=request.user)
    if not request.user.has_perm("community.view_survey_results"):
        mine = mine.filter(member_state_id=request.user.member_state_id)
    return render(request, "community/lcm/survey.html", {
        "round": round_, "form": form, "answers": mine.filter(round=round_),
        "can_answer": request.user.has_perm("community.answer_survey") and round_.is_open,
        "already": mine.filter(round=round_, member_state_id=request.user.member_state_id).exists(),
    }, status=400 if request.method == "POST" else 200)


@login_required
@require_safe
def survey_results(request, pk):
    round_ = get_object_or_404(SurveyRound, pk=pk)
    results = selectors.survey_results(user=request.user, round=round_)
    labels = dict(Area.choices)
    return render(request, "community/lcm/survey_results.html", {
        "round": round_, "results": results,
        "areas": [(labels[a], results["provided"].get(a, 0), results["needed"].get(a, 0)) for a in Area.values],
    })


@require_http_methods(["GET", "POST"])
def roster(request):
    """The roster (public, without contacts); focal points register trainers and teams for their state."""
    area = request.GET.get("area") if request.GET.get("area") in Area.values else None
    if request.method == "POST" and not request.user.has_perm("community.register_on_roster"):
        raise PermissionDenied
    form = RosterForm(request.POST or None, for_any_state=request.user.has_perm("community.view_survey_results"))
    entry = _post_form(request, form, lambda data: services.roster_register(actor=request.user, **data))
    if entry:
        messages.success(request, _("Registered on the LCM roster."))
        return redirect("community:lcm-roster")
    entries = list(selectors.roster_list(area=area))
    contacts = {e.pk for e in entries if request.user.has_perm("community.view_roster_contact", e)}
    return render(request, "community/lcm/roster.html", {
        "entries": entries, "contacts": contacts, "areas": Area.choices, "area": area, "form": form,
        "can_register": request.user.has_perm("community.register_on_roster"), "priority": set(PRIORITY_AREAS),
    }, status=400 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def requests(request):
    if request.method == "POST" and not request.user.has_perm("community.request_training"):
        raise PermissionDenied
    form = TrainingRequestForm(request.POST or None)
    created = _post_form(request, form, lambda data: services.training_request_create(actor=request.user, **data))
    if created:
        return redirect("community:lcm-request", pk=created.pk)
    return render(request, "community/lcm/requests.html", {
        "requests": selectors.training_requests_visible(user=request.user), "form": form,
        "can_request": request.user.has_perm("community.request_training"),
    }, status=400 if request.method == "POST" else 200)


@login_required
@require_http_methods(["GET", "POST"])
def request_detail(request, pk):
    """A request and the roster entries that match it by area and dates; LCM staff pick one."""
    found = selectors.training_request_get(user=request.user, pk=pk)
    if request.method == "POST":
        entry = get_object_or_404(RosterEntry, pk=request.POST.get("entry") or 0)
        try:
            services.training_request_match(actor=request.user, request=found, entry=entry)
        except PermissionDenied:
            raise Http404 from None
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect("community:lcm-request", pk=found.pk)
    return render(request, "community/lcm/request.html", {
        "request_": found, "matches": selectors.roster_matches(request=found),
        "can_match": request.user.has_perm("community.view_survey_results"),
    })


@login_required
@require_http_methods(["GET", "POST"])
def lessons(request):
    if request.method == "POST" and request.POST.get("share"):
        submission = get_object_or_404(selectors.lessons_visible(user=request.user), pk=_int(request.POST["share"]))
        try:
            services.lessons_share(actor=request.user, submission=submission)
        except PermissionDenied:
            raise Http404 from None
        return redirect("community:lcm-lessons")
    form = LessonsForm(request.POST or None)
    created = _post_form(request, form, lambda data: services.lessons_submit(actor=request.user, **data))
    if created:
        messages.success(request, _("Thank you: the LCM has received your lessons learned."))
        return redirect("community:lcm-lessons")
    return render(request, "community/lcm/lessons.html", {
        "submissions": selectors.lessons_visible(user=request.user), "form": form,
        "can_submit": request.user.has_perm("community.submit_lessons"),
    }, status=400 if request.method == "POST" else 200)
