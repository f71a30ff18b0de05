"""The demo calendar holds the real sessions of the ITS update, as the text gives them."""

import datetime

import pytest
from django.core.management import call_command

from pkhub.training.models import CallStatus, Course, Institution, Session

pytestmark = pytest.mark.django_db
D = datetime.date


def _session(course, start):
    return Session.objects.select_related("venue_country", "host").prefetch_related("partners").get(course__slug=course, start_date=start)


def test_demo_holds_every_dated_session_of_the_its_update_with_its_real_dates():
    """Nine dated sessions, each on the dates the newsletter gives, plus FORPRO and UNIBAT in planning for 2024."""
    call_command("loaddemo_training", verbosity=0)
    dated = set(Session.objects.filter(start_date__isnull=False).values_list("course__slug", "start_date", "end_date"))
    assert dated == {
        ("unso-stm-review-workshop", D(2023, 10, 9), D(2023, 10, 20)),
        ("unso-pilot-course", D(2024, 2, 19), D(2024, 3, 8)),
        ("oplog-rtp-tot", D(2023, 10, 30), D(2023, 11, 10)),
        ("oplog-rtp-tot", D(2023, 11, 13), D(2023, 11, 24)),
        ("wmpoc", D(2023, 11, 6), D(2023, 11, 24)),
        ("wmpoc", D(2024, 3, 11), D(2024, 3, 29)),
        ("unpol-training-architecture", D(2023, 10, 3), D(2023, 10, 19)),
        ("fpu-command-staff-pilot", D(2023, 11, 27), D(2023, 12, 20)),
        ("nio-stm-tot", D(2024, 3, 11), D(2024, 3, 22)),
    }
    planned = set(Session.objects.filter(start_date__isnull=True).values_list("course__slug", "planned_year"))
    assert planned == {("forpro-rtp-tot", 2024), ("unibat-stm-tot", 2024)}


def test_demo_sessions_carry_venue_host_partners_language_and_call_status_as_written():
    """E.g. the francophone WMPOC in Senegal has an open call; OPLOG in Nepal has closed nominations."""
    call_command("loaddemo_training", verbosity=0)
    workshop = _session("unso-stm-review-workshop", D(2023, 10, 9))
    assert (workshop.venue_city, workshop.venue_country.iso3) == ("Entebbe", "UGA")
    assert {p.slug for p in workshop.partners.all()} == {"its", "oma"}
    assert workshop.regions == ["africa", "asia-pacific", "europe"]
    pilot = _session("unso-pilot-course", D(2024, 2, 19))
    assert pilot.host.iso3 == "SRB" and pilot.call_status == CallStatus.TO_BE_SENT and "November 2023" in pilot.call_note
    assert len(pilot.regions) == 5
    nepal = _session("oplog-rtp-tot", D(2023, 10, 30))
    assert nepal.host.iso3 == "NPL" and nepal.call_status == CallStatus.CLOSED and nepal.regions == ["asia-pacific"]
    peru = _session("oplog-rtp-tot", D(2023, 11, 13))
    assert peru.host.iso3 == "PER" and peru.regions == ["americas"] and "gpoi" in {p.slug for p in peru.partners.all()}
    senegal = _session("wmpoc", D(2023, 11, 6))
    assert senegal.languages == ["fr"] and senegal.call_status == CallStatus.OPEN and senegal.host.iso3 == "SEN"
    assert "un-women" in {p.slug for p in senegal.partners.all()}
    kenya = _session("wmpoc", D(2024, 3, 11))
    assert kenya.host.iso3 == "KEN" and kenya.call_status == CallStatus.TO_BE_SENT
    unpol = _session("unpol-training-architecture", D(2023, 10, 3))
    assert unpol.audiences == ["police"] and {p.slug for p in unpol.partners.all()} == {"its", "police-division", "unitar"}
    assert "Australia and United States" in unpol.participants
    brindisi = _session("fpu-command-staff-pilot", D(2023, 11, 27))
    assert (brindisi.venue_city, brindisi.venue_country.iso3, brindisi.languages) == ("Brindisi", "ITA", ["fr"])
    nio = _session("nio-stm-tot", D(2024, 3, 11))
    assert (nio.venue_city, nio.regions) == ("Entebbe", ["africa", "asia-pacific"])


def test_loaddemo_training_twice_changes_nothing():
    """Idempotent: the second run adds no row."""
    call_command("loaddemo_training", verbosity=0)
    counts = (Session.objects.count(), Course.objects.count(), Institution.objects.count())
    call_command("loaddemo_training", verbosity=0)
    assert (Session.objects.count(), Course.objects.count(), Institution.objects.count()) == counts


def test_demo_courses_have_titles_in_six_languages_and_link_the_library_packages(settings, tmp_path):
    """With the library's demo loaded, the OPLOG ToT teaches the OPLOG RTP; titles exist in all six languages."""
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path)}}}
    call_command("loaddemo", verbosity=0)
    call_command("loaddemo_training", verbosity=0)
    oplog = Course.objects.get(slug="oplog-rtp-tot")
    assert oplog.package.slug == "rtp-operational-logistics"
    assert Course.objects.get(slug="nio-stm-tot").package.slug == "stm-national-investigation-officers"
    for field in ("title_en", "title_fr", "title_es", "title_ru", "title_ar", "title_zh_hans"):
        assert getattr(oplog, field)


def test_demo_institutions_hold_no_personal_address():
    """PKTIs come with country and languages; no contact address of a person."""
    call_command("loaddemo_training", verbosity=0)
    kaiptc = Institution.objects.get(slug="kaiptc")
    assert kaiptc.country.iso3 == "GHA" and kaiptc.region == "africa"
    assert not Institution.objects.exclude(contact_email="").exists()


def test_calendar_page_lists_the_demo_sessions(client):
    """The public calendar shows the real sessions, e.g. the Brindisi FPU pilot and the Senegal WMPOC."""
    call_command("loaddemo_training", verbosity=0)
    page = client.get("/en/training/").content.decode()
    assert "Formed Police Unit Command Staff course (pilot)" in page
    assert "Women&#x27;s Military Peacekeeping Operations Course (WMPOC)" in page
    assert "Brindisi" in page and "In planning for 2024" in page
    french = client.get("/fr/training/").content.decode()
    assert "Cours sur les opérations de maintien de la paix pour les femmes militaires (WMPOC)" in french
