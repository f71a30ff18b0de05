"""Tests that need the hub in other processes (a worker, a second web worker) on its own SQLite file."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]


def file_hub_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a hub whose database and media live under `tmp_path`."""
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{tmp_path / 'hub.sqlite3'}", MEDIA_ROOT=str(tmp_path / "media"),
               PKHUB_TESTING="1", **extra)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def manage(env: dict[str, str], *args: str, **kwargs) -> subprocess.CompletedProcess:
    """Runs `manage.py ARGS` in a new process; fails the test on a non-zero exit."""
    return subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], env=env, check=True,
                          capture_output=True, text=True, timeout=300, **kwargs)


def popen_manage(env: dict[str, str], *args: str) -> subprocess.Popen:
    """Starts `manage.py ARGS` in the background (a worker), output discarded."""
    return subprocess.Popen([sys.executable, str(ROOT / "manage.py"), *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
