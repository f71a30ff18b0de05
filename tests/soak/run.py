"""`make soak SOAK_SECONDS=300`: the hub under a bounded mixed load, then every write checked.

Starts the hub as `make run` does (migrate, collectstatic, loaddemo and the apps' demo commands,
`ingest_resume`, the db_worker and gunicorn with gunicorn.conf.py) on a fresh SQLite database and
media folder in a temporary directory and a free loopback port; creates a state focal point and
an editor; runs tests/soak/drive.py in another process for SOAK_SECONDS; stops the server; checks
that every accepted nomination and pledge edit is in the database; prints the figures. Exits 1
when there was an error or a lost write.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = str(ROOT / ".venv" / "bin" / "python")
HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, check=True, capture=False):
    result = subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE)
    if check and result.returncode != 0:
        raise SystemExit(f"soak: manage.py {args[0]} failed:\n{result.stderr[-2000:]}")
    return result


def shell(env, script: Path, extra=None) -> dict:
    out = manage({**env, **(extra or {})}, "shell", "-c", script.read_text(), capture=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def wait_healthy(url: str, seconds: float = 60) -> None:
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        time.sleep(0.5)
    raise SystemExit("soak: the server did not answer /healthz")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK_SECONDS", 300)))
    args = parser.parse_args()
    seconds = min(args.seconds, 3600)  # bounded whatever is asked
    with tempfile.TemporaryDirectory(prefix="pkhub-soak-") as tmp:
        tmp = Path(tmp)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {k: v for k, v in os.environ.items() if k not in ("PKHUB_TESTING", "DATABASE_URL", "MEDIA_STORAGE")}
        env.update(DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}", MEDIA_ROOT=str(tmp / "media"), TASKS_BACKEND="database",
                   SECRET_KEY=secrets.token_urlsafe(50), HOST="127.0.0.1", PORT=str(port), ACCESS_LOG=str(tmp / "access.log"),
                   DEBUG="0", LOG_LEVEL="WARNING")
        library = subprocess.run([PY, "-c", "import pkhub, sqlite3; print(sqlite3.sqlite_version)"], cwd=ROOT, env=env,
                                 capture_output=True, text=True, check=True).stdout.strip()
        print(f"soak: preparing a fresh hub in {tmp} (SQLite {library}) …", flush=True)
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "loaddemo", "--verbosity", "0")
        for command in ("loaddemo_training", "loaddemo_pledges"):
            result = manage(env, command, "--verbosity", "0", check=False)
            print(f"soak: {command}: {'done' if result.returncode == 0 else 'not available'}", flush=True)
        plan = shell(env, HERE / "setup_data.py")
        (tmp / "plan.json").write_text(json.dumps(plan))
        print(f"soak: {len(plan['resources'])} resources, {len(plan['sessions'])} sessions open for nominations, "
              f"pledges {plan['pledges']} of {plan['state']}", flush=True)
        manage(env, "ingest_resume", "--verbosity", "0")
        log = open(tmp / "server.log", "w")
        worker = subprocess.Popen([PY, "manage.py", "db_worker", "--queue-name", "default", "--interval", "0.5"],
                                  cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "gunicorn"), "--config", "gunicorn.conf.py", "pkhub.wsgi:application"],
                                  cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_healthy(base)
            print(f"soak: driving {base} for {seconds:.0f} s from another process …", flush=True)
            driver = subprocess.run([PY, str(HERE / "drive.py"), base, str(tmp / "plan.json"), str(seconds), str(tmp / "result.json")],
                                    cwd=ROOT, timeout=seconds + 300)
            if driver.returncode != 0:
                raise SystemExit("soak: the driver failed")
        finally:
            stop(server)
            stop(worker)
            log.close()
        result = json.loads((tmp / "result.json").read_text())
        writes = {"nominations": result["nominations"], "pledges": {
            ref: {"initial_revision": plan["pledge_revisions"][ref], "accepted": result["pledge_edits"].get(ref, [])}
            for ref in plan["pledges"]}}
        (tmp / "writes.json").write_text(json.dumps(writes))
        check = shell(env, HERE / "check_writes.py", {"SOAK_WRITES": str(tmp / "writes.json")})
        server_errors = [line for line in (tmp / "server.log").read_text().splitlines() if "Traceback" in line or "[ERROR]" in line]
        errors = sum(result["errors"].values())
        print(f"\nsoak: {result['requests']} requests in {seconds:.0f} s ({result['requests'] / seconds:.1f}/s), 6 client threads")
        for kind in sorted(result["counts"]):
            print(f"  {kind:12} {result['counts'][kind]:6} requests  p95 {result['p95_ms'][kind]:7.1f} ms  errors {result['errors'].get(kind, 0)}")
        print(f"downloads drew on {result['download_urls']} files (half with Range: bytes=0-1023)")
        print(f"errors: {errors}" + (f"  {result['error_samples']}" if errors else ""))
        print(f"handled conflicts (optimistic locking refusals): {result['conflicts']}")
        print(f"writes accepted: {len(result['nominations'])} nominations, {check['pledge_edits_checked']} pledge edits")
        print(f"lost writes: {len(check['lost'])}" + (f"  {check['lost'][:5]}" if check["lost"] else ""))
        print(f"server log errors/tracebacks: {len(server_errors)}")
        if server_errors:
            # The temporary folder goes with this run: the tracebacks are kept where they can be read.
            kept = ROOT / "var" / "soak-server.log"
            kept.parent.mkdir(exist_ok=True)
            shutil.copy(tmp / "server.log", kept)
            for part in tmp.glob("db.sqlite3*"):  # the database too, for PRAGMA integrity_check
                shutil.copy(part, kept.parent / f"soak-{part.name}")
            print(f"server log kept in {kept.relative_to(ROOT)}; its first traceback:")
            lines = (tmp / "server.log").read_text().splitlines()
            start = next(i for i, line in enumerate(lines) if "Traceback" in line or "[ERROR]" in line)
            print("\n".join(lines[start : start + 40]))
        return 0 if errors == 0 and not check["lost"] and not server_errors else 1


if __name__ == "__main__":
    sys.exit(main())
