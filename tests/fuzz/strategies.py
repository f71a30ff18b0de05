"""Hypothesis strategies: valid seed files mutated at the byte level or inside their zip parts."""

import io
import zipfile

from hypothesis import strategies as st

from tests.fuzz import seeds

# Tokens that steer parsers into their less travelled paths.
TOKENS = [
    b"%%EOF", b"%PDF-1.7", b"obj", b"endobj", b"stream", b"endstream", b"<<", b">>", b"/Length 99999999",
    b"xref", b"trailer", b"/Root", b"/Pages", b"/Kids [", b"/Encrypt", b"\x00", b"\xff\xfe", b"\xfe\xff",
    b"\xef\xbb\xbf", b"<w:t>", b"</w:p>", b"<a:t>", b"<!DOCTYPE html>", b"<?xml version='1.0'?>", b"<html>",
    b"<!--", b"-->", b"&#0;", b"&amp;", b"<![CDATA[", b"]]>", b"<!ENTITY x SYSTEM 'file:///etc/passwd'>",
    b"PK\x03\x04", b"PK\x05\x06", b"\r\n", b"\n" * 50, b"\xad", b"\u0000".decode().encode(),
]

_OPS = st.tuples(
    st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate", "token"]),
    st.integers(min_value=0, max_value=2**31),
    st.binary(max_size=32),
    st.sampled_from(TOKENS),
)


def apply(data: bytes, ops) -> bytes:
    out = bytearray(data)
    for op, where, blob, token in ops:
        at = where % (len(out) + 1)
        if op == "flip" and out:
            out[at % len(out)] ^= (blob[0] if blob else 0xFF) or 1
        elif op == "insert":
            out[at:at] = blob
        elif op == "delete":
            del out[at : at + 1 + len(blob) * 8]
        elif op == "truncate":
            del out[at:]
        elif op == "duplicate":
            out[at:at] = out[at : at + 256]
        elif op == "token":
            out[at:at] = token
    return bytes(out)


def mutate_zip_member(data: bytes, index: int, ops) -> bytes:
    """Rewrites one part of an Office file with its bytes mutated (the zip itself stays valid)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    victim = names[index % len(names)]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in names:
            content = source.read(name)
            target.writestr(name, apply(content, ops) if name == victim else content)
    return out.getvalue()


def mutated(*kinds: str):
    """A seed of one of `kinds`, mutated as bytes, or (Office files) inside one of its parts."""
    all_seeds = seeds.all_seeds()

    @st.composite
    def build(draw):
        kind = draw(st.sampled_from(kinds))
        seed = all_seeds[kind]
        ops = draw(st.lists(_OPS, min_size=1, max_size=8))
        if kind in ("docx", "pptx") and draw(st.booleans()):
            return mutate_zip_member(seed, draw(st.integers(0, 200)), ops)
        return apply(seed, ops)

    return build()


ANY_BYTES = st.binary(max_size=4096)


def strategy_for(target: str):
    """The inputs each target gets: mutated files of its format, other formats, and random bytes."""
    everything = tuple(seeds.all_seeds())
    by_target = {
        "check_pdf": ("pdf",), "extract_pdf": ("pdf",), "extract_docx": ("docx",), "extract_pptx": ("pptx",),
        "extract_html": ("html", "txt"), "extract_txt": ("txt", "txt16", "md"), "extract_md": ("md", "txt"),
    }
    if target in ("repair_text", "search_query"):
        return st.one_of(st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")), ANY_BYTES)
    return st.one_of(mutated(*by_target.get(target, everything)), ANY_BYTES)
