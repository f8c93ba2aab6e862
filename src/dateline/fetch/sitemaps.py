"""Sitemaps (urlset), sitemap indexes and Google News sitemaps, gzipped or not, and plain-text
sitemaps (one URL a line).  Google News entries carry the article's title and publication
date, which travel with the page like a feed item's."""

from __future__ import annotations

from dataclasses import dataclass

from .dates import iso_date
from .decompress import gunzip_file_body

MAX_ENTRIES = 50_000  # the sitemap protocol's own limit per file


@dataclass
class SitemapEntry:
    url: str
    lastmod: str | None = None
    title: str | None = None  # news:title
    published: str | None = None  # news:publication_date, ISO 8601
    published_text: str | None = None
    timezone_known: bool = False
    language: str | None = None  # news:language
    sitemap: str | None = None

    def meta(self) -> dict:
        out = {"sitemap": self.sitemap, "feed_title": self.title, "sitemap_lastmod": self.lastmod,
               "sitemap_language": self.language}
        if self.published:
            out.update(feed_published=self.published, feed_published_text=self.published_text,
                       feed_timezone_known=self.timezone_known)
        return {k: v for k, v in out.items() if v}


@dataclass
class Sitemap:
    kind: str  # "index" (entries are sitemaps) or "urlset" (entries are pages)
    entries: list[SitemapEntry]


def looks_like_sitemap(data: bytes) -> bool:
    head = data[:2000].lower()
    return data[:2] == b"\x1f\x8b" or b"<urlset" in head or b"<sitemapindex" in head


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el, name: str) -> str | None:
    for c in el.iter():
        if c is not el and _local(c.tag) == name and (c.text or "").strip():
            return c.text.strip()
    return None


def parse_sitemap(data: bytes, base: str, max_bytes: int) -> Sitemap:
    """Raises ValueError for something that is not a sitemap."""
    from lxml import etree

    data = gunzip_file_body(data, max_bytes)
    stripped = data.lstrip()
    if stripped[:1] != b"<":  # a text sitemap: one absolute URL a line
        lines = [ln.strip() for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
        urls = [ln for ln in lines if ln.startswith(("http://", "https://"))]
        if not urls or len(urls) < len(lines):
            raise ValueError("neither an XML sitemap nor a list of URLs")
        return Sitemap("urlset", [SitemapEntry(u, sitemap=base) for u in urls[:MAX_ENTRIES]])
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise ValueError(f"unparseable sitemap: {e}") from None
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        raise ValueError("not a sitemap (no <urlset> or <sitemapindex>)")
    kind = "index" if _local(root.tag) == "sitemapindex" else "urlset"
    entries = []
    for el in root:
        if _local(el.tag) not in ("url", "sitemap"):
            continue
        loc = next((c.text.strip() for c in el if _local(c.tag) == "loc" and c.text), None)
        if not loc:
            continue
        entry = SitemapEntry(loc, lastmod=_child_text(el, "lastmod"), sitemap=base)
        news = next((c for c in el if _local(c.tag) == "news"), None)
        if news is not None:
            entry.title = _child_text(news, "title")
            entry.language = _child_text(news, "language")
            text = _child_text(news, "publication_date")
            parsed = iso_date(text)
            if parsed:
                entry.published, entry.timezone_known = parsed
                entry.published_text = text
        entries.append(entry)
        if len(entries) >= MAX_ENTRIES:
            break
    return Sitemap(kind, entries)
