"""The requirements catalogue against the pledging guide's own text.

The expected counts are read from the copy of the guide in `content/`: the bullets of each section,
less the bullets that only introduce the ones under them or belong to another requirement (each
named below by its words, which must be in that section), plus the requirements the guide states
in prose. Nothing here comes from the catalogue modules.
"""

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import call_command

from pkhub.pledges.models import Ministerial, Requirement

GUIDE = (Path(__file__).parents[1] / "content" / "pledging_guide_berlin_2025.txt").read_text(encoding="utf-8")

# Section key and the heading it starts with in the guide's list of potential pledges.
HEADINGS = [
    ("uniformed", "Uniformed Capabilities"),
    ("integration", "Strategic and operational integration"),
    ("safety", "Safety and security of peacekeepers"),
    ("support", "Effective support operations"),
    ("climate", "Climate adaptation"),
    ("performance", "Performance Evaluation and Enhancing Responsiveness to Local Contexts"),
    ("conduct", "Conduct and Discipline"),
    ("environment", "Environment"),
    ("communications", "Strategic Communications"),
    ("wps", "Women, Peace and Security"),
    ("technology", "[Data-driven and technology-enabled peacekeeping](#)"),
    ("training", "Peacekeeping Training, Capacity Building, and Partnerships"),
]
# Bullets that are not requirements of their own.
NOT_REQUIREMENTS = {
    "uniformed": ["**Aviation units:** Well-equipped", "Countries that cannot provide these capabilities",
                  "With increasing threats from hostile UAS"],
    "environment": ["Contribute to the transition of UN Peace Operations to renewable energy through:"],
    "wps": ["- **Leadership**", "**Uniformed expertise:**", "22% of UNMEM and SOs", "12% of contingent troops",
            "25% of IPO", "15% of FPU", "30% of justice and corrections GPP", "- **Engagement platoons:**",
            "**Nominations to all positions and roles, in particular:**", "**Measures at the national level**",
            "**UN Secretariat women's pipelines and networks:**",
            "**Accommodations, facilities, infrastructure and equipment:**",
            "In accordance with the updated COE Manual that lists additional reimbursable items, provide",
            "**Medical:** To address the specific health needs of women",
            "- Elsie Initiative Fund for Uniformed Women in Peace Operations**"],
    "technology": ["Provide comprehensive data literacy training for peacekeeping personnel at all levels"],
    "training": ["Member States hosting training should provide at minimum", "Any additional support for international",
                 "Training activities span civilian, military, and police", "To enhance national capacity, Training of",
                 "- **Child Protection:**", "- **Civil Affairs Training:**", "**Priority areas (2025-2026):**",
                 "- **Training and Capacity-Building Information Sharing**"],
}
# Requirements stated in prose, or a second requirement inside one bullet.
PROSE_REQUIREMENTS = {
    "uniformed": ["Member States will be invited to pledge units for the", "host and provide support to conduct a RDL workshop",
                  "invest in **language skills of contingent personnel**", "key Force Headquarters staff officer positions",
                  "production and distribution of documentaries", "annual Corrections Officer Recruitment Exercise",
                  "United Nations Trailblazer Award", "**Medium utility helicopter units** (MUH) are one"],
    "integration": ["deployment of experts with planning and training expertise",
                    "Pledge to host and organize a workshop for mission military and civilian planners",
                    "design and delivery of strategic planning training modules"],
}


def guide_sections() -> dict[str, str]:
    lines = GUIDE.split("\n")
    starts = [max(i for i, line in enumerate(lines) if line == heading) for _, heading in HEADINGS]
    bounds = [*starts, len(lines)]
    return {key: "\n".join(lines[a:b]) for (key, _), a, b in zip(HEADINGS, bounds, bounds[1:])}


def expected_counts() -> dict[str, int]:
    counts = {}
    for key, text in guide_sections().items():
        bullets = [line for line in text.split("\n") if re.match(r"\s*- ", line)]
        for words in NOT_REQUIREMENTS.get(key, []) + PROSE_REQUIREMENTS.get(key, []):
            assert words in text, f"{words!r} is not in the guide's section {key}"
        counts[key] = len(bullets) - len(NOT_REQUIREMENTS.get(key, [])) + len(PROSE_REQUIREMENTS.get(key, []))
    return counts


@pytest.fixture
def berlin(db):
    call_command("loaddemo_pledges", verbosity=0)
    return Ministerial.objects.get(slug="berlin-2025")


def test_every_section_of_the_guide_has_as_many_requirements_as_the_guide_lists(berlin):
    """The demo catalogue holds, per section, the requirements counted in the guide's text."""
    loaded = Counter(Requirement.objects.filter(ministerial=berlin).values_list("section", flat=True))
    expected = expected_counts()
    assert dict(loaded) == expected
    assert sum(expected.values()) == 201


def test_each_requirement_starts_with_words_of_its_section_in_the_guide(berlin):
    """Every requirement can be found in the guide, in the section it is filed under."""
    sections = {key: text.replace("**", "") for key, text in guide_sections().items()}
    for requirement in Requirement.objects.filter(ministerial=berlin):
        assert requirement.source_quote in sections[requirement.section], requirement.code


