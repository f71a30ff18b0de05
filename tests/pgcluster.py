"""A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, for tests and benchmarks.

    python tests/pgcluster.py -- COMMAND ...   runs COMMAND with DATABASE_URL pointing at a new
                                               cluster, then stops and removes the cluster.

PostgreSQL refuses to run as root, so when run as root the cluster belongs to the `postgres` user
(through runuser). The server is stopped by its pid whatever happens to COMMAND.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_owner(args: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *args] if owner else args


@contextlib.contextmanager
def cluster():
    """Starts a cluster and yields its DATABASE_URL; stops it and deletes its files afterwards."""
    owner = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="pkhub-pg-"))
    data = root / "data"
    if owner:
        shutil.chown(root, owner)
    port = _free_port()
    subprocess.run(
        _as_owner([str(PG_BIN / "initdb"), "-D", str(data), "-U", "pkhub", "--auth=trust", "-E", "UTF8",
                   "--locale=C.UTF-8", "--no-sync"], owner),
        check=True, stdout=subprocess.DEVNULL,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB"
    subprocess.run(
        _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start"], owner),
        check=True, stdout=subprocess.DEVNULL,
    )
    pid = int((data / "postmaster.pid").read_text().split()[0])
    try:
        yield f"postgres://pkhub@127.0.0.1:{port}/postgres"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGINT)  # "fast" shutdown
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        shutil.rmtree(root, ignore_errors=True)


def _exit_on_signal(signum, frame):
    raise SystemExit(128 + signum)  # unwinds through cluster()'s finally: the server is stopped


def main(argv: list[str]) -> int:
    # Killed (a CI timeout, Ctrl-C, `kill`), the cluster is still stopped and its files removed.
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        print(__doc__)
        return 2
    with cluster() as url:
        env = dict(os.environ, DATABASE_URL=url)
        print(f"PostgreSQL test cluster at {url}", flush=True)
        return subprocess.call(argv, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
