"""gunicorn's master warms the hub before forking: a worker's first request loads no code of its own."""

import json
import subprocess
import sys

from pkhub.core.tests.processes import ROOT, file_hub_env, manage

FIRST_REQUEST = """
import json, sys
from pkhub.wsgi import application  # what gunicorn's master imports (preload_app): settings, middleware
from pkhub.core.warmup import warm
if sys.argv[1] == "warm":
    warm()
before = set(sys.modules)
from django.test import Client
response = Client(HTTP_HOST="127.0.0.1").get("/fr/", HTTP_ACCEPT_LANGUAGE="fr")
loaded = sorted(m for m in set(sys.modules) - before if m.startswith(("pkhub", "openpyxl", "icalendar")))
print(json.dumps({"status": response.status_code, "loaded": loaded}))
"""


def _first_request(env, mode):
    result = subprocess.run([sys.executable, "-c", FIRST_REQUEST, mode], env=env, cwd=ROOT / "src",
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_after_warm_up_the_first_request_imports_no_view_module(tmp_path):
    env = {**file_hub_env(tmp_path), "DJANGO_SETTINGS_MODULE": "pkhub.settings"}
    manage(env, "migrate", "--noinput")
    cold = _first_request(env, "cold")
    warm = _first_request(env, "warm")
    assert cold["status"] == warm["status"] == 200
    assert any(m.startswith("pkhub.training") for m in cold["loaded"])  # what warm() saves a worker
    assert warm["loaded"] == []
