"""Editors assembling an ITS update, and readers subscribing and unsubscribing."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from pkhub.news import selectors, services, subscriptions
from pkhub.news.forms import NewsletterItemForm, SubscribeForm
from pkhub.news.models import NewsletterItem, Status


def _editor(request):
    if not request.user.has_perm("news.edit_newsletter"):
        raise PermissionDenied


@require_POST
def propose(request):
    """Starts the next issue from what changed since the last published one."""
    _editor(request)
    try:
        issue = services.newsletter_draft_propose(actor=request.user)
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
        return redirect("news:issues")
    messages.success(request, _("A draft was proposed from what changed since the last issue. Check each section."))
    return redirect("news:issue-edit", number=issue.number)


def _edit_language(request) -> str:
    lang = request.GET.get("lang") or request.POST.get("lang") or "en"
    return lang if lang in dict(settings.LANGUAGES) else "en"


@require_http_methods(["GET", "POST"])
def issue_edit(request, number):
    """The draft's items with their text in one language; saving changes that language only."""
    _editor(request)
    issue = selectors.issue_get(number=number, user=request.user)
    lang = _edit_language(request)
    if request.method == "POST":
        if issue.status != Status.DRAFT:
            return HttpResponseBadRequest(_("A published issue cannot be changed."))
        errors = 0
        if "intro" in request.POST:
            services.newsletter_intro_save(actor=request.user, issue=issue, lang=lang, intro=request.POST["intro"][:5000])
        if request.POST.get("delete"):
            item = get_object_or_404(NewsletterItem, pk=_int(request.POST["delete"]), section__issue=issue)
            services.newsletter_item_delete(actor=request.user, item=item)
        for section in issue.sections.all():
            for item in section.items.all():
                form = NewsletterItemForm(request.POST, prefix=f"item-{item.pk}")
                if f"item-{item.pk}-title" in request.POST and form.is_valid():
                    try:
                        services.newsletter_item_save(actor=request.user, section=section, item=item, lang=lang, **form.cleaned_data)
                    except ValidationError as exc:
                        errors += 1
                        messages.error(request, "; ".join(exc.messages))
            new = NewsletterItemForm(request.POST, prefix=f"new-{section.kind}")
            if new.is_valid() and new.cleaned_data["title"]:
                services.newsletter_item_save(actor=request.user, section=section, lang=lang, **new.cleaned_data)
        if not errors:
            messages.success(request, _("Saved."))
        return redirect(f"{request.path}?lang={lang}")
    sections = [
        (section, [(item, NewsletterItemForm.for_item(item, lang)) for item in section.items.all()], NewsletterItemForm(prefix=f"new-{section.kind}"))
        for section in selectors.issue_sections(issue)
    ]
    intro = getattr(issue, f"intro_{lang.replace('-', '_')}") or ""
    return render(request, "news/issue_edit.html", {"issue": issue, "sections": sections, "lang": lang, "languages": settings.LANGUAGES, "intro": intro})


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Http404 from None


@require_POST
def issue_publish(request, number):
    _editor(request)
    if not request.user.has_perm("news.publish_newsletter"):
        raise PermissionDenied
    issue = selectors.issue_get(number=number, user=request.user)
    try:
        services.newsletter_publish(actor=request.user, issue=issue)
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
        return redirect("news:issue-edit", number=issue.number)
    messages.success(request, _("Published. Subscribers are being sent the issue by e-mail."))
    return redirect("news:issue", number=issue.number)


@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        subscriptions.subscription_request(email=form.cleaned_data["email"], language=get_language(), actor=request.user)
        return render(request, "news/subscribe_sent.html")
    return render(request, "news/subscribe.html", {"form": form}, status=400 if request.method == "POST" else 200)


@require_safe
def confirm(request, token):
    try:
        subscriptions.subscription_confirm(token=token)
    except subscriptions.InvalidToken:
        return render(request, "news/token_invalid.html", status=400)
    return render(request, "news/confirmed.html")


@csrf_exempt  # the signed token is the authority; mail clients POST here without a session (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a button (link scanners must not unsubscribe anyone); POST unsubscribes, no sign-in."""
    if request.method == "GET":
        try:
            subscriptions.subscription_for_unsubscribe(token=token)
        except subscriptions.InvalidToken:
            return render(request, "news/token_invalid.html", status=400)
        return render(request, "news/unsubscribe.html", {"token": token})
    try:
        subscriptions.subscription_unsubscribe(token=token)
    except subscriptions.InvalidToken:
        return render(request, "news/token_invalid.html", status=400)
    return render(request, "news/unsubscribed.html")

