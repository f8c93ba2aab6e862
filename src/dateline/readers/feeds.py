"""RSS and Atom feeds: one RawPage per item that carries its content inline.

Feeds are parsed as a stream (so a feed of any size is read whole, one item in memory at a
time) with lxml, entity resolution and network access off, so a hostile feed (billion
laughs, external entities) cannot expand or reach out.  The parser may still stop early (at
its entity-amplification limit, or at broken markup); the items it never reached are
counted in the raw bytes and each becomes an error record saying why, so nothing vanishes.
"""

from __future__ import annotations

import re
import zlib
from html import escape
from typing import BinaryIO, Callable, Iterator

from ..types import ErrorRecord, RawPage, stable_id

_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ITEM_TAGS = ["item", f"{_RSS1}item", f"{_ATOM}entry"]
FEED_ROOTS = {"rss", "feed", "RDF"}
# An item or entry start tag in the raw bytes (any namespace prefix): how many items a feed holds.
_RAW_ITEM = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
_RAW_TAG_MAX = 40  # no match is longer, so chunks overlap by this much when counting

Opener = Callable[[], BinaryIO]


def _iterparse(stream: BinaryIO, **kw):
    from lxml import etree

    return etree.iterparse(stream, resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, recover=True, **kw)


def is_feed(open_stream: Opener) -> bool:
    """True when the first element (after any prolog, comments or doctype) is a feed root."""
    from lxml import etree

    try:
        with open_stream() as stream:
            for _, el in _iterparse(stream, events=("start",)):
                return etree.QName(el).localname in FEED_ROOTS
    except Exception:  # not XML at all: read as a page
        return False
    return False


def _text(el, tag: str) -> str | None:
    found = el.find(tag)
    return found.text.strip() if found is not None and found.text else None


def _item_page(item, src: str, limit: int) -> RawPage | ErrorRecord:
    title = _text(item, "title") or _text(item, f"{_RSS1}title") or _text(item, f"{_ATOM}title") or ""
    link = _text(item, "link") or _text(item, f"{_RSS1}link")
    if link is None:
        a = item.find(f"{_ATOM}link")
        link = a.get("href") if a is not None else None
    body = (_text(item, _CONTENT) or _text(item, f"{_ATOM}content") or _text(item, "description")
            or _text(item, f"{_RSS1}description") or _text(item, f"{_ATOM}summary") or "")
    date = _text(item, "pubDate") or _text(item, f"{_ATOM}published") or _text(item, f"{_ATOM}updated")
    if not body.strip():
        return ErrorRecord(stable_id(src), src, "read", "feed-item", "feed item carries no content (only a link)")
    html = (f"<html><head><title>{escape(title)}</title></head><body><article>"
            f"<h1>{escape(title)}</h1>{body if '<' in body else '<p>' + escape(body) + '</p>'}"
            f"</article></body></html>").encode("utf-8")
    if len(html) > limit:
        return ErrorRecord(stable_id(src), src, "read", "too-large", f"feed item of {len(html)} bytes is over "
                                                                     f"the {limit}-byte cap")
    return RawPage(source=src, content=html, url=link, kind="html", meta={"feed_title": title, "feed_date": date})


def count_raw_items(stream: BinaryIO) -> int:
    """Item and entry start tags in the bytes, counted in chunks (up to where a broken
    compressed stream ends)."""
    n, tail = 0, b""
    while True:
        try:
            chunk = stream.read(1 << 20)
        except (EOFError, OSError, zlib.error):
            break
        if not chunk:
            break
        buf = tail + chunk
        edge = max(0, len(buf) - _RAW_TAG_MAX)
        n += sum(1 for m in _RAW_ITEM.finditer(buf) if m.start() < edge)
        tail = buf[edge:]
    return n + sum(1 for _ in _RAW_ITEM.finditer(tail))


def _why_stopped(error_log) -> tuple[str, str]:
    messages = [str(e) for e in error_log]
    for m in messages:
        if "amplification" in m.lower() or "entity" in m.lower():
            return "entity-limit", f"the feed parser stopped at its entity limit ({m.split(':')[-1].strip()})"
    detail = messages[-1].split(":", 5)[-1].strip() if messages else "the rest of the feed"
    return "malformed", f"the feed parser could not reach this item ({detail})"


def iter_feed(open_stream: Opener, source: str, limit: int) -> Iterator[RawPage | ErrorRecord]:
    """One page or error record per item of the feed that ``open_stream`` opens."""
    n = 0
    failure = None
    with open_stream() as stream:
        events = _iterparse(stream, events=("end",), tag=ITEM_TAGS)
        try:
            for _, item in events:
                n += 1
                yield _item_page(item, f"{source}#{n}", limit)
                item.clear()
                while item.getprevious() is not None:  # keep memory flat on a long feed
                    del item.getparent()[0]
        except Exception as e:  # the parser gave up: the items behind are reported below
            failure = f"{type(e).__name__}: {e}"
        error_log = events.error_log
        broken = getattr(stream, "broken", None)  # a compressed feed that ends early
    with open_stream() as stream:
        total = count_raw_items(stream)
    if total > n:
        kind, message = _why_stopped(error_log)
        if failure:
            message += f"; {failure}"
        for k in range(n + 1, total + 1):
            src = f"{source}#{k}"
            yield ErrorRecord(stable_id(src), src, "read", kind, message)
    elif n == 0 and not broken:
        yield ErrorRecord(stable_id(source), source, "read", "feed", "the feed has no items")
    if broken:  # what stood behind the break is unknown: one record says it is lost
        src = f"{source}#{max(n, total) + 1}"
        yield ErrorRecord(stable_id(src), src, "read", "truncated",
                          f"the compressed feed ends early ({broken}); items after #{max(n, total)} are lost")
