"""Nominations: a focal point nominates and withdraws their state's candidates; editors review them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from pkhub.training import selectors, services
from pkhub.training.exports import participants_xlsx
from pkhub.training.forms import NominationForm, ReviewForm


def _error_text(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def nominate(request, pk):
    """The nomination form of a session, for the focal point of a Member State while the call is open."""
    session = selectors.session_get(pk=pk)
    user = request.user
    if not user.has_perm("training.view_own_nominations"):
        raise PermissionDenied
    form = NominationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            nomination = services.nomination_submit(actor=user, session=session, member_state=user.member_state, **form.cleaned_data)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("%(name)s is nominated. You will be told the outcome.") % {"name": nomination.candidate_name})
            return redirect("training:session", pk=session.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "training/nominate.html", {"session": session, "form": form, "call_open": session.call_is_open()}, status=status)


@login_required
@require_safe
def my_nominations(request):
    """Every nominee of the user's Member State, with the outcome of its review."""
    if not request.user.has_perm("training.view_own_nominations"):
        raise PermissionDenied
    nominations = selectors.nominations_for_state(user=request.user)
    return render(request, "training/my_nominations.html", {"nominations": nominations, "state": request.user.member_state})


@login_required
@require_POST
def withdraw(request, pk):
    """Withdraw one of the user's state's nominees (another state's nominee is not found)."""
    nomination = selectors.nomination_get(user=request.user, pk=pk)
    services.nomination_withdraw(actor=request.user, nomination=nomination)
    messages.success(request, _("%(name)s is withdrawn.") % {"name": nomination.candidate_name})
    return redirect("training:my-nominations")


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def review(request, pk):
    """Editors: every nomination of a session, to accept, waitlist, decline, mark attended or completed."""
    if not request.user.has_perm("training.review_nomination"):
        raise PermissionDenied
    session = selectors.session_get(pk=pk)
    status = 200
    if request.method == "POST":
        form = ReviewForm(request.POST)
        nomination = selectors.nomination_get(user=request.user, pk=request.POST.get("nomination"))
        if nomination.session_id != session.pk or not form.is_valid():
            messages.error(request, _("Choose one of the outcomes offered."))
            status = 400
        else:
            try:
                services.nomination_review(actor=request.user, nomination=nomination, **form.cleaned_data)
            except ValidationError as error:
                messages.error(request, _error_text(error))
                status = 409
            else:
                messages.success(request, _("%(name)s: %(outcome)s.") % {
                    "name": nomination.candidate_name, "outcome": services.REVIEW_OUTCOMES[form.cleaned_data["outcome"]].label})
                return redirect("training:review", pk=session.pk)
    context = {
        "session": session,
        "nominations": selectors.nominations_for_session(user=request.user, session=session),
        "seats_taken": selectors.session_seats_taken(session=session),
        "outcomes": services.REVIEW_OUTCOMES,
    }
    return render(request, "training/review.html", context, status=status)


@login_required
@require_safe
def export_participants(request, pk):
    """The participant list of a session as an XLSX workbook (editors only)."""
    if not request.user.has_perm("training.export_participants"):
        raise PermissionDenied
    session = selectors.session_get(pk=pk)
    data = participants_xlsx(session=session, nominations=selectors.participants(session=session))
    response = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="participants-session-{session.pk}.xlsx"'
    return response


@login_required
@require_safe
def gender_report(request):
    """Women's share of nominations per session, Member State and year, against the pledging guide's target."""
    if not request.user.has_perm("training.view_gender_report"):
        raise PermissionDenied
    report = selectors.gender_report(user=request.user)
    return render(
        request, "training/gender_report.html",
        {"report": report, "target_wording": selectors.GENDER_TARGET_WORDING, "parity": selectors.PARITY,
         "rise_min": selectors.TARGET_RISE_MIN, "rise_max": selectors.TARGET_RISE_MAX},
    )
