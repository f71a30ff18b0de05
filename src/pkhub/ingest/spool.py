"""Copying an upload to a local temporary file while measuring and hashing it."""

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

CHUNK = 1024 * 1024


class TooLarge(Exception):
    """The source is over the limit; `size` is how much was read before stopping."""

    def __init__(self, size: int):
        super().__init__(size)
        self.size = size


@dataclass(frozen=True)
class Spooled:
    path: Path
    sha256: str
    size: int


def _chunks(source) -> Iterator[bytes]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        view = memoryview(source)
        for start in range(0, len(view), CHUNK):
            yield bytes(view[start : start + CHUNK])
        return
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as handle:
            yield from iter(lambda: handle.read(CHUNK), b"")
        return
    if hasattr(source, "seek"):
        try:
            source.seek(0)
        except (OSError, ValueError):  # a pipe or a closed upload cannot rewind
            pass
    if hasattr(source, "chunks"):  # a Django File or UploadedFile
        yield from source.chunks(CHUNK)
        return
    yield from iter(lambda: source.read(CHUNK), b"")


@contextmanager
def spooled(source, *, limit: int) -> Iterator[Spooled]:
    """`source` copied to a temporary file (removed on exit), with its SHA-256 and size.

    Raises TooLarge as soon as more than `limit` bytes have been read, so a huge upload is
    never held whole.
    """
    digest = hashlib.sha256()
    size = 0
    handle = tempfile.NamedTemporaryFile(
        prefix="pkhub-ingest-", dir=getattr(settings, "FILE_UPLOAD_TEMP_DIR", None), delete=False
    )
    path = Path(handle.name)
    try:
        with handle:
            for chunk in _chunks(source):
                size += len(chunk)
                if size > limit:
                    raise TooLarge(size)
                digest.update(chunk)
                handle.write(chunk)
        yield Spooled(path=path, sha256=digest.hexdigest(), size=size)
    finally:
        path.unlink(missing_ok=True)


@contextmanager
def local_copy(field_file) -> Iterator[Path]:
    """A local path for a stored file: its own path on disk, or a temporary copy from object storage."""
    try:
        path = field_file.path
    except NotImplementedError:
        path = None
    if path:
        yield Path(path)
        return
    with field_file.open("rb") as stored, spooled(stored, limit=2**62) as copy:
        yield copy.path
