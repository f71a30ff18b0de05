"""Module One in full: its sections, no extraction damage left, cross-references that work."""

import re

import pytest
from django.urls import reverse

from pkhub.core.languages import CONTENT_LANGUAGES, ui_language
from pkhub.eguide.models import Choice, CrossReference, Module, Question, Section, SectionLink, Unit
from pkhub.eguide.rendering import find_references, render_body
from pkhub.eguide.sources import read_module
from pkhub.ingest.repair import damage_ratio

pytestmark = pytest.mark.django_db

# Code points the two kinds of PDF damage produce and real text of the six languages never holds
# in Latin words: the shifted-letter punctuation (Latin Extended-B) and the glyph-id quotes.
DAMAGE_MARKS = re.compile("[\u021f-\u024f\u03ac\u03ad\u03a9\u0140-\u01ff]")


def _all_eguide_texts():
    fields = {
        Module: ("title", "intro"), Section: ("title", "body", "why"), SectionLink: ("label",),
        Unit: ("name", "function", "head_title"), Question: ("text", "explanation"), Choice: ("text",),
    }
    for model, names in fields.items():
        for obj in model.objects.all():
            for name in names:
                for lang in CONTENT_LANGUAGES:
                    value = getattr(obj, f"{name}_{ui_language(lang).replace('-', '_')}") or ""
                    if value:
                        yield f"{model.__name__} {obj.pk} {name}_{lang}", value


def test_no_extraction_damage_is_left_in_any_eguide_text(eguide):
    """Every text of the e-Guide in the database reads clean: no shifted letters, no broken quotes."""
    texts = list(_all_eguide_texts())
    assert len(texts) > 300
    damaged = [where for where, value in texts if damage_ratio(value) > 0]
    marks = [where for where, value in texts if DAMAGE_MARKS.search(value)]
    assert damaged == [] and marks == []


def test_module_one_holds_the_real_sections_of_the_source(eguide):
    """The numbered headings of the source are sections, nested under their parents."""
    numbers = set(Section.objects.filter(module__number=1).values_list("number", flat=True))
    assert {"1.1", "1.2", "1.2.1", "1.3", "1.3.1"} <= numbers
    its = Section.objects.get(module__number=1, title_en="Integrated Training Service")
    assert its.parent.title_en == "Policy, Evaluation and Training Division"
    assert Section.objects.get(module__number=1, number="1.2.1").parent.number == "1.2"
    body = " ".join(Section.objects.filter(module__number=1).values_list("body_en", flat=True))
    # Sentences the source damaged read whole again.
    assert "the Charter's commitment to save succeeding generations" in body
    assert 'promoting a "whole of pillar" approach to our work' in body
    assert "Multilateral diplomatic action" in Section.objects.get(number="1.3.1.1.1").body_en


def test_modules_two_to_five_exist_with_the_sections_module_one_names(eguide):
    """Each module exists; the sections Module One refers to exist too, marked content to come."""
    assert list(Module.objects.values_list("number", flat=True)) == [1, 2, 3, 4, 5]
    for module, number in [(2, "2.2.9"), (2, "2.2.5"), (3, "3.5"), (4, "4.1"), (4, "4.5.2")]:
        section = Section.objects.get(module__number=module, number=number)
        assert section.content_pending


def test_every_cross_reference_of_module_one_is_a_working_link(eguide, client):
    """Each reference in Module One's text is a link to the section it names, and that page opens."""
    refs = CrossReference.objects.filter(section__module__number=1)
    assert refs.count() >= 10
    expected = set()
    for section in Section.objects.filter(module__number=1):
        expected |= {(r.module, r.number) for r in find_references(section.body_en)}
    assert expected == {(r.target_module, r.target_number) for r in refs}
    for ref in refs.select_related("section__module", "target__module"):
        assert ref.target is not None, ref
        page = client.get(ref.section.get_absolute_url()).content.decode()
        assert f'href="{ref.target.get_absolute_url()}"' in page
        assert client.get(ref.target.get_absolute_url()).status_code == 200


