"""The directory: units from the public documents, organisation charts, moves with history."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from pkhub.eguide import services
from pkhub.eguide.models import Unit, UnitMove
from pkhub.eguide.orgchart import ChartNode, draw
from pkhub.eguide.tests.factories import EditorFactory, UnitFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_units_of_the_public_documents_are_in_the_directory(eguide):
    """DPO, DPPA, DOS, DMSPC, OMA, the Police Division, DPET with PBPS, ITS and its five teams."""
    acronyms = set(Unit.objects.exclude(acronym="").values_list("acronym", flat=True))
    assert {"DPO", "DPPA", "DOS", "DMSPC", "OMA", "PD", "DPET", "PBPS", "ITS", "MSST", "LMCT", "OROLSI", "UNMAS"} <= acronyms
    its = Unit.objects.get(acronym="ITS")
    assert its.parent.acronym == "DPET" and its.email == "peacekeeping-training@un.org"
    teams = its.children.all()
    assert teams.count() == 5
    other = " ".join(teams.values_list("other_names", flat=True))
    assert "Leadership and Management Training Team (LMTT)" in other  # the name on the training page (001)
    assert "Budget, finance and human resources team" in other
    assert Unit.objects.filter(name_en="Evaluation Team", parent__acronym="DPET").exists()
    # Heads are posts, never people.
    heads = " ".join(Unit.objects.values_list("head_title_en", flat=True))
    assert "Lacroix" not in heads and "DiCarlo" not in heads


def test_a_unit_page_shows_function_mailbox_chart_and_sections(eguide, client):
    """The ITS page: its function, its mailbox, an inline SVG chart linking to its teams, its e-Guide section."""
    html = client.get("/en/e-guide/directory/its/").content.decode()
    assert "mailto:peacekeeping-training@un.org" in html
    assert "<svg" in html and "<script" not in html
    assert 'href="/en/e-guide/directory/msst/"' in html
    assert 'href="/en/e-guide/1/1.2.1.5.4/"' in html


def test_sections_link_to_the_units_they_describe(eguide, client):
    """The ITS section links to the ITS unit page and draws its chart."""
    html = client.get("/en/e-guide/1/1.2.1.5.4/").content.decode()
    assert 'href="/en/e-guide/directory/its/"' in html and "<svg" in html


def test_the_chart_is_mirrored_and_set_right_to_left_in_arabic(eguide, client):
    """In Arabic the SVG says direction rtl and its first column moves to the right."""
    root = ChartNode("الإدارة", "/a/", [ChartNode("أ", "/b/", []), ChartNode("ب", "/c/", [])])
    ltr, rtl = str(draw(root)), str(draw(root, rtl=True))
    assert 'direction="rtl"' in rtl and 'direction="rtl"' not in ltr
    first_x = lambda svg: float(svg.split('<a class="unit" href="/b/"><rect x="')[1].split('"')[0])
    assert first_x(rtl) > first_x(ltr)
    page = client.get("/ar/e-guide/directory/dpo/").content.decode()
    assert 'dir="rtl"' in page and 'direction="rtl"' in page


def test_chart_labels_are_escaped():
    """A unit name cannot inject markup into the chart."""
    svg = str(draw(ChartNode("<script>alert(1)</script>", "/x/", [])))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_a_moved_unit_keeps_its_history(eguide, client):
    """Moving a team records where it was, shows it on the unit's page and in the audit trail."""
    from pkhub.core.models import AuditEntry

    editor = EditorFactory()
    team = Unit.objects.get(slug="pmt")
    services.unit_move(actor=editor, unit=team, parent=Unit.objects.get(slug="dpet"), note="Restructuring")
    team.refresh_from_db()
    assert team.parent.slug == "dpet"
    move = UnitMove.objects.get(unit=team)
    assert move.from_parent.slug == "its" and "Integrated Training Service" in move.from_parent_name
    assert AuditEntry.objects.filter(action="eguide.unit.move", object_id=str(team.pk)).exists()
    html = client.get("/en/e-guide/directory/pmt/").content.decode()
    assert "Restructuring" in html and "Integrated Training Service" in html


def test_a_unit_cannot_move_under_itself(eguide):
    """Moving DPET under one of its own teams is refused."""
    editor = EditorFactory()
    with pytest.raises(ValidationError):
        services.unit_move(actor=editor, unit=Unit.objects.get(slug="dpet"), parent=Unit.objects.get(slug="msst"))


def test_only_editors_move_units(eguide):
    """A plain user cannot move a unit."""
    with pytest.raises(PermissionDenied):
        services.unit_move(actor=UserFactory(), unit=Unit.objects.get(slug="pmt"), parent=None)


def test_only_editors_edit_the_eguide_in_the_admin(eguide, client):
    """The admin's e-Guide pages open for editors and not for other users."""
    url = reverse("admin:eguide_section_changelist")
    client.force_login(UserFactory(is_staff=True))
    assert client.get(url).status_code in (302, 403)
    client.force_login(EditorFactory())
    assert client.get(url).status_code == 200
    assert client.get(reverse("admin:eguide_unit_change", args=[Unit.objects.get(slug="its").pk])).status_code == 200


def test_moving_a_unit_in_the_admin_records_the_move(eguide, client):
    """Changing a unit's parent in the admin goes through the move service."""
    client.force_login(EditorFactory())
    team = Unit.objects.get(slug="msst")
    url = reverse("admin:eguide_unit_change", args=[team.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update({"parent": Unit.objects.get(slug="dpet").pk, "moves-TOTAL_FORMS": 0, "moves-INITIAL_FORMS": 0})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert UnitMove.objects.filter(unit=team).exists()


def test_unknown_unit_is_not_found(client, db):
    assert client.get("/en/e-guide/directory/no-such-unit/").status_code == 404


def test_the_api_lists_units_with_their_parents(eguide, client):
    """GET /api/v1/eguide/units answers with every unit and its parent's slug."""
    rows = client.get("/api/v1/eguide/units").json()
    by_slug = {r["slug"]: r for r in rows}
    assert by_slug["its"]["parent"] == "dpet" and by_slug["its"]["email"] == "peacekeeping-training@un.org"
    assert client.get("/api/v1/eguide/units/nope").status_code == 404
