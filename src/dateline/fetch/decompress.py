"""Content-Encoding decoding with a cap on the decoded size, so a gzip bomb stops at the cap.

Only gzip and deflate are asked for (Accept-Encoding); brotli is decoded when the server
sends it anyway and the ``brotli`` package is installed.
"""

from __future__ import annotations

import zlib

from .errors import FetchError

GZIP_MAGIC = b"\x1f\x8b"


def _inflate(raw: bytes, wbits: int, cap: int) -> bytes:
    d = zlib.decompressobj(wbits)
    out = bytearray()
    data = raw
    while data:
        out += d.decompress(data, cap + 1 - len(out))
        if len(out) > cap:
            raise FetchError("too-large", f"body decompresses to more than {cap} bytes")
        data = d.unconsumed_tail
    out += d.flush()
    if len(out) > cap:
        raise FetchError("too-large", f"body decompresses to more than {cap} bytes")
    return bytes(out)


def _brotli(raw: bytes, cap: int) -> bytes:
    try:
        import brotli
    except ImportError:
        raise FetchError("encoding", "server sent brotli, which needs the 'brotli' package") from None
    d = brotli.Decompressor()
    out = bytearray()
    for i in range(0, len(raw), 16_384):
        out += d.process(raw[i:i + 16_384])
        if len(out) > cap:
            raise FetchError("too-large", f"body decompresses to more than {cap} bytes")
    return bytes(out)


def decode_content(raw: bytes, encoding: str | None, cap: int) -> bytes:
    """The body with its Content-Encoding undone (several codings are undone in reverse)."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    data = raw
    for coding in reversed(codings):
        try:
            if coding in ("gzip", "x-gzip"):
                data = _inflate(data, 16 + zlib.MAX_WBITS, cap)
            elif coding == "deflate":
                try:
                    data = _inflate(data, zlib.MAX_WBITS, cap)
                except zlib.error:  # some servers send raw deflate without the zlib header
                    data = _inflate(data, -zlib.MAX_WBITS, cap)
            elif coding == "br":
                data = _brotli(data, cap)
            elif coding not in ("identity", "none"):
                raise FetchError("encoding", f"unknown Content-Encoding {coding!r}")
        except zlib.error as e:
            raise FetchError("encoding", f"corrupt {coding} body: {e}") from None
    if len(data) > cap:
        raise FetchError("too-large", f"body is larger than {cap} bytes")
    return data


def gunzip_file_body(data: bytes, cap: int) -> bytes:
    """A file that is itself gzipped (sitemap.xml.gz), as opposed to a gzip transfer coding."""
    if data[:2] != GZIP_MAGIC:
        return data
    try:
        return _inflate(data, 16 + zlib.MAX_WBITS, cap)
    except zlib.error as e:
        raise FetchError("encoding", f"corrupt gzip file: {e}") from None
