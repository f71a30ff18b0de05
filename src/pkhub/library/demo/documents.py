"""The small DOCX files that stand in, in the demo catalogue, for the official files.

The bytes are reproducible (fixed document dates and zip timestamps), so loading the demo again
produces the same checksum and ingest recognises the file it already holds.
"""

import datetime
import io
import zipfile
from functools import lru_cache

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH

from pkhub.core.languages import RTL_LANGUAGES

STAND_IN_NOTE = {
    "en": "This document is the demo catalogue's stand-in for the official file published on the Peacekeeping "
    "Resource Hub.",
    "fr": "Ce document tient lieu, dans le catalogue de démonstration, du fichier officiel publié sur le "
    "Peacekeeping Resource Hub.",
    "es": "Este documento sustituye, en el catálogo de demostración, al archivo oficial publicado en el "
    "Peacekeeping Resource Hub.",
    "ru": "В демонстрационном каталоге этот документ заменяет официальный файл, опубликованный на портале "
    "Peacekeeping Resource Hub.",
    "ar": "تحل هذه الوثيقة، في الفهرس التجريبي، محل الملف الرسمي المنشور في مركز موارد حفظ السلام.",
    "zh": "本文件在演示目录中代替维和资源中心上发布的正式文件。",
}

_FIXED_DATE = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
_ZIP_DATE = (2024, 1, 1, 0, 0, 0)
# The two parts that differ from one stand-in to the next; every other part (styles, theme,
# settings: most of the package's bytes) is the same and is compressed only once.
_DOCUMENT_PART = "word/document.xml"
_CORE_PART = "docProps/core.xml"


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


@lru_cache(maxsize=1)
def _shared_parts() -> bytes:
    """A zip of python-docx's default package without its two varying parts, timestamps fixed."""
    buffer = io.BytesIO()
    DocxDocument().save(buffer)
    source = zipfile.ZipFile(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename not in (_DOCUMENT_PART, _CORE_PART):
                target.writestr(_member(info.filename), source.read(info.filename))
    return out.getvalue()


def _part_blob(document, member: str) -> bytes:
    for part in document.part.package.iter_parts():
        if part.partname == f"/{member}":
            return part.blob
    raise LookupError(member)


def stand_in_docx(*, lang: str, title: str, summary: str, extra_lines=()) -> bytes:
    """A DOCX holding the title, the summary, any extra lines and the stand-in note, in `lang`."""
    document = DocxDocument()
    properties = document.core_properties
    properties.title = title
    properties.author = "Peacekeeping Resource Hub"
    properties.last_modified_by = "Peacekeeping Resource Hub"
    properties.language = lang
    properties.created = properties.modified = _FIXED_DATE
    properties.revision = 1
    paragraphs = [document.add_heading(title, level=1), document.add_paragraph(summary)]
    paragraphs += [document.add_paragraph(line) for line in extra_lines]
    paragraphs.append(document.add_paragraph(STAND_IN_NOTE[lang]))
    if lang in RTL_LANGUAGES:
        for paragraph in paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # Appending to a copy of the shared zip keeps its members' compressed bytes as they are.
    out = io.BytesIO(_shared_parts())
    with zipfile.ZipFile(out, "a") as package:
        package.writestr(_member(_DOCUMENT_PART), _part_blob(document, _DOCUMENT_PART))
        package.writestr(_member(_CORE_PART), _part_blob(document, _CORE_PART))
    return out.getvalue()
