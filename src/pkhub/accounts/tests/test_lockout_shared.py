"""The failed-sign-in limit holds across web workers: the counters live in the shared cache.

Each step runs in its own process, as gunicorn's workers are: a per-process cache would let an
attacker who is spread over the workers try five passwords per worker.
"""

import os

import pytest

from pkhub.core.tests.processes import file_hub_env, manage

pytestmark = pytest.mark.skipif(os.environ.get("DATABASE_URL", "").startswith("postgres"),
                                reason="runs its own hub on an SQLite file")

SIGN_IN = """
from django.test import Client
client = Client(HTTP_HOST="localhost")
response = client.post("/en/accounts/login/", {{"login": "guard@example.org", "password": {password!r}}},
                       REMOTE_ADDR="10.0.0.{ip}")
print("signed-in" if "_auth_user_id" in client.session else response.content.decode())
"""


def _sign_in_in_new_process(env, password, ip):
    return manage(env, "shell", "-c", SIGN_IN.format(password=password, ip=ip)).stdout


def test_five_failures_spread_over_workers_lock_the_account_in_every_worker(tmp_path):
    """Five wrong passwords, each in another process: the right one is then refused in a sixth."""
    env = file_hub_env(tmp_path)
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "shell", "-c",
           "from pkhub.accounts.tests.factories import UserFactory, with_verified_email; "
           "with_verified_email(UserFactory(email='guard@example.org', password='a long test password'))")

    for attempt in range(5):
        assert "not correct" in _sign_in_in_new_process(env, "wrong password!!", ip=attempt)

    answer = _sign_in_in_new_process(env, "a long test password", ip=9)
    assert "Too many failed login attempts" in answer
    assert "signed-in" not in answer
