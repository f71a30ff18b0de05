"""The soak's client: drives the hub on loopback from its own process for a bounded time.

    python tests/soak/drive.py BASE_URL PLAN.json SECONDS OUT.json

Several threads each run a weighted mix of searches, page views, downloads (with and without
Range), nominations and pledge edits. Every request is timed; a status other than the expected
one is an error; a refused pledge edit whose page shows the pledge as it is now (optimistic
locking) is a handled conflict. Accepted writes are written to OUT.json to be checked afterwards.
"""

from __future__ import annotations

import http.cookiejar
import json
import random
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from html.parser import HTMLParser

THREADS = 6
MAX_REQUESTS = 200_000
MIX = [("search", 30), ("page", 30), ("download", 15), ("nomination", 10), ("pledge_edit", 15)]
QUERIES = ["civilians", "protection of civilians", "gender", "mine action", "conduct and discipline", "\"child protection\"",
           "maintien de la paix", "logistics", "sexual exploitation", "human rights -police", "signals OR engineering"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormParser(HTMLParser):
    """The fields of the first form with a csrf token: inputs, checked boxes, selected options, textareas."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._select = None
        self._textarea = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self.fields.append((a["name"], a.get("value", "")))
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append((self._select, a.get("value", "")))
        elif tag == "textarea":
            self._textarea, self._text = a.get("name"), []

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea, "".join(self._text)))
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, path: str, data: list | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers={"Referer": self.base + path, **(headers or {})})
        try:
            with self.opener.open(req, timeout=60) as response:
                return response.status, response.read(), response.headers
        except urllib.error.HTTPError as error:
            return error.code, error.read(), error.headers

    def form(self, path: str):
        status, body, _ = self.request(path)
        parser = FormParser()
        parser.feed(body.decode("utf-8", "replace"))
        return status, parser.fields, body

    def login(self, email: str, password: str):
        status, fields, _ = self.form("/en/accounts/login/")
        token = dict(fields)["csrfmiddlewaretoken"]
        status, _, headers = self.request("/en/accounts/login/", [("csrfmiddlewaretoken", token), ("login", email), ("password", password)])
        if status != 302:
            raise SystemExit(f"soak: could not sign in as {email} ({status})")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = defaultdict(list)
        self.errors = defaultdict(list)
        self.conflicts = 0
        self.requests = 0
        self.nominations: list[dict] = []
        self.pledge_edits: dict[str, list[dict]] = defaultdict(list)

    def timed(self, kind, expected, call):
        started = time.perf_counter()
        try:
            status, body, headers = call()
        except Exception as error:  # a dropped connection is an error like a 500
            status, body, headers = f"{type(error).__name__}: {error}", b"", {}
        elapsed = time.perf_counter() - started
        with self.lock:
            self.requests += 1
            self.latency[kind].append(elapsed)
            if status not in expected:
                self.errors[kind].append(str(status))
        return status, body, headers


def run(base: str, plan: dict, seconds: float, out_path: str) -> int:
    stats = Stats()
    stop = time.monotonic() + seconds
    downloads = []
    probe = Browser(base)
    for slug in plan["resources"][:20]:
        status, body, _ = probe.request(f"/api/v1/resources/{slug}")
        if status == 200:
            downloads += [v["download_url"] for v in json.loads(body)["versions"] if v.get("download_url")]
    downloads = [urllib.parse.urlparse(u).path for u in downloads] or ["/healthz"]
    pledge_lock = threading.Lock()
    counter = iter(range(10**9))

    def worker(index: int):
        rnd = random.Random(index)
        browser = Browser(base)
        browser.login(plan["focal"], plan["password"])
        kinds, weights = zip(*MIX)
        while time.monotonic() < stop and stats.requests < MAX_REQUESTS:
            kind = rnd.choices(kinds, weights)[0]
            if kind == "search":
                q = urllib.parse.quote(rnd.choice(QUERIES))
                stats.timed(kind, {200}, lambda: browser.request(f"/api/v1/resources?q={q}&lang={rnd.choice(['', 'en', 'fr'])}"))
            elif kind == "page":
                pages = ["/en/", f"/en/search/?q={urllib.parse.quote(rnd.choice(QUERIES))}", "/en/training/"]
                pages += [f"/en/resources/{rnd.choice(plan['resources'])}/"] if plan["resources"] else []
                pages += [f"/en/pledging/{plan['ministerial']}/pledges/"] if plan["ministerial"] else []
                path = rnd.choice(pages)
                stats.timed(kind, {200}, lambda: browser.request(path))
            elif kind == "download":
                path = rnd.choice(downloads)
                if rnd.random() < 0.5:
                    stats.timed(kind, {200}, lambda: browser.request(path))
                else:
                    stats.timed(kind, {206, 200}, lambda: browser.request(path, headers={"Range": "bytes=0-1023"}))
            elif kind == "nomination" and plan["sessions"]:
                session = rnd.choice(plan["sessions"])
                n = next(counter)
                status, fields, _ = browser.form(f"/en/training/sessions/{session}/nominate/")
                token = dict(fields).get("csrfmiddlewaretoken", "")
                data = {"candidate_name": f"Soak Candidate {n}", "email": f"candidate{n}@soak.example"}
                form = [("csrfmiddlewaretoken", token), ("candidate_name", data["candidate_name"]), ("gender", rnd.choice(["female", "male"])),
                        ("email", data["email"]), ("rank", "Major"), ("languages", "en")]
                status, _, _ = stats.timed(kind, {302}, lambda: browser.request(f"/en/training/sessions/{session}/nominate/", form))
                if status == 302:
                    with stats.lock:
                        stats.nominations.append(data)
            elif kind == "pledge_edit" and plan["pledges"]:
                reference = rnd.choice(plan["pledges"])
                path = f"/en/pledging/pledges/{reference}/edit/"
                status, fields, _ = browser.form(path)
                values = [(k, v) for k, v in fields if k != "description"]
                revision = int(dict(fields).get("revision") or 0)
                marker = f"soak-edit-{next(counter)}"
                values.append(("description", f"Edited by the soak test ({marker})."))
                status, body, _ = stats.timed(kind, {302, 200}, lambda: browser.request(path, values))
                if status == 302:
                    with stats.lock:
                        stats.pledge_edits[reference].append({"revision": revision, "marker": marker})
                elif status == 200 and b"current-heading" in body:
                    with stats.lock:
                        stats.conflicts += 1
                elif status == 200:
                    with stats.lock:
                        stats.errors[kind].append("200 with form errors: " + " ".join(re.findall(r'class="errorlist[^>]*>(.*?)</ul>', body.decode(), re.S))[:200])

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = {
        "requests": stats.requests,
        "download_urls": len(downloads),
        "errors": {k: len(v) for k, v in stats.errors.items()},
        "error_samples": {k: sorted(set(v))[:5] for k, v in stats.errors.items()},
        "conflicts": stats.conflicts,
        "p95_ms": {k: round(sorted(v)[int(0.95 * (len(v) - 1))] * 1000, 1) for k, v in stats.latency.items()},
        "counts": {k: len(v) for k, v in stats.latency.items()},
        "nominations": stats.nominations,
        "pledge_edits": stats.pledge_edits,
    }
    with open(out_path, "w") as out:
        json.dump(report, out)
    return 0


if __name__ == "__main__":
    base, plan_path, seconds, out_path = sys.argv[1:5]
    sys.exit(run(base, json.load(open(plan_path)), float(seconds), out_path))
