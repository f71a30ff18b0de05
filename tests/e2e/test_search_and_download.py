"""The foundation's story in a real browser: search from the home page in French and in Arabic,
find the work with its languages, and download a language version."""

import re

from playwright.sync_api import expect


def _search_from_home(page, lang_prefix: str, query: str):
    page.goto(f"/{lang_prefix}/")
    box = page.get_by_role("searchbox")
    box.fill(query)
    box.press("Enter")
    page.wait_for_load_state()


def test_french_trainer_finds_protection_of_civilians_and_downloads_french(page, demo):
    """A trainer types "protection des civils" on the French home page and downloads the French version."""
    _search_from_home(page, "fr", "protection des civils")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    result = page.locator(".results > li").filter(has_text=re.compile("militaires|Military", re.I)).first
    expect(result).to_contain_text("civils")
    # The languages the package exists in: English, French, Spanish and no others.
    held = result.locator(".langs-held li:not(.missing)")
    expect(held).to_have_count(3)
    result.get_by_role("link").first.click()
    download_link = page.locator("a[href*='/files/'][hreflang='fr']").first
    # The format and size are shown beside the link, before the click.
    expect(page.locator("li", has=download_link)).to_contain_text(re.compile(r"DOCX, \d+[,.]\d"))
    with page.expect_download() as info:
        download_link.click()
    download = info.value
    assert download.suggested_filename.endswith("-fr.docx")
    assert download.path().stat().st_size > 1000


def test_arabic_desk_officer_searches_in_a_right_to_left_page(page, demo):
    """A desk officer searches in Arabic on an RTL page and downloads the Arabic version."""
    _search_from_home(page, "ar", "حماية الطفل")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    result = page.locator(".results > li").first
    expect(result).to_be_visible()
    result.get_by_role("link").first.click()
    download_link = page.locator("a[href*='/files/'][hreflang='ar']").first
    with page.expect_download() as info:
        download_link.click()
    assert info.value.suggested_filename.endswith("-ar.docx")
    assert info.value.path().stat().st_size > 1000
