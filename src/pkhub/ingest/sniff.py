"""Deciding what a file really is from its bytes, and refusing unsafe archives.

The sniffing is written by hand rather than with python-magic because libmagic is a system package
that a fresh machine does not have (`make run` must work with Python packages alone), and because
libmagic only says "Zip archive" or "Microsoft OOXML" for Office files: telling a DOCX from a PPTX
needs a look inside the zip anyway. The hub accepts six formats, so six checks are enough; the
well-known signatures below only serve to name what a refused file really is.
"""

import codecs
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from pkhub.ingest.models import Format

# What opening a damaged archive can raise: zipfile refuses a directory entry that claims a ZIP
# version or feature it does not know (version 23.5, strong encryption, patched data) with
# NotImplementedError rather than BadZipFile (found by tests/fuzz).
ZIP_READ_ERRORS = (zipfile.BadZipFile, NotImplementedError)
# What reading one member can raise besides: a bad CRC is BadZipFile, but a member flagged as
# encrypted is RuntimeError ("password required"), data that is not deflate is zlib.error, and
# data cut short is EOFError.
ZIP_MEMBER_READ_ERRORS = (*ZIP_READ_ERRORS, RuntimeError, zlib.error, EOFError)

# --- Zip safety limits -----------------------------------------------------------------------
# Checked against the central directory before any member is read. `zipfile` stops decompressing
# a member at the size its directory entry declares, so these declared sizes are binding.
#
# A real DOCX holds 10-40 parts and a large PPTX a few hundred (one slide, one layout, one image
# each); 10,000 leaves ample room and stops archives built to exhaust memory with entries.
ZIP_MAX_MEMBERS = 10_000
# The text parts of even a 1,000-page document or 500-slide deck expand to tens of megabytes and
# media is stored already compressed; 1 GiB uncompressed is far beyond any real Office file.
ZIP_MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024
# Office XML compresses 5-20 times; 100:1 is the usual zip bomb threshold (OWASP, Apache POI's
# ZipSecureFile uses the same order: a minimum inflate ratio of 0.01).
ZIP_MAX_RATIO = 100
# Tiny members (a blank part, a run of spaces) legitimately exceed any ratio; they cannot hurt.
ZIP_RATIO_MIN_SIZE = 1024 * 1024

# How much of a text file is examined to decide that it is text.
TEXT_SNIFF_BYTES = 64 * 1024


@dataclass(frozen=True)
class Sniffed:
    """What the content of a file is: a format the hub accepts, or the name of what it is instead."""

    format: str | None  # a Format value, or None when the hub does not accept it
    label: str  # human name, e.g. "a PNG image"
    content_type: str = ""
    encoding: str = ""  # for text formats


class SniffError(Exception):
    """A refused archive or unreadable file; `code` is one of the IngestError codes."""

    def __init__(self, code: str, reason):
        super().__init__(str(reason))
        self.code = code
        self.reason = reason


CONTENT_TYPES = {
    Format.PDF: "application/pdf",
    Format.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    Format.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    Format.HTML: "text/html",
    Format.TXT: "text/plain",
    Format.MD: "text/markdown",
}

FORMAT_LABELS = {
    Format.PDF: _("a PDF document"),
    Format.DOCX: _("a Word (DOCX) document"),
    Format.PPTX: _("a PowerPoint (PPTX) presentation"),
    Format.HTML: _("an HTML page"),
    Format.TXT: _("a plain text file"),
    Format.MD: _("a Markdown file"),
}

EXTENSIONS = {
    ".pdf": Format.PDF,
    ".docx": Format.DOCX,
    ".pptx": Format.PPTX,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".txt": Format.TXT,
    ".text": Format.TXT,
    ".md": Format.MD,
    ".markdown": Format.MD,
}

# Text formats cannot be told apart reliably by content (Markdown is plain text), so among them
# the name decides, except that a full HTML document is always HTML.
TEXT_FORMATS = {Format.HTML, Format.TXT, Format.MD}

# Signatures of common files that are not accepted, only so that the refusal can name them.
_FOREIGN_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", _("a PNG image")),
    (b"\xff\xd8\xff", _("a JPEG image")),
    (b"GIF87a", _("a GIF image")),
    (b"GIF89a", _("a GIF image")),
    (b"II*\x00", _("a TIFF image")),
    (b"MM\x00*", _("a TIFF image")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", _("an old Microsoft Office file (DOC, PPT or XLS)")),
    (b"{\\rtf", _("an RTF document")),
    (b"Rar!\x1a\x07", _("a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", _("a 7-Zip archive")),
    (b"\x1f\x8b", _("a gzip archive")),
    (b"\x7fELF", _("a program (ELF executable)")),
    (b"MZ", _("a Windows program")),
    (b"%!PS", _("a PostScript file")),
    (b"ID3", _("an MP3 audio file")),
    (b"OggS", _("an Ogg media file")),
]

_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)


def format_for_name(filename: str) -> str | None:
    """The format a file name promises by its extension, or None for an extension not accepted."""
    return EXTENSIONS.get(Path(filename).suffix.lower())


