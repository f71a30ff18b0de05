"""A small searchable library (three works with files and extracted text) for the backup tests."""

from pkhub.library.indexing import library_reindex_all
from pkhub.library.tests.factories import DocumentFactory, LanguageVersionFactory, VersionFileFactory

TEXTS = {
    "poc-stm": ("Protection of civilians", "Protection of civilians is a mandated task. " * 50),
    "gender-stm": ("Gender in peacekeeping", "Gender equality and sexual exploitation and abuse prevention. " * 50),
    "mine-stm": ("Mine action", "Landmine and explosive hazard awareness for civilians. " * 50),
}


def searchable_library() -> None:
    """Creates the three works, each with an English version, a stored file and its text; indexes them."""
    for slug, (title, text) in TEXTS.items():
        version = LanguageVersionFactory(resource__slug=slug, title=title)
        VersionFileFactory(version=version, document=DocumentFactory(content=text.encode(), text=text))
    library_reindex_all()
