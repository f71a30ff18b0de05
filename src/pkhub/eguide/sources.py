"""Reading the e-Guide's stored source files (`content/module*.txt`).

A file holds sections, each starting with a line `=== <number> | <title>`, then `key: value`
lines (units, chart, numbered, pending, why, link, video, source), a blank line and the text in
the format of `Section.body`. Lines before the first section are comments. The files hold the
text already repaired (see `pkhub.ingest.repair`): the loader checks that none is left damaged.
"""

from dataclasses import dataclass, field
from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent / "content"


@dataclass
class SourceLink:
    kind: str  # website, document, video
    url: str
    label: str = ""
    duration: str = ""


@dataclass
class SourceSection:
    number: str
    title: str
    body: str = ""
    why: str = ""
    units: list[str] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)
    numbered: bool = True
    pending: bool = False
    links: list[SourceLink] = field(default_factory=list)


def _link(key: str, value: str) -> SourceLink:
    parts = [p.strip() for p in value.split("|")]
    if key == "source":
        return SourceLink("document", parts[0])
    if key == "video":
        return SourceLink("video", parts[1], parts[0], parts[2] if len(parts) > 2 else "")
    return SourceLink("website", parts[1], parts[0])


def parse_sections(text: str) -> list[SourceSection]:
    """The sections of a source file, in reading order."""
    sections: list[SourceSection] = []
    current: SourceSection | None = None
    in_header = False
    body: list[str] = []

    def close():
        if current is not None:
            current.body = "\n".join(body).strip()

    for line in text.splitlines():
        if line.startswith("=== "):
            close()
            number, _, title = line[4:].partition("|")
            current = SourceSection(number=number.strip(), title=title.strip())
            sections.append(current)
            in_header, body = True, []
            continue
        if current is None:
            continue
        if in_header:
            if not line.strip():
                in_header = False
                continue
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key == "units":
                current.units = [v.strip() for v in value.split(",") if v.strip()]
            elif key == "chart":
                current.charts = [v.strip() for v in value.split(",") if v.strip()]
            elif key == "numbered":
                current.numbered = value != "no"
            elif key == "pending":
                current.pending = value == "yes"
            elif key == "why":
                current.why = value
            elif key in ("link", "video", "source"):
                current.links.append(_link(key, value))
            else:
                raise ValueError(f"Unknown key {key!r} in section {current.number}")
            continue
        body.append(line)
    close()
    return sections


def read_module(number: int) -> list[SourceSection]:
    return parse_sections((CONTENT_DIR / f"module{number}.txt").read_text(encoding="utf-8"))