def test_missions_quantities_and_targets_come_from_the_guide(berlin):
    """Missions, quantities and targets named by the guide are on the requirements."""
    rows = {r.title: r for r in Requirement.objects.filter(ministerial=berlin)}
    assert rows["All-terrain vehicles"].missions == ["UNMISS"]
    assert rows["Francophone international magistrates for the Special Criminal Court"].missions == ["MINUSCA"]
    experts = rows["Uniformed experts in information operations and data science"].missions
    assert set(experts) == {"MONUSCO", "MINUSCA", "UNMISS", "UNISFA", "UNFICYP", "UNIFIL"}
    assert rows["Situational awareness and GIS support to UNMOGIP"].missions == ["UNMOGIP"]
    assert rows["Engagement platoons with 50% women"].target == "50% women"
    assert rows["Host the 8th Partnership for Technology in Peacekeeping Symposium"].quantity == 1
    assert "22% UNMEM and SOs" in rows["Uniformed Gender Parity Strategy targets for 2025"].target
    kinds = Counter(Requirement.objects.filter(ministerial=berlin).values_list("kind", flat=True))
    # The nine priority translations of training packages, the EOD manuals, FMAC and RTP, and MDH materials.
    assert kinds["translation"] == 13


def test_berlin_timeline_and_deadline_are_the_guides(berlin):
    """Berlin: deadline 6 May 2025, the three preparatory meetings with their co-hosts, the implementation meeting."""
    import datetime

    assert berlin.submission_deadline == datetime.date(2025, 5, 6)
    assert berlin.host.iso3 == "DEU"
    meetings = [(m.city, m.starts_on, sorted(m.co_hosts.values_list("iso3", flat=True)))
                for m in berlin.preparatory_meetings.all()]
    assert meetings == [
        ("Montevideo", datetime.date(2024, 12, 10), ["GBR", "JPN", "URY"]),
        ("Jakarta", datetime.date(2025, 2, 4), ["BGD", "IDN", "NLD", "USA"]),
        ("Islamabad", datetime.date(2025, 4, 15), ["KOR", "PAK"]),
    ]
    assert "Use of technology" in berlin.preparatory_meetings.get(city="Islamabad").theme
    # "approximately six months after the Ministerial"
    assert 170 <= (berlin.implementation_meeting_on - berlin.ends_on).days <= 190
    assert Ministerial.objects.get(slug="accra-2023").starts_on < berlin.starts_on


def test_loading_the_demo_twice_changes_nothing(berlin):
    """loaddemo_pledges is idempotent and keeps what an officer edited."""
    requirement = Requirement.objects.get(ministerial=berlin, code="UC-01")
    requirement.title = "Edited by an officer"
    requirement.save()
    before = Requirement.objects.count()
    call_command("loaddemo_pledges", verbosity=0)
    assert Requirement.objects.count() == before
    assert Requirement.objects.get(pk=requirement.pk).title == "Edited by an officer"


TRANSLATED = ("ar", "zh_hans", "fr", "ru", "es")


def test_every_requirement_has_its_title_in_the_six_languages(berlin):
    """Titles and subheadings are the hub's own labels: each exists in every official language, and
    none of the five translations is the English left in place."""
    for requirement in Requirement.objects.filter(ministerial=berlin):
        titles = {lang: getattr(requirement, f"title_{lang}") for lang in TRANSLATED}
        assert all(titles.values()), (requirement.code, titles)
        assert requirement.title_en not in titles.values(), requirement.code
        if requirement.subsection_en:
            assert all(getattr(requirement, f"subsection_{lang}") for lang in TRANSLATED), requirement.code


def test_the_french_page_shows_the_french_title_and_says_the_guide_is_in_english(berlin, client):
    """The title is French; the guide's words stay English, marked lang="en", under a French note."""
    from django.utils import translation

    requirement = Requirement.objects.get(ministerial=berlin, code="UC-04")
    with translation.override("fr"):
        note = translation.gettext("Not yet translated: shown in English.")
    assert note != "Not yet translated: shown in English."
    page = client.get("/fr/pledging/berlin-2025/requirements/UC-04/").content.decode()
    assert f"<span>{requirement.title_fr}</span>" in page
    assert note in page
    assert f'<p lang="en">{requirement.description_en.splitlines()[0]}' in page


def test_loading_again_fills_a_blank_translation_and_keeps_an_edited_one(berlin):
    """A requirement loaded before its translation existed gets it on the next load; an officer's edit stays."""
    blank = Requirement.objects.get(ministerial=berlin, code="UC-03")
    edited = Requirement.objects.get(ministerial=berlin, code="UC-04")
    translations = json.loads((Path(__file__).parents[1] / "catalogue/translations/ru.json").read_text(encoding="utf-8"))
    expected_ru = translations["titles"]["UC-03"]
    Requirement.objects.filter(pk=blank.pk).update(title_ru="", subsection_ru="")
    Requirement.objects.filter(pk=edited.pk).update(title_ru="Правка сотрудника")
    call_command("loaddemo_pledges", verbosity=0)
    blank.refresh_from_db()
    edited.refresh_from_db()
    assert blank.title_ru == expected_ru and blank.subsection_ru
    assert edited.title_ru == "Правка сотрудника"
