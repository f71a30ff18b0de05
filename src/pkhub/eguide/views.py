"""The e-Guide's pages. Views parse input, check permission, ask a selector or call one service."""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from pkhub.core.languages import content_language, is_rtl
from pkhub.eguide import selectors, services
from pkhub.eguide.certificates import certificate_pdf
from pkhub.eguide.orgchart import draw
from pkhub.eguide.rendering import render_body
from pkhub.eguide.selectors import is_fallback

MAX_Q = 200


def _module_or_404(number: int):
    module = selectors.module_get(number=number)
    if module is None:
        raise Http404
    return module


def _chart(unit, current=None):
    root = selectors.unit_chart(unit=unit, current=current)
    return draw(root, rtl=is_rtl(content_language()), title=_("Organisation chart of %(unit)s") % {"unit": unit})


@require_safe
def home(request):
    scores = selectors.best_scores(user=request.user)
    modules = [(m, scores.get(m.number)) for m in selectors.module_list()]
    return render(request, "eguide/home.html", {
        "modules": modules,
        "passed_count": sum(1 for _m, s in modules if s and s["passed"]),
        "certificate": selectors.certificate_for(user=request.user),
        "pass_mark": services.pass_mark(),
    })


@require_safe
def module_detail(request, number: int):
    module = _module_or_404(number)
    scores = selectors.best_scores(user=request.user)
    return render(request, "eguide/module.html", {
        "module": module,
        "intro": render_body(module.intro),
        "toc": selectors.module_toc(module=module),
        "score": scores.get(module.number),
        "has_questions": module.questions.exists(),
        "fallback": is_fallback(module, "title"),
    })


@require_safe
def section_detail(request, number: int, section: str):
    found = selectors.section_get(module_number=number, number=section[:30])
    if found is None:
        raise Http404
    previous, following = selectors.section_neighbours(section=found)
    editor = request.user.has_perm("eguide.view_reference_report")
    return render(request, "eguide/section.html", {
        "module": found.module,
        "section": found,
        "blocks": render_body(found.body, selectors.section_targets(section=found)),
        "why": found.why,
        "charts": [(unit, _chart(unit)) for unit in found.charts.all()],
        "previous": previous,
        "next": following,
        "fallback": found.body_en and is_fallback(found, "body"),
        "title_fallback": is_fallback(found, "title"),
        "broken": selectors.section_broken_references(section=found) if editor else [],
    })


@require_safe
def search(request):
    q = (request.GET.get("q") or "")[:MAX_Q]
    results = selectors.search_sections(q=q, ui_lang=content_language()) if q.strip() else []
    return render(request, "eguide/search.html", {"q": q, "results": results})


@require_safe
def directory(request):
    return render(request, "eguide/directory.html", {"roots": selectors.unit_roots()})


@require_safe
def unit_detail(request, slug: str):
    unit = selectors.unit_get(slug=slug[:80])
    if unit is None:
        raise Http404
    ancestors = selectors.unit_ancestors(unit=unit)
    # The chart starts one level up, so a team is seen among its sister teams.
    top = unit.parent or unit
    return render(request, "eguide/unit.html", {
        "unit": unit,
        "ancestors": ancestors,
        "children": selectors.unit_children(unit=unit),
        "chart": _chart(top, current=unit),
        "sections": unit.sections.select_related("module").order_by("module__number", "order"),
        "moves": unit.moves.all()[:20],
        "fallback": unit.function_en and is_fallback(unit, "function"),
    })


@require_http_methods(["GET", "HEAD", "POST"])
def assessment(request, number: int):
    module = _module_or_404(number)
    questions = selectors.assessment_questions(module=module)
    if not questions:
        raise Http404
    if request.method == "POST":
        if not request.user.has_perm("eguide.take_assessment"):
            return redirect_to_login(request.get_full_path())
        answers = {q.pk: request.POST.getlist(f"q{q.pk}")[:20] for q in questions}
        attempt = services.attempt_submit(actor=request.user, module=module, answers=answers)
        return redirect(attempt.get_absolute_url())
    return render(request, "eguide/assessment.html", {
        "module": module,
        "questions": questions,
        "attempts": selectors.attempt_list(user=request.user, module=module),
        "pass_mark": services.pass_mark(),
    })


@login_required
@require_safe
def attempt_detail(request, pk: int):
    attempt = selectors.attempt_get(pk=pk)
    if attempt is None or not request.user.has_perm("eguide.view_attempt", attempt):
        raise Http404  # someone else's attempt: as if it did not exist
    questions = selectors.assessment_questions(module=attempt.module)
    review = []
    for question in questions:
        picked = set(attempt.answers.get(str(question.pk), []))
        right = {c.pk for c in question.choices.all() if c.is_correct}
        review.append({
            "question": question,
            "choices": [(c, c.pk in picked, c.is_correct) for c in question.choices.all()],
            "correct": picked == right,
        })
    scores = selectors.best_scores(user=request.user)
    return render(request, "eguide/attempt.html", {
        "attempt": attempt, "module": attempt.module, "review": review,
        "best": scores.get(attempt.module.number), "pass_mark": services.pass_mark(),
        "all_passed": selectors.all_modules_passed(user=request.user),
    })


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def certificate(request):
    existing = selectors.certificate_for(user=request.user)
    eligible = existing is not None or selectors.all_modules_passed(user=request.user)
    if request.method == "POST":
        try:
            services.certificate_issue(actor=request.user, name=request.POST.get("name", "")[:200])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect("eguide:certificate")
    return render(request, "eguide/certificate.html", {
        "certificate": existing, "eligible": eligible, "scores": selectors.best_scores(user=request.user),
        "default_name": request.user.get_full_name(),
    })


@login_required
@require_safe
def certificate_download(request):
    found = selectors.certificate_for(user=request.user)
    if found is None:
        raise Http404
    verify_url = request.build_absolute_uri(found.get_absolute_url())
    pdf = certificate_pdf(certificate=found, verify_url=verify_url, lang=get_language())
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="e-guide-certificate.pdf"'
    return response


@require_safe
def verify(request, code: str = ""):
    code = (code or request.GET.get("code") or "").strip()[:40]
    found = selectors.certificate_by_code(code=code) if code else None
    status = 200 if (found or not code) else 404
    return render(request, "eguide/verify.html", {"code": code, "certificate": found}, status=status)


@require_safe
def reference_report(request):
    if not request.user.has_perm("eguide.view_reference_report"):
        raise PermissionDenied
    return render(request, "eguide/references.html", {"broken": selectors.broken_references()})
