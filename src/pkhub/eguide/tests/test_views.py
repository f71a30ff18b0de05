"""Reading the e-Guide: home with progress, table of contents one click away, previous/next,
English-fallback note, search through the hub's language analysis, the e-learning catalogue."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from pkhub.eguide.models import Section
from pkhub.eguide import services
from pkhub.eguide.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_every_section_page_links_to_its_table_of_contents_and_neighbours(eguide, client):
    """Each section page has a TOC link; previous and next follow the reading order."""
    sections = list(Section.objects.filter(module__number=1).order_by("order"))
    for i, section in enumerate(sections[:12]):
        html = client.get(section.get_absolute_url()).content.decode()
        assert 'href="/en/e-guide/1/#toc"' in html
        if i:
            assert f'rel="prev" href="{sections[i - 1].get_absolute_url()}"' in html
        assert f'rel="next" href="{sections[i + 1].get_absolute_url()}"' in html


def test_a_section_not_translated_says_it_is_shown_in_english(eguide, client):
    """French readers get a visible note and the text marked lang=en; translated text drops the note."""
    url = "/fr/e-guide/1/1.2/"
    html = client.get(url).content.decode()
    assert 'lang="en"' in html and "note" in html
    section = Section.objects.get(module__number=1, number="1.2")
    section.body_fr = "Le Département des opérations de paix (DPO) aide les États Membres."
    section.save()
    html = client.get(url).content.decode()
    assert "Le Département des opérations de paix" in html and '<div lang="en"' not in html


def test_external_links_and_videos_are_shown_as_such(eguide, client):
    """A video link says it is a video and its length; websites are marked external."""
    html = client.get("/en/e-guide/1/1.2.1.1.1/").content.decode()
    assert "https://youtu.be/N73B5-p5r_c" in html and "Video" in html and "9:56" in html
    assert "(external site)" in html


def test_search_finds_sections_by_stemmed_words_in_any_language(eguide, client):
    """'mines' finds the Mine Action Service; a French section is found by its French words."""
    html = client.get(reverse("eguide:search"), {"q": "mines"}).content.decode()
    assert "UN Mine Action Service" in html
    section = Section.objects.get(module__number=1, number="1.2.1.5.4")
    section.body_fr = "Le Service intégré de formation est le centre responsable de la formation au maintien de la paix."
    section.save()
    services.section_index(section=section)
    html = client.get("/fr/e-guide/search/", {"q": "formations maintien"}).content.decode()
    assert section.get_absolute_url().replace("/en/", "/fr/") in html


@pytest.mark.parametrize("q", ["", " ", "%", "' OR 1=1 --", "a" * 5000, "\x00", "-mine", "\"mine action\""])
def test_odd_searches_never_fail(eguide, client, q):
    """Empty, hostile or huge queries answer 200."""
    assert client.get(reverse("eguide:search"), {"q": q}).status_code == 200


def test_the_home_page_shows_progress_to_signed_in_users(eguide, client):
    """A signed-in reader sees how many self-assessments she has passed; the e-learning list is linked."""
    user = UserFactory()
    module = services.Module.objects.get(number=1)
    answers = {q.pk: [c.pk for c in q.choices.all() if c.is_correct] for q in module.questions.all()}
    services.attempt_submit(actor=user, module=module, answers=answers)
    client.force_login(user)
    html = client.get(reverse("eguide:home")).content.decode()
    assert "1 of 5 self-assessments passed" in html
    assert "?kind=elearning" in html


def test_the_elearning_catalogue_of_the_library_holds_the_courses(eguide, settings, tmp_path, client):
    """After loaddemo the library lists the seven e-learning courses the home page links to."""
    from pkhub.library.models import Resource

    settings.MEDIA_ROOT = tmp_path
    call_command("loaddemo", verbosity=0)
    assert Resource.objects.filter(kind="elearning").count() >= 7


@pytest.mark.parametrize("url", ["/en/e-guide/1/9.9/", "/en/e-guide/7/", "/en/e-guide/1/1..2/", "/en/e-guide/1/abc/"])
def test_unknown_pages_are_not_found(eguide, client, url):
    assert client.get(url).status_code == 404


def test_every_page_opens_in_arabic_and_chinese(eguide, client):
    """Pages of each kind render in right-to-left Arabic and in Chinese."""
    for lang in ("ar", "zh-hans"):
        for path in ("e-guide/", "e-guide/1/", "e-guide/1/1.1/", "e-guide/directory/", "e-guide/directory/dpo/", "e-guide/1/assessment/"):
            assert client.get(f"/{lang}/{path}").status_code == 200, (lang, path)


def test_the_hub_search_page_lists_the_e_guide_sections_that_match(eguide, client):
    """One search box: the library's search page shows the e-Guide sections matching the query, with a
    link to all of them; a query the e-Guide does not hold shows no e-Guide block."""
    html = client.get("/en/search/", {"q": "mine action"}).content.decode()
    section = Section.objects.filter(title_en__icontains="Mine Action").first()
    assert "In the induction e-Guide" in html
    assert section.get_absolute_url() in html
    # The same sections as the e-Guide's own search, the first three; the link when there are more.
    own = client.get(reverse("eguide:search"), {"q": "mine action"}).content.decode().count("<li><h2>")
    assert html.count("<li><h3><a href=\"/en/e-guide/") == min(own, 3)
    assert ("Every e-Guide section that matches" in html) == (own > 3)
    nothing = client.get("/en/search/", {"q": "zzzqqxnotaword"}).content.decode()
    assert "In the induction e-Guide" not in nothing
