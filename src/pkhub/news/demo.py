"""Demo news: the ITS update of seed 000 as a published issue, its news, the LAC conference and the
three preparatory meetings of the 2025 Berlin Ministerial (seed 003). Text as the sources have it;
other languages are left empty (pages fall back to English with a note). The issue's number and
date are not in the source: the issue is dated end of September 2023 (after the 11–12 September
conference it reports, before the 15 October survey deadline it announces)."""

import datetime

from django.db import transaction
from django.utils import timezone

from pkhub.accounts.models import MemberState
from pkhub.library import selectors as library_selectors
from pkhub.news.demo_issue import ISSUE_INTRO, ITEMS
from pkhub.news.models import Event, NewsItem, NewsletterIssue, NewsletterItem, NewsletterSection, SectionKind, Status

D = datetime.date
ISSUE_NUMBER = 1
ISSUE_DATE = D(2023, 9, 30)
# (slug, title, summary, published)
NEWS = [
    ("resource-hub-six-languages", "UN Peacekeeping Resource Hub is now available in all six official languages of the UN",
     "The updated UN Peacekeeping Resource Hub is online and now available to access by Member States in all six languages of the UN.", D(2023, 9, 28)),
    ("lcm-survey-2023-4", "Survey underway on Member State peacekeeping capacity-building activities",
     "The Light Coordination Mechanism (LCM) has circulated its fourth survey of 2023 on T/PCCs' participation in peacekeeping capacity-building activities, as providers and recipients. Deadline: 15 October 2023.", D(2023, 9, 28)),
    ("lcm-lessons-minusma", "Lessons learned from deployment in MINUSMA",
     "The LCM invites Member States' peacekeeping training centres to share lessons learned, good practices and innovations from their preparations for and deployments in UN peace operations, in particular in MINUSMA.", D(2023, 9, 28)),
    ("lac-independent-study", "Independent study on contributions of Latin America and the Caribbean (LAC) to UN peace operations",
     "Commissioned by the LCM, the study analyses regional contributions to peacekeeping and recommends how to enhance participation from the LAC region. Available on request.", D(2023, 9, 28)),
    ("deployment-review-digital-toolkit", "Deployment Review Digital Toolkit",
     "A mobile application to collect and share best practices related to uniformed capabilities, with a lessons-learned methodology for T/PCCs. It does not collect user data.", D(2023, 9, 28)),
]

# (slug, title, body, start, end, city, country, co-hosts)
EVENTS = [
    ("lac-conference-2023", "Second Latin American and Caribbean (LAC) conference on UN Peace Operations",
     "With technical and financial support from the Light Coordination Mechanism. The conference resulted in a declaration as well as the constitutive statute of the LAC Regional Network in the field of peacekeeping operations.",
     D(2023, 9, 11), D(2023, 9, 12), "Buenos Aires", "ARG", []),
    ("berlin-2025-prep-montevideo", "Preparatory meeting on Capacity-building, Partnerships and the Future of Peacekeeping",
     "The first preparatory meeting of the 2025 Berlin UN Peacekeeping Ministerial. Discussions focused on the need for flexible, inclusive, and well-coordinated training initiatives, capacities for proactive scenario and contingency planning, and greater efforts to create safe, respectful, and enabling environments for all peacekeepers, particularly women.",
     D(2024, 12, 10), D(2024, 12, 11), "Montevideo", "URY", ["JPN", "GBR", "URY"]),
    ("berlin-2025-prep-jakarta", "Preparatory meeting on the Future of Peacekeeping, New Models and Related Capabilities",
     "The second preparatory meeting of the 2025 Berlin UN Peacekeeping Ministerial, focused on the future of UN peacekeeping and key elements of the independent study, including on capabilities and success factors highlighted in the study.",
     D(2025, 2, 4), D(2025, 2, 5), "Jakarta", "IDN", ["BGD", "IDN", "NLD", "USA"]),
    ("berlin-2025-prep-islamabad", "Towards a safer and more effective peacekeeping: Use of technology and Integrated approach",
     "The third and final preparatory meeting of the 2025 Berlin UN Peacekeeping Ministerial, focusing on safety and security, technology, the role of regional organizations, partnerships and performance for more effective peacekeeping, as well as peacekeeping, prevention and peacebuilding.",
     D(2025, 4, 15), D(2025, 4, 16), "Islamabad", "PAK", ["PAK", "KOR"]),
]


def _noon(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)))


def _link(target: str) -> str:
    if not target or target.startswith("/"):
        return target
    resource = library_selectors.resource_visible(user=None).filter(slug=target).first()
    return f"/en/resources/{target}/" if resource is None else resource.get_absolute_url()


@transaction.atomic
def demo_load() -> dict[str, int]:
    """Creates or updates the demo rows; running it again changes nothing."""
    from django.utils import translation

    created = {"news": 0, "events": 0, "issues": 0}
    for slug, title, summary, day in NEWS:
        _item, new = NewsItem.objects.update_or_create(slug=slug, defaults={
            "title_en": title, "summary_en": summary, "status": Status.PUBLISHED, "published_at": _noon(day)})
        created["news"] += new
    states = {s.iso3: s for s in MemberState.objects.all()}
    for slug, title, body, start, end, city, country, hosts in EVENTS:
        event, new = Event.objects.update_or_create(slug=slug, defaults={
            "title_en": title, "body_en": body, "start_date": start, "end_date": end, "city_en": city,
            "country": states.get(country), "status": Status.PUBLISHED})
        event.co_hosts.set([states[h] for h in hosts if h in states])
        created["events"] += new
    issue, new = NewsletterIssue.objects.update_or_create(number=ISSUE_NUMBER, defaults={
        "date": ISSUE_DATE, "intro_en": ISSUE_INTRO, "status": Status.PUBLISHED, "published_at": _noon(ISSUE_DATE)})
    created["issues"] += new
    issue.sections.all().delete()  # rebuilt each time, so the issue is exactly the source's
    sections = {kind: NewsletterSection.objects.create(issue=issue, kind=kind) for kind, _label in SectionKind.choices}
    with translation.override("en"):
        for position, (kind, title, body, target, languages) in enumerate(ITEMS):
            NewsletterItem.objects.create(section=sections[kind], position=position, title_en=title, body_en=body,
                                          link=_link(target), languages=languages)
    return created
