"""How the demo catalogue describes one work, and the whole list of them."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoResource:
    """One work of the demo catalogue, with the language versions it exists in.

    `versions` maps a content language code to (title, summary) in that language. A work with a
    `source_file` gets that text file (from `demo/sources/`) attached to its English version;
    the others get a small generated DOCX per version.
    """

    slug: str
    kind: str
    versions: dict[str, tuple[str, str]]
    series: str | None = None
    office: str | None = "its"
    themes: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    edition: str = ""
    source_file: str | None = None
    extra_lines: tuple[str, ...] = field(default=())

    @property
    def english_title(self) -> str:
        return self.versions["en"][0]


def demo_catalogue() -> list[DemoResource]:
    """Every work the demo catalogue loads, in a stable order."""
    from pkhub.library.demo import courses, guidance, packages, sources, stms

    return [*packages.PACKAGES, *stms.STMS, *guidance.GUIDANCE, *courses.COURSES, *courses.ASSESSMENTS, *sources.SOURCES]
