"""The training admin opens for editors and stays closed to focal points."""

import pytest

from pkhub.training.tests.factories import EditorFactory, NominationFactory, StateFocalPointFactory

pytestmark = pytest.mark.django_db
MODELS = ("partner", "course", "session", "nomination", "institution", "recognition")


@pytest.mark.parametrize("model", MODELS)
def test_editor_opens_each_training_admin_list_and_add_form(client, model):
    NominationFactory()
    client.force_login(EditorFactory())
    assert client.get(f"/en/admin/training/{model}/").status_code == 200
    assert client.get(f"/en/admin/training/{model}/add/").status_code == 200


def test_focal_point_cannot_open_the_training_admin(client):
    """Even with staff status and a second factor, a focal point gets no training admin page."""
    from pkhub.accounts.tests.factories import with_authenticator

    client.force_login(with_authenticator(StateFocalPointFactory(is_staff=True)))
    assert client.get("/en/admin/training/nomination/").status_code == 403
