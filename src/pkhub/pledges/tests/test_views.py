"""Pages, API, exports and RSS: no state sees or changes another state's unannounced pledges."""

import pytest
from django.urls import reverse

from pkhub.pledges.choices import Category, PledgeStatus
from pkhub.pledges.models import Pledge
from pkhub.pledges.tests.factories import PledgeFactory, UnitFactory, state


@pytest.fixture
def french_draft(ministerial, requirement):
    return PledgeFactory(ministerial=ministerial, lead_state=state("FRA"), title="Secret French engineers",
                         reference="TEST-2026-FRA-001", requirements=[requirement])


@pytest.fixture
def announced(ministerial, requirement):
    return PledgeFactory(ministerial=ministerial, lead_state=state("GHA"), title="Announced Ghanaian hospital",
                         reference="TEST-2026-GHA-001", status=PledgeStatus.ANNOUNCED, requirements=[requirement])


def every_view_of(client, ministerial, pledge) -> dict[str, bytes]:
    """What a client gets from every place a pledge can show up."""
    urls = {
        "list": reverse("pledges:pledges", args=[ministerial.slug]),
        "detail": reverse("pledges:pledge", args=[pledge.reference]),
        "requirement": reverse("pledges:requirement", args=[ministerial.slug, "UC-99"]),
        "csv": reverse("pledges:pledges-export", args=[ministerial.slug, "csv"]),
        "docx": reverse("pledges:pledge-form", args=[ministerial.slug, pledge.lead_state.iso3]),
        "slide": reverse("pledges:pledge-slide", args=[pledge.reference]),
        "feed": reverse("pledges:feed", args=[ministerial.slug]),
        "api": f"/api/v1/pledges?ministerial={ministerial.slug}",
        "api-one": f"/api/v1/pledges/{pledge.reference}",
    }
    return {name: client.get(url) for name, url in urls.items()}


def _docx_text(content: bytes) -> str:
    import io

    from docx import Document

    document = Document(io.BytesIO(content))
    return "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)


def test_another_state_never_sees_an_unannounced_pledge_anywhere(client, ghana, ministerial, french_draft, announced):
    """Ghana's focal point: pages, API, exports and RSS hold no trace of France's draft."""
    client.force_login(ghana)
    seen = every_view_of(client, ministerial, french_draft)
    assert seen["detail"].status_code == 404 and seen["slide"].status_code == 404
    assert seen["api-one"].status_code == 404
    for name in ("list", "requirement", "csv", "feed", "api"):
        assert seen[name].status_code == 200, name
        assert b"Secret French engineers" not in seen[name].content, name
    assert "Secret French engineers" not in _docx_text(seen["docx"].content)
    assert b"Announced Ghanaian hospital" in seen["list"].content


def test_the_own_state_sees_its_draft_on_pages_and_exports_but_not_in_public_feeds(client, france, ministerial,
                                                                                    french_draft):
    """France's focal point sees its draft on the pages, the CSV and its form; the API and RSS stay public only."""
    client.force_login(france)
    seen = every_view_of(client, ministerial, french_draft)
    for name in ("list", "detail", "csv", "slide"):
        assert seen[name].status_code == 200, name
    assert b"Secret French engineers" in seen["list"].content
    assert "Secret French engineers" in _docx_text(seen["docx"].content)
    assert b"Secret French engineers" not in seen["feed"].content
    assert b"Secret French engineers" not in seen["api"].content


def test_visitors_see_announced_pledges_only(client, ministerial, french_draft, announced):
    """Without an account: the announced pledge is public; the draft is a 404."""
    seen = every_view_of(client, ministerial, announced)
    for name in ("list", "detail", "csv", "feed", "api", "api-one", "slide"):
        assert b"Announced Ghanaian hospital" in seen[name].content or name == "slide", name
        assert b"Secret French engineers" not in seen[name].content, name
    assert client.get(reverse("pledges:pledge", args=[french_draft.reference])).status_code == 404
    assert seen["api"].json()["count"] == 1


def test_another_state_cannot_edit_or_submit_through_the_pages(client, ghana, french_draft):
    """Posting to France's pledge as Ghana changes nothing."""
    client.force_login(ghana)
    edit = client.post(reverse("pledges:pledge-edit", args=[french_draft.reference]),
                       {"title": "Taken", "description": "x", "category": "uniformed", "revision": 1})
    submit = client.post(reverse("pledges:pledge-action", args=[french_draft.reference, "submit"]))
    assert edit.status_code == 404 and submit.status_code == 404
    french_draft.refresh_from_db()
    assert french_draft.title == "Secret French engineers" and french_draft.status == PledgeStatus.DRAFT


def test_a_focal_point_cannot_validate_or_announce_through_the_pages(client, france, ministerial, french_draft):
    """The validate and announce buttons are not there, and posting them is refused."""
    Pledge.objects.filter(pk=french_draft.pk).update(status=PledgeStatus.SUBMITTED)
    client.force_login(france)
    page = client.get(reverse("pledges:pledge", args=[french_draft.reference]))
    assert b"Validate" not in page.content
    for action in ("validate", "announce"):
        response = client.post(reverse("pledges:pledge-action", args=[french_draft.reference, action]))
        assert response.status_code == 403
    assert Pledge.objects.get(pk=french_draft.pk).status == PledgeStatus.SUBMITTED