def test_a_reference_to_a_missing_section_is_plain_text_and_an_editors_warning(eguide, client, django_user_model):
    """Readers see no dead link; editors see the reference in their report and on the page."""
    from pkhub.eguide import services
    from pkhub.eguide.tests.factories import EditorFactory

    section = Section.objects.get(module__number=1, number="1.2")
    section.body_en += "\n\n\u212e For the history of peacekeeping, go to Module 2-Section 2.9.9"
    section.save()
    services.section_after_change(section=section)
    page = client.get(section.get_absolute_url()).content.decode()
    assert "Module 2-Section 2.9.9" in page and "/2/2.9.9/" not in page
    assert client.get(reverse("eguide:references")).status_code in (302, 403)
    client.force_login(EditorFactory())
    report = client.get(reverse("eguide:references")).content.decode()
    assert "Module 2-Section 2.9.9" in report
    editor_page = client.get(section.get_absolute_url()).content.decode()
    assert "refers to sections that do not exist yet" in editor_page and "/2/2.9.9/" not in editor_page


def test_adding_the_missing_section_turns_the_reference_into_a_link(eguide, client):
    """A reference waiting for its target becomes a link as soon as an editor adds the section."""
    from pkhub.eguide import services

    section = Section.objects.get(module__number=1, number="1.2")
    section.body_en += "\n\nSee Module 3, Section 3.9 for more."
    section.save()
    services.section_after_change(section=section)
    assert CrossReference.objects.get(section=section, target_number="3.9").target is None
    target = services.section_upsert(actor=None, module=Module.objects.get(number=3), number="3.9", order=99,
                                     fields={"title_en": "Something new"})
    assert CrossReference.objects.get(section=section, target_number="3.9").target == target
    assert f'href="{target.get_absolute_url()}"' in client.get(section.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "text,expected",
    [
        ("go to Module 2-Section 2.2.9", (2, "2.2.9")),
        ("read about in Module 2-Section 2.2.4, or", (2, "2.2.4")),
        ("see Module 4 - Section 4.5.2.", (4, "4.5.2")),
        ("see Module 3, Section 3.5", (3, "3.5")),
        ("as Section 1.2.1 explains", (1, "1.2.1")),
    ],
)
def test_references_are_found_in_every_form_the_source_uses(text, expected):
    """The forms of reference in the e-Guide's text are all recognised."""
    assert [(r.module, r.number) for r in find_references(text)] == [expected]


def test_text_markup_is_escaped_before_links_are_added():
    """An editor's text cannot inject markup; addresses become links."""
    blocks = render_body('<script>x</script> write to its@un.org or https://un.org/a?b=1&c=2.', {})
    html = str(blocks[0].html)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'href="mailto:its@un.org"' in html and 'href="https://un.org/a?b=1&amp;c=2"' in html


def test_loading_the_demo_twice_changes_nothing(eguide):
    """loaddemo_eguide is idempotent: same rows, same ids."""
    from django.core.management import call_command

    before = (Section.objects.count(), Unit.objects.count(), Question.objects.count(),
              sorted(Choice.objects.values_list("pk", flat=True)))
    call_command("loaddemo_eguide", verbosity=0)
    after = (Section.objects.count(), Unit.objects.count(), Question.objects.count(),
             sorted(Choice.objects.values_list("pk", flat=True)))
    assert before == after


def test_every_question_is_answerable_from_its_source_section(eguide):
    """Ten questions per module, each keeping the section whose text answers it."""
    for module in Module.objects.all():
        questions = Question.objects.filter(module=module)
        assert questions.count() == 10
        assert {q.kind for q in questions} == {"single", "multiple"}
        for question in questions:
            assert question.source_section is not None
            assert question.choices.filter(is_correct=True).exists()
            right = " ".join(question.choices.filter(is_correct=True).values_list("text_en", flat=True))
            words = set(re.findall(r"[a-z]{6,}", f"{question.explanation_en} {right}".lower()))
            text = question.source_section.body_en.lower()
            assert sum(1 for w in words if w in text) >= 2, question.text_en


def test_the_source_file_parses_into_sections_with_units_that_exist(eguide):
    """Every unit and chart a section names in the content file is in the directory."""
    slugs = set(Unit.objects.values_list("slug", flat=True))
    for src in read_module(1):
        assert set(src.units) <= slugs and set(src.charts) <= slugs
