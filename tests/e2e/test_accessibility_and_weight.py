"""Key pages have no axe-core violations (WCAG 2.1 AA) in English and Arabic, and the first visit
to the home page is light and loads nothing from another host."""

from pathlib import Path
from urllib.parse import urlparse

import axe_playwright_python
import pytest

AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _axe_violations(page):
    page.add_script_tag(content=AXE_SOURCE)
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})" for v in result["violations"]
    ]


@pytest.mark.parametrize("lang", ["en", "ar", "zh-hans"])
def test_key_pages_have_no_axe_violations(page, demo, lang):
    """Home, search results and a resource page pass axe-core's WCAG 2.1 AA rules."""
    page.goto(f"/{lang}/")
    problems = {"home": _axe_violations(page)}
    page.goto(f"/{lang}/search/?q=protection")
    problems["search"] = _axe_violations(page)
    page.locator(".results > li a").first.click()
    page.wait_for_load_state()
    problems["resource"] = _axe_violations(page)
    assert problems == {"home": [], "search": [], "resource": []}


def test_first_visit_to_home_is_under_150_kb_and_same_host(page, demo, live_server):
    """Everything the home page loads on a first visit adds up to less than 150 KB, all from the hub."""
    hosts, sizes = set(), []

    def on_response(response):
        hosts.add(urlparse(response.url).netloc)
        sizes.append(len(response.body()))

    page.on("response", on_response)
    page.goto("/en/", wait_until="networkidle")
    assert hosts == {urlparse(live_server.url).netloc}
    assert sum(sizes) < 150 * 1024, f"{sum(sizes)} bytes"
