"""RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed: each item's link, title, date, authors and any
content it carries; and feed discovery from a site's home page.

XML is parsed with entity resolution and network access off, so a hostile feed (billion
laughs, external entities) can neither expand nor reach out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import urljoin

from .dates import iso_date

FEED_LINK_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
                   "application/feed+json", "application/json"}
MAX_ITEMS = 10_000  # items read from one feed


@dataclass
class FeedItem:
    link: str | None
    title: str | None = None
    published: str | None = None  # ISO 8601
    published_text: str | None = None  # as the feed wrote it
    timezone_known: bool = False
    authors: list[str] = field(default_factory=list)
    content: str | None = None  # HTML or text the item carries itself
    feed: str | None = None  # the feed's URL

    def meta(self) -> dict:
        """What travels with the page fetched from this item (see extract.finish_article)."""
        out = {"feed": self.feed, "feed_title": self.title, "feed_authors": self.authors}
        if self.published:
            out.update(feed_published=self.published, feed_published_text=self.published_text,
                       feed_timezone_known=self.timezone_known)
        return {k: v for k, v in out.items() if v}


def looks_like_feed(data: bytes) -> bool:
    head = data[:2000].lstrip().lower()
    if head.startswith(b"{"):
        return b"jsonfeed.org" in data[:4000].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def _parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           recover=True)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _children(el, name: str) -> list:
    return [c for c in el if _local(c.tag) == name]


def _text(el, *names: str) -> str | None:
    """The text of the first named child that has any; inline XHTML content as markup."""
    from lxml import etree

    for name in names:
        for c in _children(el, name):
            if name in ("content", "encoded") and len(c):
                text = "".join(etree.tostring(x, encoding="unicode") for x in c).strip()
            else:
                text = "".join(c.itertext()).strip()
            if text:
                return text
    return None


def _date(item: FeedItem, text: str | None) -> None:
    parsed = iso_date(text)
    if parsed:
        item.published, item.timezone_known = parsed
        item.published_text = text


def _xml_item(el, base: str) -> FeedItem:
    link = None
    for a in _children(el, "link"):
        href = a.get("href")
        if href is not None and a.get("rel", "alternate") == "alternate":
            link = href
            break
        if href is None and (a.text or "").strip():
            link = a.text.strip()
            break
    if link is None:
        guid = next(iter(_children(el, "guid")), None)
        if guid is not None and guid.get("isPermaLink", "true") == "true" and (guid.text or "").startswith("http"):
            link = guid.text.strip()
    if link is None and el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"):
        link = el.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    item = FeedItem(link=urljoin(base, link) if link else None, title=_text(el, "title"), feed=base)
    _date(item, _text(el, "pubdate", "published", "date", "issued", "created", "updated", "modified"))
    authors = []
    for a in _children(el, "author") + _children(el, "creator"):
        name = _text(a, "name") if len(a) else "".join(a.itertext()).strip()
        if name and "@" in name and "(" in name:  # RSS: "mail@example.org (Name)"
            name = name[name.index("(") + 1:].rstrip(")").strip()
        if name and name not in authors:
            authors.append(name)
    item.authors = authors
    item.content = _text(el, "encoded", "content", "description", "summary")
    return item


def _parse_xml(data: bytes, base: str) -> list[FeedItem]:
    from lxml import etree

    root = etree.fromstring(data, _parser())
    if root is None:
        raise ValueError("empty feed")
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    return [_xml_item(el, base) for el in items[:MAX_ITEMS]]


def _parse_json(data: bytes, base: str) -> list[FeedItem]:
    feed = json.loads(data)
    if not isinstance(feed, dict) or not isinstance(feed.get("items"), list):
        raise ValueError("a JSON Feed has an 'items' list")
    feed_authors = _json_authors(feed)
    out = []
    for raw in feed["items"][:MAX_ITEMS]:
        if not isinstance(raw, dict):
            continue
        link = raw.get("url") or raw.get("external_url")
        item = FeedItem(link=urljoin(base, link) if isinstance(link, str) else None,
                        title=raw.get("title") if isinstance(raw.get("title"), str) else None, feed=base)
        _date(item, raw.get("date_published") or raw.get("date_modified"))
        item.authors = _json_authors(raw) or feed_authors
        content = raw.get("content_html") or raw.get("content_text") or raw.get("summary")
        item.content = content if isinstance(content, str) else None
        out.append(item)
    return out


def _json_authors(obj: dict) -> list[str]:
    found = obj.get("authors") if isinstance(obj.get("authors"), list) else [obj.get("author")]
    return [a["name"] for a in found if isinstance(a, dict) and isinstance(a.get("name"), str)]


def parse_feed(data: bytes, base: str) -> list[FeedItem]:
    """Every item of a feed; raises ValueError for something that is not a feed."""
    if data.lstrip()[:1] == b"{":
        return _parse_json(data, base)
    try:
        return _parse_xml(data, base)
    except Exception as e:  # lxml raises several kinds; all mean "not a readable feed"
        raise ValueError(f"unparseable feed: {type(e).__name__}: {e}") from None


def discover_feeds(html: bytes, base: str) -> list[str]:
    """Feed URLs a page announces with <link rel="alternate" type="application/rss+xml" ...>."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # not parseable as HTML: nothing announced
        return []
    base_el = tree.find(".//base[@href]")
    if base_el is not None:
        base = urljoin(base, base_el.get("href"))
    found = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_LINK_TYPES and href:
            url = urljoin(base, href)
            if url not in found:
                found.append(url)
    return found
