"""Turning a section's text into HTML: paragraphs, sub-headings, lists and boxes, with
cross-references, e-mail addresses and web addresses as links.

The text format is deliberately small (see `Section.body`'s help text), and everything in it is
escaped before links are added, so an editor's text can never inject markup.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# "Module 2-Section 2.2.9", "Module 2 - Section 2.2.9", "Module 2, Section 2.2.9", "Module 2 Section 2.2.9",
# "Module 2-Sections 2.2.9", and "Section 2.2.9" alone (its module is its first number).
REFERENCE_RE = re.compile(
    r"(?:\bModule\s+(?P<module>[1-9])\s*(?:[-\u2013\u2014,]\s*)?)?\bSections?\s+(?P<number>[1-9](?:\.\d+)+)"
)
EMAIL_RE = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")
URL_RE = re.compile(r"\bhttps?://[^\s<>\"']+[^\s<>\"'.,;:)]")


@dataclass(frozen=True)
class Reference:
    text: str
    module: int
    number: str


def find_references(text: str) -> list[Reference]:
    """The cross-references written in `text`, in order, without duplicates."""
    found: dict[tuple[int, str], Reference] = {}
    for match in REFERENCE_RE.finditer(text or ""):
        number = match.group("number")
        module = int(match.group("module") or number.split(".")[0])
        found.setdefault((module, number), Reference(match.group(0), module, number))
    return list(found.values())


@dataclass
class Block:
    kind: str  # "p", "h", "ul", "aside", "xref"
    html: SafeString | list[SafeString]


def _linkify(escaped: str, targets: dict[tuple[int, str], str]) -> str:
    """Adds links to already escaped text. `targets` maps (module, number) to a URL."""

    def reference(match: re.Match) -> str:
        number = match.group("number")
        module = int(match.group("module") or number.split(".")[0])
        url = targets.get((module, number))
        if not url:
            return match.group(0)  # never a dead link: editors see it in the broken-references report
        return f'<a class="xref" href="{escape(url)}">{match.group(0)}</a>'

    # Web addresses and e-mail addresses first, each swapped for a placeholder so that the
    # reference pattern never runs inside a link already made.
    made: list[str] = []

    def keep(html: str) -> str:
        made.append(html)
        return f"\x00{len(made) - 1}\x00"

    out = URL_RE.sub(lambda m: keep(f'<a class="external" href="{m.group(0)}" rel="noopener">{m.group(0)}</a>'), escaped)
    out = EMAIL_RE.sub(lambda m: keep(f'<a class="email" href="mailto:{m.group(0)}">{m.group(0)}</a>'), out)
    out = REFERENCE_RE.sub(reference, out)
    return re.sub(r"\x00(\d+)\x00", lambda m: made[int(m.group(1))], out)


def render_body(text: str, targets: dict[tuple[int, str], str] | None = None) -> list[Block]:
    """The blocks of a section's text, ready for the template."""
    targets = targets or {}
    blocks: list[Block] = []
    for raw in re.split(r"\n\s*\n", (text or "").strip()):
        lines = [line.strip() for line in raw.strip().splitlines() if line.strip()]
        if not lines:
            continue
        first = lines[0]
        if first.startswith("### "):
            blocks.append(Block("h", mark_safe(escape(first[4:].strip()))))
            lines = lines[1:]
            if not lines:
                continue
            first = lines[0]
        if all(line.startswith("- ") for line in lines):
            items = [mark_safe(_linkify(escape(line[2:].strip()), targets)) for line in lines]
            blocks.append(Block("ul", items))
            continue
        paragraph = " ".join(lines)
        kind = "p"
        if paragraph.startswith("> "):
            kind, paragraph = "aside", paragraph[2:]
        elif paragraph.startswith("\u212e"):  # ℮, the e-Guide's sign for "see another section"
            kind, paragraph = "xref", paragraph[1:].strip()
        blocks.append(Block(kind, mark_safe(_linkify(escape(paragraph), targets))))
    return blocks


def plain_text(text: str) -> str:
    """The text without its markup signs, for search and for checks."""
    out = re.sub(r"^(### |- |> )", "", text or "", flags=re.MULTILINE)
    return out.replace("\u212e", "")
