"""Writes of the e-Guide: sections and their references and index, the directory, attempts and
certificates. Keyword-only arguments, an `actor`, `full_clean()`, one transaction, an audit entry."""

import secrets
from collections import Counter

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pkhub.core.audit import audit_record
from pkhub.core.languages import CONTENT_LANGUAGES, ui_language
from pkhub.eguide import selectors
from pkhub.eguide.models import (
    Attempt,
    Certificate,
    CrossReference,
    Module,
    Question,
    QuestionKind,
    Section,
    SectionTerm,
    Unit,
    UnitMove,
)
from pkhub.eguide.rendering import find_references, plain_text
from pkhub.search.analysis import analyse_document

TITLE_WEIGHT = 5
MAX_TOKEN = 64


def pass_mark() -> int:
    return int(getattr(settings, "EGUIDE_PASS_MARK", 80))


def _field(lang: str, name: str) -> str:
    return f"{name}_{ui_language(lang).replace('-', '_')}"


# --- Sections ---------------------------------------------------------------------------------


def section_references_refresh(*, section: Section) -> list[CrossReference]:
    """Derives the section's cross-references from its English text and resolves each target."""
    found = find_references(section.body_en or "")
    keep = []
    for ref in found:
        target = Section.objects.filter(module__number=ref.module, number=ref.number).first()
        obj, _created = CrossReference.objects.update_or_create(
            section=section, target_module=ref.module, target_number=ref.number,
            defaults={"text": ref.text[:200], "target": target},
        )
        keep.append(obj.pk)
    CrossReference.objects.filter(section=section).exclude(pk__in=keep).delete()
    return list(CrossReference.objects.filter(pk__in=keep))


def references_resolve(*, section: Section) -> int:
    """Points references that were waiting for this section at it; returns how many."""
    return CrossReference.objects.filter(
        target_module=section.module.number, target_number=section.number
    ).update(target=section)


def section_index(*, section: Section) -> int:
    """Rewrites the section's search terms, one set per language that has its own text."""
    SectionTerm.objects.filter(section=section).delete()
    rows = []
    for lang in CONTENT_LANGUAGES:
        title = getattr(section, _field(lang, "title")) or ""
        body = getattr(section, _field(lang, "body")) or ""
        if not (title or body):
            continue
        counts: Counter = Counter()
        for token in analyse_document(title, lang).split():
            counts[token[:MAX_TOKEN]] += TITLE_WEIGHT
        for token in analyse_document(plain_text(body), lang).split():
            counts[token[:MAX_TOKEN]] += 1
        rows += [SectionTerm(section=section, lang=lang, token=t, weight=w) for t, w in counts.items()]
    SectionTerm.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


def section_after_change(*, section: Section) -> None:
    """What follows any change of a section's text: its references, the references to it, its index."""
    section_references_refresh(section=section)
    references_resolve(section=section)
    section_index(section=section)


def _parent_for(module: Module, number: str) -> Section | None:
    parts = number.split(".")
    while len(parts) > 1:
        parts.pop()
        parent = Section.objects.filter(module=module, number=".".join(parts)).first()
        if parent:
            return parent
    return None


@transaction.atomic
def section_upsert(*, actor, module: Module, number: str, order: int, fields: dict, units=(), charts=()) -> Section:
    """Creates or updates the section `number` of `module` (its parent is the nearest prefix)."""
    section = Section.objects.filter(module=module, number=number).first() or Section(module=module, number=number)
    for name, value in fields.items():
        setattr(section, name, value)
    section.order = order
    section.parent = _parent_for(module, number)
    section.full_clean()
    created = section.pk is None
    section.save()
    section.units.set(units)
    section.charts.set(charts)
    section_after_change(section=section)
    audit_record(actor=actor, action="eguide.section.create" if created else "eguide.section.update", obj=section)
    return section


# --- Directory --------------------------------------------------------------------------------


def _would_cycle(unit: Unit, parent: Unit | None) -> bool:
    seen = set()
    while parent is not None:
        if parent.pk == unit.pk or parent.pk in seen:
            return True
        seen.add(parent.pk)
        parent = parent.parent
    return False


@transaction.atomic
def unit_move(*, actor, unit: Unit, parent: Unit | None, note: str = "") -> UnitMove:
    """Moves `unit` (and everything under it) to `parent`, keeping a row of history."""
    if not actor.has_perm("eguide.move_unit"):
        raise PermissionDenied
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    if parent is not None and _would_cycle(unit, parent):
        raise ValidationError(_("A unit cannot be moved under itself or under one of its own units."))
    if unit.parent_id == (parent.pk if parent else None):
        raise ValidationError(_("The unit is already there."))
    old = unit.parent
    unit.parent = parent
    unit.full_clean()
    unit.save(update_fields=["parent"])
    move = UnitMove(
        unit=unit, from_parent=old, from_parent_name=str(old) if old else "", to_parent=parent,
        to_parent_name=str(parent) if parent else "", note=note[:300], moved_by=actor if actor.is_authenticated else None,
    )
    move.full_clean()
    move.save()
    audit_record(
        actor=actor, action="eguide.unit.move", obj=unit,
        changes={"parent": [old.slug if old else None, parent.slug if parent else None]},
    )
    return move


# --- Self-assessments and certificates ---------------------------------------------------------


def _clean_answers(module: Module, answers: dict) -> dict[int, list[int]]:
    """Only choices of this module's questions; a single-answer question keeps one choice at most."""
    valid = {}
    for question in Question.objects.filter(module=module).prefetch_related("choices"):
        ids = {c.pk for c in question.choices.all()}
        picked = sorted({int(a) for a in answers.get(question.pk, []) if str(a).isdigit() and int(a) in ids})
        if question.kind == QuestionKind.SINGLE:
            picked = picked[:1] if len(picked) == 1 else []
        valid[question.pk] = picked
    return valid


@transaction.atomic
def attempt_submit(*, actor, module: Module, answers: dict) -> Attempt:
    """Grades the answers on the server and records the attempt; attempts are unlimited."""
    if not actor.has_perm("eguide.take_assessment"):
        raise PermissionDenied
    questions = list(Question.objects.filter(module=module).prefetch_related("choices"))
    if not questions:
        raise ValidationError(_("This module has no self-assessment yet."))
    picked = _clean_answers(module, answers)
    correct = sum(
        1 for q in questions if set(picked[q.pk]) == {c.pk for c in q.choices.all() if c.is_correct}
    )
    score = round(100 * correct / len(questions))
    attempt = Attempt(
        user=actor, module=module, score=score, correct=correct, total=len(questions),
        passed=score >= pass_mark(), answers={str(k): v for k, v in picked.items()},
    )
    attempt.full_clean()
    attempt.save()
    audit_record(actor=actor, action="eguide.attempt.submit", obj=attempt, changes={"score": score})
    return attempt


@transaction.atomic
def certificate_issue(*, actor, name: str = "") -> Certificate:
    """The user's certificate, issued once all five modules are passed (again: the same one)."""
    if not actor.is_authenticated:
        raise PermissionDenied
    existing = Certificate.objects.filter(user=actor).first()
    if existing:
        return existing
    if not selectors.all_modules_passed(user=actor):
        raise ValidationError(_("Pass the self-assessments of all five modules first."))
    name = " ".join((name or actor.get_full_name() or actor.email).split())[:200]
    certificate = Certificate(user=actor, name=name, code=secrets.token_urlsafe(12), issued=timezone.localdate())
    certificate.full_clean()
    certificate.save()
    audit_record(actor=actor, action="eguide.certificate.issue", obj=certificate)
    return certificate
