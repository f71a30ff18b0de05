"""Serving a file of a language version: resumable, cacheable, counted without personal data.

The range handling is written here rather than taken from a package: django-ranged-response, the
usual choice, has been unmaintained since 2017, and Django's own FileResponse has no Range support.
It is small: one range per request (`bytes=a-b`, `bytes=a-`, `bytes=-n`), which is what browsers
and download managers send to resume; a multi-range request gets the whole file (RFC 9110 allows
a server to ignore Range).
"""

import re
from urllib.parse import quote

from django.http import HttpResponse, StreamingHttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe

CHUNK_SIZE = 64 * 1024
_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


class Unsatisfiable(Exception):
    """The range lies outside the file: answered with 416."""


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """The inclusive (first, last) byte positions asked for, or None to send the whole file."""
    if not header:
        return None
    match = _RANGE.match(header)
    if not match:
        return None  # malformed or several ranges: ignored, the whole file is sent
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":  # bytes=-n: the last n bytes
        length = int(last)
        if length == 0 or size == 0:
            raise Unsatisfiable
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None  # invalid: ignored
    if start >= size:
        raise Unsatisfiable
    return start, min(end, size - 1)


def _if_range_allows(request, etag: str, last_modified: int) -> bool:
    """If-Range: resume only when the file is still the one the client has the start of."""
    value = request.headers.get("If-Range")
    if not value:
        return True
    if value.startswith(('"', "W/")):
        return value == etag  # a strong comparison: a weak tag never matches
    return parse_http_date_safe(value) == last_modified


class _FileSlice:
    """Iterates over `length` bytes of an open file from `start`, closing it at the end."""

    def __init__(self, file, start: int, length: int):
        self.file, self.remaining = file, length
        file.seek(start)

    def __iter__(self):
        while self.remaining > 0:
            chunk = self.file.read(min(CHUNK_SIZE, self.remaining))
            if not chunk:
                break
            self.remaining -= len(chunk)
            yield chunk

    def close(self):
        self.file.close()


def file_response(request, *, document, filename: str, on_download=None):
    """The response for GET/HEAD of a stored document, honouring Range, If-Range and conditionals.

    `on_download` is called once for a response that starts at byte 0 (see the comment below).
    """
    size = document.size
    etag = f'"{document.sha256}"'
    last_modified = int(document.created_at.timestamp())
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified

    try:
        byte_range = parse_range(request.headers.get("Range"), size) if _if_range_allows(request, etag, last_modified) else None
    except Unsatisfiable:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return _common_headers(response, etag, last_modified, filename, document.content_type)

    start, end = byte_range if byte_range else (0, size - 1)
    length = max(0, end - start + 1)
    if request.method == "HEAD":
        response = StreamingHttpResponse(iter(()), status=206 if byte_range else 200)
    else:
        stored = document.file.storage.open(document.file.name, "rb")
        response = StreamingHttpResponse(_FileSlice(stored, start, length), status=206 if byte_range else 200)
        # Counted once per download: a full GET, or a range from byte 0 (the first request of a
        # resumable or chunked download). The requests that resume it, and download managers'
        # parallel chunks, start further in and are the same download continuing.
        if start == 0 and on_download is not None:
            on_download()
    if byte_range:
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(length)
    return _common_headers(response, etag, last_modified, filename, document.content_type)


def _common_headers(response, etag, last_modified, filename, content_type):
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "").replace("?", "_")
    response["Content-Type"] = content_type or "application/octet-stream"
    response["Content-Disposition"] = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Accept-Ranges"] = "bytes"
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    # Revalidate every time: the ETag makes that cheap, and a cached copy would hide downloads.
    response["Cache-Control"] = "no-cache"
    return response
