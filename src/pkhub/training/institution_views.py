"""Peacekeeping training institutions: the list (by filter or by region), each entry, its upkeep, recognition."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from pkhub.accounts.models import Region
from pkhub.library import selectors as library_selectors
from pkhub.library.models import TRAINING_KINDS
from pkhub.training import selectors, services
from pkhub.training.forms import InstitutionForm, RecognitionApplyForm, RecognitionDecideForm
from pkhub.training.models import Recognition
from pkhub.training.services import INSTITUTION_FIELDS


def _packages(user):
    return list(library_selectors.resource_visible(user=user).filter(kind__in=TRAINING_KINDS).prefetch_related("versions").order_by("slug"))


@require_safe
def institution_list(request):
    """Search and filter the PKTIs; `?view=regions` groups them by region."""
    found = selectors.institution_list(params=request.GET)
    institutions = list(found.qs) if found.is_valid() else []
    by_region = selectors.institutions_by_region(institutions=institutions)
    regions = [(value, label, by_region.get(value, [])) for value, label in Region.choices]
    return render(
        request, "training/institutions.html",
        {"filter": found, "institutions": institutions, "regions": regions, "by_region": request.GET.get("view") == "regions"},
    )


@require_safe
def institution_detail(request, slug):
    institution = selectors.institution_get(slug=slug)
    context = {"institution": institution, "can_keep": request.user.has_perm("training.change_institution", institution)}
    if context["can_keep"]:
        context["applications"] = selectors.institution_recognitions(institution=institution)
        context["apply_form"] = RecognitionApplyForm(packages=_packages(request.user))
    return render(request, "training/institution.html", context)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def institution_edit(request, slug):
    """The institution's focal point keeps its entry (editors may too)."""
    institution = selectors.institution_get(slug=slug)
    if not request.user.has_perm("training.change_institution", institution):
        raise PermissionDenied
    form = InstitutionForm(request.POST or None, instance=selectors.institution_get(slug=slug))
    if request.method == "POST" and form.is_valid():
        try:
            services.institution_update(
                actor=request.user, institution=institution, **{name: form.cleaned_data[name] for name in INSTITUTION_FIELDS}
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The entry is saved."))
            return redirect(institution.get_absolute_url())
    return render(request, "training/institution_edit.html", {"institution": institution, "form": form}, status=400 if form.errors else 200)


@login_required
@require_POST
def recognition_apply(request, slug):
    institution = selectors.institution_get(slug=slug)
    if not request.user.has_perm("training.apply_recognition", institution):
        raise PermissionDenied
    form = RecognitionApplyForm(request.POST, packages=_packages(request.user))
    if form.is_valid():
        try:
            services.recognition_apply(actor=request.user, institution=institution, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The application is sent to the Integrated Training Service."))
    else:
        messages.error(request, _("Give your course's title and choose the package it delivers."))
    return redirect(institution.get_absolute_url())


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def recognitions(request):
    """Editors: the applications waiting for a decision, and the form to record one."""
    if not request.user.has_perm("training.decide_recognition"):
        raise PermissionDenied
    status = 200
    if request.method == "POST":
        recognition = get_object_or_404(Recognition, pk=request.POST.get("recognition") if str(request.POST.get("recognition", "")).isdigit() else 0)
        form = RecognitionDecideForm(request.POST)
        if form.is_valid():
            try:
                services.recognition_decide(actor=request.user, recognition=recognition, **form.cleaned_data)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                status = 400
            else:
                messages.success(request, _("The decision is recorded."))
                return redirect("training:recognitions")
        else:
            messages.error(request, _("Choose a decision and its date."))
            status = 400
    return render(request, "training/recognitions.html", {"pending": selectors.recognitions_pending(), "form": RecognitionDecideForm()}, status=status)
