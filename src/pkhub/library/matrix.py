"""The language matrix of a resource: for each official language, held, missing or out of date."""

from dataclasses import dataclass

from pkhub.core.languages import CONTENT_LANGUAGES


@dataclass(frozen=True)
class MatrixCell:
    lang: str
    state: str  # "held", "missing" or "stale" (a translation older than its original)
    files: int = 0
    downloads: int = 0
    language_warnings: int = 0  # files whose detected language is not the version's


def language_matrix(resource) -> list[MatrixCell]:
    """Six cells in the UN order (uses prefetched versions and files when present)."""
    versions = {v.lang: v for v in resource.versions.all()}
    original = versions.get(resource.original_language)
    cells = []
    for code in CONTENT_LANGUAGES:
        version = versions.get(code)
        if version is None:
            cells.append(MatrixCell(code, "missing"))
            continue
        files = list(version.files.all())
        cells.append(
            MatrixCell(
                code,
                "stale" if version.is_out_of_date(original) else "held",
                files=len(files),
                downloads=sum(f.download_count for f in files),
                language_warnings=sum(1 for f in files if language_mismatch(f)),
            )
        )
    return cells


def language_mismatch(version_file) -> bool:
    """The text of the file reads as another language than the version it belongs to."""
    detected = version_file.document.detected_language
    return bool(detected) and detected != version_file.version.lang
