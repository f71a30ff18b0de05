"""Exports open in LibreOffice: each is converted headless and its text checked."""

import csv
import io
import shutil
import subprocess

import pytest
from django.urls import reverse

from pkhub.pledges.choices import PledgeStatus
from pkhub.pledges.tests.factories import PledgeFactory, state

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (bin/system-deps)")


@pytest.fixture
def pledges(ministerial, requirement):
    announced = PledgeFactory(
        ministerial=ministerial, lead_state=state("GHA"), reference="TEST-2026-GHA-001", status=PledgeStatus.ANNOUNCED,
        title="Level 2 hospital for UNMISS", description="A Level 2 hospital, deployable in 2026.", quantity=1,
        requirements=[requirement], partners=[state("NOR")])
    PledgeFactory(ministerial=ministerial, lead_state=state("GHA"), reference="TEST-2026-GHA-002",
                  title="=HYPERLINK(\"http://evil\")", description="Formula injection attempt",
                  status=PledgeStatus.ANNOUNCED)
    return announced


def convert(tmp_path, content: bytes, name: str, target: str) -> bytes:
    source = tmp_path / name
    source.write_bytes(content)
    # CSV in UTF-8 (filter options: comma, double quote, character set 76): LibreOffice's default is
    # the system's 8-bit set, which turns "Catégorie" into bytes no UTF-8 reader takes.
    target = "csv:Text - txt - csv (StarCalc):44,34,76" if target == "csv" else target
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", target,
         "--outdir", str(tmp_path / "out"), str(source)],
        check=True, capture_output=True, timeout=180,
    )
    produced = list((tmp_path / "out").glob(source.stem + ".*"))
    assert produced, f"LibreOffice produced nothing for {name}"
    return produced[0].read_bytes()


def test_the_csv_lists_pledges_with_formulas_defused(client, ministerial, pledges):
    """The CSV has a header, one row per visible pledge, and no cell a spreadsheet would run."""
    content = client.get(reverse("pledges:pledges-export", args=[ministerial.slug, "csv"])).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][:3] == ["reference", "state", "partners"]
    assert {row[0] for row in rows[1:]} == {"TEST-2026-GHA-001", "TEST-2026-GHA-002"}
    assert all(not cell.startswith("=") for row in rows for cell in row)


@needs_libreoffice
def test_the_pledge_form_opens_in_libreoffice_with_its_ten_categories(client, ministerial, pledges, tmp_path):
    """The DOCX form converts to text holding the form's categories and the pledge."""
    content = client.get(reverse("pledges:pledge-form", args=[ministerial.slug, "GHA"])).content
    text = convert(tmp_path, content, "form.docx", "txt:Text").decode("utf-8-sig")
    assert "MEMBER STATE PLEDGE FORM" in text
    for category in ("Uniformed capabilities", "Women, Peace and Security", "Funding", "Other"):
        assert category in text
    assert "Level 2 hospital for UNMISS" in text and "Norway" in text


@needs_libreoffice
def test_the_pledge_slide_and_the_list_open_in_libreoffice(client, ministerial, pledges, tmp_path):
    """The PPTX slide converts to PDF with the state and title; the XLSX converts to CSV with every pledge."""
    slide = client.get(reverse("pledges:pledge-slide", args=["TEST-2026-GHA-001"])).content
    pdf = convert(tmp_path, slide, "slide.pptx", "pdf")
    (tmp_path / "slide.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "slide.pdf"), "-"], capture_output=True, check=True).stdout
    assert b"Ghana" in text and b"Level 2 hospital for UNMISS" in text
    sheet = client.get(reverse("pledges:pledges-export", args=[ministerial.slug, "xlsx"])).content
    table = convert(tmp_path, sheet, "list.xlsx", "csv").decode("utf-8")
    assert "TEST-2026-GHA-001" in table and "Level 2 hospital for UNMISS" in table
    assert '=HYPERLINK' in table and ",=HYPERLINK" not in table  # stored as text, not as a formula
