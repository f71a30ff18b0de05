"""Production settings pass Django's deployment checks and refuse to start when unsafe."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
PRODUCTION_ENV = {
    "PRODUCTION": "true",
    "SECRET_KEY": "k" * 20 + "-not-the-default-" + "z" * 30,
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "sqlite:////tmp/pkhub-settings-check.sqlite3",
}


def _manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "PRODUCTION", "PKHUB_TESTING", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    return subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env={**clean, **env},
                          capture_output=True, text=True, timeout=120)


def test_deploy_check_is_clean_with_production_settings():
    """`manage.py check --deploy` finds no issue with production settings."""
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_its_own_secret_key():
    """No SECRET_KEY in production: the hub stops with a message saying so."""
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = _manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_with_debug_on():
    """DEBUG on in production: the hub stops with a message saying so."""
    result = _manage("check", DEBUG="true", **PRODUCTION_ENV)
    assert result.returncode != 0
    assert "DEBUG must be off in production" in result.stderr


def test_production_refuses_a_short_secret_key():
    """A short secret key is refused in production."""
    result = _manage("check", **{**PRODUCTION_ENV, "SECRET_KEY": "changeme"})
    assert result.returncode != 0
    assert "too short" in result.stderr


def _pages_cache(**env) -> dict:
    code = "from django.conf import settings; import json; print(json.dumps(settings.CACHES['pages']))"
    result = _manage("shell", "-c", code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_page_cache_is_capped_in_memory_and_left_to_redis_when_shared():
    """The in-memory page cache holds PAGE_CACHE_ENTRIES pages; a Redis one gets no option it would reject."""
    assert _pages_cache(PAGE_CACHE_ENTRIES="50")["OPTIONS"]["MAX_ENTRIES"] == 50
    assert "MAX_ENTRIES" not in _pages_cache(PAGE_CACHE_URL="redis://127.0.0.1:6379/2").get("OPTIONS", {})
