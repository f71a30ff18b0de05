"""Ingest benchmark: the hub's extraction beside poppler's pdftotext, on generated documents.

    python bench/ingest_bench.py [--pdfs 12] [--pages 12] [--out bench/work/ingest.json]

Generates (once, kept in bench/work/ingest-files/) PDFs in the six languages with WeasyPrint, and
DOCX and PPTX files with python-docx and python-pptx, from the benchmark corpus's words. Then, on a
fresh SQLite database, times for each file:
  hub ingest   `document_ingest` with the immediate task backend: store once per checksum, check
               the PDF, extract (pdftotext, else pypdfium2 / python-docx / python-pptx), repair, guess the language,
               save the text: what an upload costs the hub;
  hub parser   `pkhub.ingest.extract.extract` alone;
  pdftotext    poppler's command line tool, one process per file, text to stdout (PDFs only).
Pages per second are summed over all files of a kind; the ratio is hub ingest / pdftotext.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / "work"
FILES = WORK / "ingest-files"
sys.path[:0] = [str(ROOT / "src"), str(BENCH)]

FONTS = {"ar": "Noto Sans Arabic", "zh": "Noto Sans CJK SC"}


def _paragraphs(language, rng: random.Random, count: int) -> list[str]:
    return [language.body(rng)[: rng.randint(600, 1200)] for _ in range(count)]


def generate(pdfs: int, pages: int, seed: int = 7) -> list[tuple[Path, str]]:
    """The benchmark's documents, made once: (path, format)."""
    import corpus

    FILES.mkdir(parents=True, exist_ok=True)
    stamp = FILES / f"made-{pdfs}-{pages}-{seed}"
    if stamp.exists():
        return [(FILES / name, fmt) for name, fmt in json.loads(stamp.read_text())]
    for old in FILES.iterdir():
        old.unlink()
    langs = corpus.languages(seed)
    rng = random.Random(seed + 3)
    made = []
    from docx import Document as Docx
    from pptx import Presentation
    from pptx.util import Inches, Pt
    from weasyprint import HTML

    codes = list(corpus.LANGUAGES)
    for n in range(pdfs):
        lang = codes[n % len(codes)]
        direction = "rtl" if lang == "ar" else "ltr"
        font = FONTS.get(lang, "Noto Sans")
        # About 4 paragraphs a page of A4 at 11 pt.
        body = "".join(f"<p>{p}</p>" for p in _paragraphs(langs[lang], rng, pages * 4))
        html = (f'<html lang="{lang}" dir="{direction}"><head><style>@page {{ size: A4; margin: 2cm }}'
                f' body {{ font-family: "{font}"; font-size: 11pt }}</style></head>'
                f"<body><h1>{langs[lang].title(rng)}</h1>{body}</body></html>")
        path = FILES / f"doc-{n:02d}-{lang}.pdf"
        HTML(string=html).write_pdf(path)
        made.append((path.name, "pdf"))
    for n, lang in enumerate(codes):
        document = Docx()
        document.add_heading(langs[lang].title(rng), 1)
        for paragraph in _paragraphs(langs[lang], rng, pages * 4):
            document.add_paragraph(paragraph)
        path = FILES / f"doc-{n:02d}-{lang}.docx"
        document.save(path)
        made.append((path.name, "docx"))
        deck = Presentation()
        for _ in range(pages):
            slide = deck.slides.add_slide(deck.slide_layouts[1])
            slide.shapes.title.text = langs[lang].title(rng)
            frame = slide.placeholders[1].text_frame
            frame.text = langs[lang].body(rng)[:300]
            box = slide.shapes.add_textbox(Inches(1), Inches(6), Inches(8), Inches(1)).text_frame
            box.text = langs[lang].body(rng)[:200]
            box.paragraphs[0].runs[0].font.size = Pt(10)
        path = FILES / f"deck-{n:02d}-{lang}.pptx"
        deck.save(path)
        made.append((path.name, "pptx"))
    stamp.write_text(json.dumps(made))
    return [(FILES / name, fmt) for name, fmt in made]


def _setup() -> None:
    db = WORK / "ingest.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    media = WORK / "media-ingest"
    shutil.rmtree(media, ignore_errors=True)
    os.environ.update(DATABASE_URL=f"sqlite:///{db}", MEDIA_ROOT=str(media), TASKS_BACKEND="immediate",
                      DJANGO_SETTINGS_MODULE="pkhub.settings", LOG_LEVEL="WARNING")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def measure(files: list[tuple[Path, str]]) -> dict:
    from pkhub.ingest.extract import extract
    from pkhub.ingest.models import TextStatus
    from pkhub.ingest.services import document_ingest

    kinds: dict[str, dict] = {}
    for path, fmt in files:
        row = kinds.setdefault(fmt, {"files": 0, "pages": 0, "mb": 0.0, "hub_ingest_s": 0.0, "hub_parser_s": 0.0,
                                     "pdftotext_s": 0.0, "failed": 0})
        t0 = time.perf_counter()
        text, pages = extract(path, fmt)
        t1 = time.perf_counter()
        document, _ = document_ingest(source=path, filename=path.name)
        t2 = time.perf_counter()
        document.refresh_from_db()
        row["failed"] += document.text_status != TextStatus.READY
        row["files"] += 1
        row["pages"] += pages or document.page_count or 0
        row["mb"] += path.stat().st_size / 2**20
        row["hub_parser_s"] += t1 - t0
        row["hub_ingest_s"] += t2 - t1
        if fmt == "pdf":
            t3 = time.perf_counter()
            subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, stdout=subprocess.DEVNULL)
            row["pdftotext_s"] += time.perf_counter() - t3
    for fmt, row in kinds.items():
        row["mb"] = round(row["mb"], 2)
        row["hub_ingest_pages_per_s"] = round(row["pages"] / row["hub_ingest_s"], 1)
        row["hub_parser_pages_per_s"] = round(row["pages"] / row["hub_parser_s"], 1)
        if fmt == "pdf":
            row["pdftotext_pages_per_s"] = round(row["pages"] / row["pdftotext_s"], 1)
            row["hub_vs_pdftotext"] = round(row["hub_ingest_pages_per_s"] / row["pdftotext_pages_per_s"], 2)
        for key in ("hub_ingest_s", "hub_parser_s", "pdftotext_s"):
            row[key] = round(row[key], 3)
    return kinds


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdfs", type=int, default=12)
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--out", type=Path, default=WORK / "ingest.json")
    args = parser.parse_args(argv)
    WORK.mkdir(exist_ok=True)
    _setup()
    t0 = time.perf_counter()
    files = generate(args.pdfs, args.pages)
    print(f"[ingest] {len(files)} documents ready in {time.perf_counter() - t0:.0f} s", flush=True)
    # Warm-up, one file of each format: imports, fonts, the language model.
    measure(list({fmt: (path, fmt) for path, fmt in reversed(files)}.values()))
    _setup_again()
    figures = measure(files)
    for fmt, row in figures.items():
        extra = f", pdftotext {row['pdftotext_pages_per_s']} pages/s" if fmt == "pdf" else ""
        print(f"[ingest] {fmt}: {row['files']} files, {row['pages']} pages: hub ingest"
              f" {row['hub_ingest_pages_per_s']} pages/s (parser alone {row['hub_parser_pages_per_s']}){extra}",
              flush=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n")
    return figures


def _setup_again() -> None:
    """The warm-up stored its files: empty the tables so that the measured pass stores them anew."""
    from pkhub.ingest.models import Document

    Document.objects.all().delete()


if __name__ == "__main__":
    main()
