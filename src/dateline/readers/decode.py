"""Bytes to text: encoding detection, binary and empty checks, and html/text sniffing.

Never crashes on a page: an undecodable or binary page becomes that page's error record.
"""

from __future__ import annotations

import codecs
import re

from ..pipeline import Step
from ..types import Doc, PageError

_BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16")]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|div|p|article|title)\b",
                         re.I | re.S)
_TAG = re.compile(r"</?(p|div|span|a|br|li|h[1-6]|article|section|table|td)\b[^>]*>", re.I)
_LATIN_SINGLE_BYTE = {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_3",
                      "iso8859_4", "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14",
                      "iso8859_15", "iso8859_16", "mac_roman", "mac_latin2"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _declared(data: bytes, declared: str | None) -> list[str]:
    out = []
    if declared:
        out.append(declared)
    m = _META_CHARSET.search(data[:4096])
    if m:
        out.append(m.group(1).decode("ascii", "ignore"))
    return out


def _valid_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding used). Order: BOM, UTF-8, declared charset, detection."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    # UTF-8 first: a declared charset is wrong more often than valid UTF-8 is accidental.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in _declared(data, declared):
        codec = _valid_codec(name)
        if codec and codec not in ("utf-8",):
            try:
                return data.decode(codec), codec
            except (UnicodeDecodeError, LookupError):
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        # Among the Latin single-byte code pages a detector cannot tell them apart on short
        # Western text; cp1252 is by far the most common for nl/en/de/fr, so it wins ties.
        if best.encoding in _LATIN_SINGLE_BYTE:
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
        return data.decode(best.encoding, errors="replace"), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252"


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB mean this is not a page."""
    head = data[:8192]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl / len(head) > 0.05


def sniff_kind(text: str) -> str:
    head = text[:5000]
    if _HTML_START.match(head):
        return "html"
    tags = len(_TAG.findall(head))
    return "html" if tags >= 5 else "text"


class DecodeStep(Step):
    """RawPage.content -> Doc.text, with ``doc.scratch['kind']`` set to html or text."""

    name = "decode"

    def process(self, doc: Doc) -> Doc:
        data = doc.page.content
        if not data or not data.strip():
            raise PageError("empty", "the page is empty")
        if looks_binary(data):
            raise PageError("binary", "the page is binary data, not text or HTML")
        notes = doc.scratch.setdefault("notes", [])
        if len(data) > self.options.max_bytes:
            notes.append(f"truncated: page of {len(data)} bytes cut to {self.options.max_bytes}")
            data = data[: self.options.max_bytes]
        text, encoding = decode_bytes(data, doc.page.encoding)
        if len(_CONTROL.findall(text[:20000])) > 200:
            raise PageError("binary", f"decoded as {encoding} but full of control characters")
        if text.count("\ufffd") > max(20, len(text) // 20):
            raise PageError("encoding", f"could not decode the page (tried {encoding})")
        doc.text = text
        doc.scratch["encoding"] = encoding
        kind = doc.page.kind if doc.page.kind in ("html", "text") else sniff_kind(text)
        doc.scratch["kind"] = kind
        return doc