def sniff(path: Path, *, name_format: str | None = None) -> Sniffed:
    """What the file at `path` is, judged by its content.

    Raises SniffError for unsafe archives. `name_format` (the format its name promises) only
    decides between the text formats, which content cannot tell apart.
    """
    with open(path, "rb") as handle:
        head = handle.read(TEXT_SNIFF_BYTES)
    # PDF readers accept the header anywhere in the first kilobyte (some files start with junk).
    if b"%PDF-" in head[:1024]:
        return Sniffed(Format.PDF, str(FORMAT_LABELS[Format.PDF]), CONTENT_TYPES[Format.PDF])
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(path)
    for signature, label in _FOREIGN_SIGNATURES:
        if head.startswith(signature):
            return Sniffed(None, str(label))
    return _sniff_text(head, name_format=name_format)


def _sniff_zip(path: Path) -> Sniffed:
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip_safety(archive)
            names = set(archive.namelist())
    except ZIP_READ_ERRORS as exc:
        raise SniffError("corrupt", _("the archive is damaged ({detail})").format(detail=exc)) from exc
    if "[Content_Types].xml" in names:
        if "word/document.xml" in names:
            return Sniffed(Format.DOCX, str(FORMAT_LABELS[Format.DOCX]), CONTENT_TYPES[Format.DOCX])
        if "ppt/presentation.xml" in names:
            return Sniffed(Format.PPTX, str(FORMAT_LABELS[Format.PPTX]), CONTENT_TYPES[Format.PPTX])
        if "xl/workbook.xml" in names:
            return Sniffed(None, str(_("an Excel (XLSX) workbook")))
        return Sniffed(None, str(_("an Office document of another kind")))
    if "mimetype" in names and any(n.startswith("META-INF/") for n in names):
        return Sniffed(None, str(_("an OpenDocument or EPUB file")))
    return Sniffed(None, str(_("a ZIP archive")))


def check_zip_safety(archive: zipfile.ZipFile) -> None:
    """Refuse archives that could exhaust memory or write outside a folder, before reading any member."""
    members = archive.infolist()
    if len(members) > ZIP_MAX_MEMBERS:
        raise SniffError(
            "zip_bomb",
            _("it holds {count} parts, more than the {limit} a real document has").format(
                count=len(members), limit=ZIP_MAX_MEMBERS
            ),
        )
    total = 0
    for member in members:
        name = member.filename.replace("\\", "/")
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in name.split("/"):
            raise SniffError(
                "unsafe_archive",
                _("it contains a part with an unsafe path ({name})").format(name=member.filename[:100]),
            )
        total += member.file_size
        if member.file_size > ZIP_RATIO_MIN_SIZE and member.file_size > ZIP_MAX_RATIO * max(member.compress_size, 1):
            raise SniffError(
                "zip_bomb",
                _("a part expands {ratio}-fold when unpacked, which is how zip bombs work").format(
                    ratio=member.file_size // max(member.compress_size, 1)
                ),
            )
    if total > ZIP_MAX_TOTAL_UNCOMPRESSED:
        raise SniffError(
            "zip_bomb",
            _("it would expand to {size} MB when unpacked").format(size=total // (1024 * 1024)),
        )


def _sniff_text(head: bytes, *, name_format: str | None) -> Sniffed:
    encoding = detect_text_encoding(head)
    if not encoding:
        return Sniffed(None, str(_("a binary file")))
    if _HTML_START.match(_ascii_view(head, encoding)):
        fmt = Format.HTML
    elif name_format in TEXT_FORMATS:
        fmt = name_format
    elif re.search(rb"<(html|body|head)[\s>]", _ascii_view(head, encoding)[:4096], re.I):
        fmt = Format.HTML
    else:
        fmt = Format.TXT
    return Sniffed(fmt, str(FORMAT_LABELS[fmt]), CONTENT_TYPES[fmt], encoding)


def _ascii_view(head: bytes, encoding: str) -> bytes:
    if encoding.startswith("utf-16"):
        return head.decode(encoding, errors="ignore").encode("utf-8", errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8)


def detect_text_encoding(head: bytes) -> str:
    """The encoding of a text file from its first bytes ("" when it is not text).

    UTF-8 (with or without BOM) and UTF-16 with a BOM; failing those, Windows-1252 when the bytes
    hold no control characters, because older Western European text files were saved that way.
    """
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        try:
            text = head.decode("utf-16", errors="strict") if len(head) % 2 == 0 else head[:-1].decode("utf-16")
        except UnicodeDecodeError:
            return ""
        return "utf-16" if not _has_binary_controls(text) else ""
    if head.startswith(codecs.BOM_UTF8):
        head = head[3:]
        candidates = ["utf-8-sig"]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            # The sample may end in the middle of a multi-byte character: decode incrementally.
            text = codecs.getincrementaldecoder(encoding.replace("-sig", ""))().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if not _has_binary_controls(text):
            return encoding
    return ""


def _has_binary_controls(text: str) -> bool:
    # Tab, newline, carriage return and form feed occur in text; other C0 controls mean binary.
    return any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text)
