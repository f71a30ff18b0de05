"""The throwaway PostgreSQL cluster of the tests and benchmarks goes away even when it is killed."""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PGCLUSTER = Path(__file__).with_name("pgcluster.py")
pytestmark = pytest.mark.skipif(not Path("/usr/lib/postgresql/15/bin/initdb").exists(), reason="PostgreSQL 15 is not installed")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_killed_cluster_runner_stops_the_server_and_removes_its_files():
    runner = subprocess.Popen([sys.executable, str(PGCLUSTER), "--", "sleep", "120"],
                              stdout=subprocess.PIPE, text=True)
    try:
        line = runner.stdout.readline()
        port = re.search(r":(\d+)/", line).group(1)
        found = subprocess.run(["pgrep", "-f", "--", f"-p {port}"], capture_output=True, text=True).stdout.split()
        postmaster = min(int(pid) for pid in found)
        data = Path(re.search(r"-D (\S+)", Path(f"/proc/{postmaster}/cmdline").read_text().replace("\0", " ")).group(1))
        assert _alive(postmaster) and data.exists()
        runner.send_signal(signal.SIGTERM)
        runner.wait(timeout=30)
        deadline = time.monotonic() + 15
        while _alive(postmaster) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(postmaster)
        assert not data.parent.exists()
    finally:
        if runner.poll() is None:
            runner.kill()
