"""RSS and Atom feeds: one RawPage per item that carries its content inline.

Feeds are parsed with lxml with entity resolution and network access off, so a hostile
feed (billion laughs, external entities) cannot expand or reach out.
"""

from __future__ import annotations

from typing import Iterator

from ..types import ErrorRecord, RawPage, stable_id

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def _parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                           load_dtd=False, recover=True)


def is_feed(data: bytes) -> bool:
    head = data[:2000].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _text(el, tag: str) -> str | None:
    found = el.find(tag)
    return found.text.strip() if found is not None and found.text else None


def iter_feed(data: bytes, source: str) -> Iterator[RawPage | ErrorRecord]:
    from lxml import etree

    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        yield ErrorRecord(stable_id(source), source, "read", "feed", f"unparseable feed: {e}")
        return
    if root is None:
        yield ErrorRecord(stable_id(source), source, "read", "feed", "empty feed")
        return
    items = list(root.iter("item")) or list(root.iter(f"{_ATOM}entry"))
    for i, item in enumerate(items, 1):
        title = _text(item, "title") or _text(item, f"{_ATOM}title") or ""
        link = _text(item, "link")
        if link is None:
            a = item.find(f"{_ATOM}link")
            link = a.get("href") if a is not None else None
        body = (_text(item, _CONTENT) or _text(item, f"{_ATOM}content")
                or _text(item, "description") or _text(item, f"{_ATOM}summary") or "")
        date = (_text(item, "pubDate") or _text(item, f"{_ATOM}published")
                or _text(item, f"{_ATOM}updated"))
        src = f"{source}#{i}"
        if not body.strip():
            yield ErrorRecord(stable_id(src), src, "read", "feed-item",
                              "feed item carries no content (only a link)")
            continue
        from html import escape

        html = (f"<html><head><title>{escape(title)}</title></head><body><article>"
                f"<h1>{escape(title)}</h1>{body if '<' in body else '<p>' + escape(body) + '</p>'}"
                f"</article></body></html>")
        yield RawPage(source=src, content=html.encode("utf-8"), url=link, kind="html",
                      meta={"feed_title": title, "feed_date": date})