def test_a_state_cannot_set_a_pcrs_level_through_the_page(client, france):
    """Posting a level for its own unit is refused; other states' units are not found."""
    own = UnitFactory(state=state("FRA"))
    other = UnitFactory(state=state("GHA"))
    client.force_login(france)
    assert client.get(reverse("pledges:unit", args=[other.pk])).status_code == 404
    response = client.post(reverse("pledges:unit", args=[own.pk]), {"level": "1", "revision": own.revision})
    assert response.status_code == 403
    own.refresh_from_db()
    assert own.level == ""
    assert b"Change the PCRS level" not in client.get(reverse("pledges:unit", args=[own.pk])).content


def test_an_officer_moves_a_unit_to_level_2_with_the_visit_date(client, officer):
    """The officer's form records the assessment visit; the history shows it."""
    unit = UnitFactory(level="1")
    client.force_login(officer)
    response = client.post(reverse("pledges:unit", args=[unit.pk]), {
        "level": "2", "assessment_visit_on": "2026-01-15", "revision": unit.revision}, follow=True)
    assert b"15 January 2026" in response.content
    unit.refresh_from_db()
    assert unit.level == "2"


def test_two_editors_of_one_pledge_over_http_the_second_is_refused_and_keeps_their_text(client, france,
                                                                                        french_draft):
    """Both forms carry revision 1: the second save shows a clear message, its text and the current pledge."""
    url = reverse("pledges:pledge-edit", args=[french_draft.reference])
    client.force_login(france)
    form = {"category": "uniformed", "title": "First editor's title", "description": "First.", "revision": 1,
            "requirements": [r.pk for r in french_draft.requirements.all()]}
    assert client.post(url, form).status_code == 302
    second = client.post(url, {**form, "title": "Second editor's title", "description": "Second."})
    assert second.status_code == 200
    assert b"Someone else changed this pledge" in second.content
    assert b"Second editor&#x27;s title" in second.content  # their text is still in the form
    assert b"First editor&#x27;s title" in second.content  # beside the pledge as it is now
    french_draft.refresh_from_db()
    assert french_draft.title == "First editor's title" and french_draft.description == "First."


def test_the_form_refuses_a_financial_contribution_only_with_the_guides_reason(client, france, ministerial):
    """Funding with no requirement asking for money is refused on the form, with the guide's words."""
    client.force_login(france)
    response = client.post(reverse("pledges:pledge-new", args=[ministerial.slug]), {
        "category": Category.FUNDING, "title": "Money", "description": "USD 1 million."})
    assert response.status_code == 200
    assert b"Requests for financial contributions are not covered in the pledging guide" in response.content
    assert not Pledge.objects.exists()


def test_bad_input_on_pages_and_api_never_fails(client, france, ministerial):
    """Odd parameters give empty results or 404, never a 500."""
    client.force_login(france)
    for url in [
        f"/api/v1/pledges?ministerial=nowhere", f"/api/v1/pledges?category=money", "/api/v1/pledges?state=" + "x" * 50,
        f"/api/v1/requirements?ministerial={ministerial.slug}&kind=bogus&q=" + "é" * 150,
        reverse("pledges:requirements", args=[ministerial.slug]) + "?section=nope&q=" + "x" * 5000,
        reverse("pledges:pledges-export", args=[ministerial.slug, "exe"]),
        reverse("pledges:pledge-form", args=[ministerial.slug, "ZZZ"]),
        reverse("pledges:pledge", args=["NOPE"]),
    ]:
        assert client.get(url).status_code in (200, 404, 422), url
    response = client.post(reverse("pledges:pledge-new", args=[ministerial.slug]), {
        "category": "uniformed", "title": "", "description": "", "quantity": "many", "requirements": ["abc"]})
    assert response.status_code == 200 and not Pledge.objects.exists()


def test_the_requirements_api_gives_coverage(client, ministerial, requirement, announced, french_draft):
    """Coverage counts pledges by stage; drafts are not counted as pledged."""
    data = client.get(f"/api/v1/requirements?ministerial={ministerial.slug}").json()
    row = next(r for r in data["results"] if r["code"] == "UC-99")
    assert row["coverage"] == {"pledged": 1, "validated": 1, "announced": 1, "fulfilled": 0}
    assert "Secret French" not in str(data)


def test_officers_see_the_catalogue_in_the_admin_and_focal_points_do_not(client, officer, france, requirement):
    """The pledges admin opens for capability officers only."""
    officer.is_staff = True
    officer.save()
    client.force_login(officer)
    assert client.get("/en/admin/pledges/requirement/").status_code == 200
    assert client.get("/en/admin/pledges/pledge/").status_code == 200
    client.force_login(france)
    assert client.get("/en/admin/pledges/requirement/").status_code in (302, 403)
