"""Loading the e-Guide's demo content: the five modules, Module One in full, the directory and the
self-assessments. Idempotent: rows are found by their natural keys and updated in place, so a
second run changes nothing and never breaks existing attempts (choices keep their ids)."""

from django.db import transaction

from pkhub.eguide import services
from pkhub.eguide.demo.directory import UNITS
from pkhub.eguide.demo.modules import MODULES, PENDING_SECTIONS
from pkhub.eguide.demo.questions import QUESTIONS
from pkhub.eguide.models import Choice, LinkKind, Module, Question, Section, SectionLink, Unit
from pkhub.eguide.sources import read_module
from pkhub.ingest.repair import repair_text


def _units() -> int:
    by_slug = {}
    for order, demo in enumerate(UNITS):
        unit = Unit.objects.filter(slug=demo.slug).first()
        fields = dict(
            kind=demo.kind, name_en=demo.name, acronym=demo.acronym, head_title_en=demo.head,
            function_en=demo.function, email=demo.email, website=demo.website, other_names=demo.other_names, order=order,
        )
        if unit is None:
            # A new unit takes its demo parent; an existing one keeps where editors moved it.
            unit = Unit(slug=demo.slug, parent=by_slug.get(demo.parent), **fields)
        else:
            for name, value in fields.items():
                setattr(unit, name, value)
        unit.full_clean()
        unit.save()
        by_slug[demo.slug] = unit
    return len(by_slug)


def _module(number: int) -> Module:
    title, intro = MODULES[number]
    module, _ = Module.objects.update_or_create(
        number=number, defaults={"title_en": title, "intro_en": intro, "content_pending": number != 1}
    )
    return module


def _links(section: Section, links) -> None:
    kinds = {"website": LinkKind.WEBSITE, "document": LinkKind.DOCUMENT, "video": LinkKind.VIDEO}
    keep = []
    for order, link in enumerate(links):
        obj, _ = SectionLink.objects.update_or_create(
            section=section, url=link.url,
            defaults={"kind": kinds[link.kind], "label_en": link.label, "duration": link.duration, "order": order},
        )
        keep.append(obj.pk)
    SectionLink.objects.filter(section=section).exclude(pk__in=keep).delete()


def _module_one(module: Module) -> int:
    units = {u.slug: u for u in Unit.objects.all()}
    parsed = read_module(1)
    for order, src in enumerate(parsed):
        body, _ = repair_text(src.body)  # stored repaired; repairing again costs nothing and guards edits
        section = services.section_upsert(
            actor=None, module=module, number=src.number, order=order * 10,
            fields={"title_en": src.title, "body_en": body, "why_en": src.why, "numbered_in_source": src.numbered,
                    "content_pending": src.pending},
            units=[units[s] for s in src.units], charts=[units[s] for s in src.charts],
        )
        _links(section, src.links)
    return len(parsed)


def _pending_sections(module: Module) -> int:
    for order, (number, title) in enumerate(PENDING_SECTIONS.get(module.number, [])):
        services.section_upsert(
            actor=None, module=module, number=number, order=order * 10,
            fields={"title_en": title, "content_pending": True, "numbered_in_source": True},
        )
    return len(PENDING_SECTIONS.get(module.number, []))


def _questions(module: Module) -> int:
    rows = QUESTIONS.get(module.number, [])
    for order, (source, kind, text, choices, explanation) in enumerate(rows):
        question, _ = Question.objects.update_or_create(
            module=module, order=order,
            defaults={"kind": kind, "text_en": text, "explanation_en": explanation,
                      "source_section": Section.objects.get(module__number=1, number=source)},
        )
        # Where the right answer sits varies from question to question (the source lists it first).
        shift = (order * 3 + len(text)) % len(choices)
        rotated = choices[shift:] + choices[:shift]
        for position, (choice_text, correct) in enumerate(rotated):
            Choice.objects.update_or_create(
                question=question, order=position, defaults={"text_en": choice_text, "is_correct": correct}
            )
        Choice.objects.filter(question=question, order__gte=len(rotated)).delete()
    Question.objects.filter(module=module, order__gte=len(rows)).delete()
    return len(rows)


@transaction.atomic
def load_eguide() -> dict[str, int]:
    """Loads (or refreshes) everything; returns counts."""
    counts = {"units": _units(), "sections": 0, "questions": 0}
    modules = {n: _module(n) for n in MODULES}
    counts["sections"] += _module_one(modules[1])
    for number in (2, 3, 4, 5):
        counts["sections"] += _pending_sections(modules[number])
    # Module One's references to Modules Two to Four were loaded before their targets existed.
    for section in Section.objects.filter(module__number=1):
        services.section_references_refresh(section=section)
    for module in modules.values():
        counts["questions"] += _questions(module)
    return counts
