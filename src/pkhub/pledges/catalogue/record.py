"""One requirement of a pledging guide, as the catalogue modules write it."""

from dataclasses import dataclass


@dataclass(frozen=True)
class R:
    code: str  # stable key within a ministerial: section prefix and number (UC-01, WPS-14 …)
    section: str  # a `Section` value
    subsection: str  # the guide's subheading, as printed
    title: str
    description: str  # the guide's own words
    kind: str  # a `RequirementKind` value
    quote: str  # the words this requirement starts with in the guide
    missions: tuple[str, ...] = ()
    quantity: int | None = None
    target: str = ""
    capability: str = ""  # a `UnitType` value, when the requirement asks for that kind of unit
    library_slug: str = ""  # translations: the library's resource to translate
    languages: tuple[str, ...] = ()  # translations: the languages asked for
    fundable: bool = False  # the guide asks for money here (a trust fund), so a Funding pledge may answer it
    category: str = ""  # the pledge form's category, when not the section's own
