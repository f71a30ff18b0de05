"""The audit trail in the admin and as CSV: administrators only, read-only, filterable, exportable."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from pkhub.accounts import roles
from pkhub.accounts.models import MemberState
from pkhub.accounts.tests.factories import AdministratorFactory, UserFactory, with_authenticator
from pkhub.core.audit import audit_record
from pkhub.core.models import AuditEntry

pytestmark = pytest.mark.django_db
URL = "/en/admin/core/auditentry/"


@pytest.fixture
def entries():
    actor = UserFactory(email="officer@un.example")
    ghana, kenya = MemberState.objects.get(iso3="GHA"), MemberState.objects.get(iso3="KEN")
    first = audit_record(actor=actor, action="pledge.validate", obj=ghana, changes={"status": ["submitted", "validated"]})
    AuditEntry.objects.filter(pk=first.pk).update(at=timezone.now() - datetime.timedelta(days=40))
    audit_record(actor=actor, action="nomination.accept", obj=kenya, changes={"note": "=HYPERLINK(\"http://x\")"})
    audit_record(actor=None, action="resource.publish", obj=kenya)
    return AuditEntry.objects.order_by("at")


def _staff(*role_names, **extra):
    user = with_authenticator(UserFactory(is_staff=True, **extra))
    for name in role_names:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def test_administrator_sees_the_trail(client, entries):
    """An administrator (role, not superuser) opens the list and an entry."""
    client.force_login(_staff(roles.ADMINISTRATOR))
    body = client.get(URL).content.decode()
    assert "pledge.validate" in body and "officer@un.example" in body
    assert client.get(f"{URL}{entries[0].pk}/change/").status_code == 200


@pytest.mark.parametrize("role", [roles.EDITOR, roles.CAPABILITY_OFFICER])
def test_other_staff_cannot_see_the_trail(client, entries, role):
    """Editors and capability officers get 403 and no 'audit trail' link."""
    client.force_login(_staff(role))
    assert client.get(URL).status_code == 403
    assert client.get(f"{URL}{entries[0].pk}/change/").status_code == 403
    assert "auditentry" not in client.get("/en/admin/").content.decode()


def test_nobody_adds_changes_or_deletes_entries_not_even_a_superuser(client, entries):
    """Add, change and delete are refused to a superuser; the rows are untouched."""
    client.force_login(AdministratorFactory())
    entry = entries[0]
    assert client.get(f"{URL}add/").status_code == 403
    assert client.post(f"{URL}{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    client.post(f"{URL}{entry.pk}/change/", {"action": "tampered"})
    response = client.post(URL, {"action": "delete_selected", "_selected_action": [e.pk for e in entries]})
    assert response.status_code in (200, 302)
    assert AuditEntry.objects.count() == 3
    assert AuditEntry.objects.get(pk=entry.pk).action == "pledge.validate"
    assert 'name="_save"' not in client.get(f"{URL}{entry.pk}/change/").content.decode()


def test_filter_by_action_type_and_date_and_search(client, entries):
    """Filters narrow by action, object type and date; search finds by actor and object."""
    client.force_login(AdministratorFactory())
    by_action = client.get(URL, {"action": "nomination.accept"}).context["cl"].result_count
    by_type = client.get(URL, {"object_type": "accounts.memberstate"}).context["cl"].result_count
    since = (timezone.now() - datetime.timedelta(days=7)).date().isoformat()
    by_date = client.get(URL, {"at__gte": since}).context["cl"].result_count
    by_actor = client.get(URL, {"q": "officer@"}).context["cl"].result_count
    by_object = client.get(URL, {"q": "Ghana"}).context["cl"].result_count
    assert (by_action, by_type, by_date, by_actor, by_object) == (1, 3, 2, 2, 1)


def test_csv_export_action_downloads_the_selected_entries(client, entries):
    """The export action returns a CSV attachment with a header and one row per entry."""
    client.force_login(AdministratorFactory())
    response = client.post(URL, {"action": "export_csv", "_selected_action": [e.pk for e in entries]})
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][0].startswith("when") and len(rows) == 4
    assert rows[1][2] == "pledge.validate" and rows[3][1] == "system"


def test_csv_neutralises_spreadsheet_formulas(entries):
    """A value that a spreadsheet would run as a formula is written as text."""
    out = io.StringIO()
    call_command("audit_export", stdout=out)
    assert "'{" not in out.getvalue()  # JSON starts with {, untouched
    row = [r for r in csv.reader(io.StringIO(out.getvalue())) if r[2] == "nomination.accept"][0]
    assert "HYPERLINK" in row[6]
    out = io.StringIO()
    audit_record(actor=None, action="=cmd", obj=MemberState.objects.get(iso3="GHA"))
    call_command("audit_export", stdout=out)
    assert "'=cmd" in out.getvalue()


def test_audit_export_command_respects_since(tmp_path, entries):
    """`audit_export --since` leaves out older entries; `--output` writes a file."""
    since = (timezone.now() - datetime.timedelta(days=7)).date().isoformat()
    target = tmp_path / "audit.csv"
    call_command("audit_export", "--since", since, "--output", str(target))
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert len(rows) == 3 and {r[2] for r in rows[1:]} == {"nomination.accept", "resource.publish"}


def test_audit_export_refuses_a_bad_date():
    """A malformed --since is a clear command error, not a traceback."""
    from django.core.management.base import CommandError

    with pytest.raises((CommandError, SystemExit)):
        call_command("audit_export", "--since", "yesterday")
