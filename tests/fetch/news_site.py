"""Invented news pages, feeds and sitemaps for the fetch tests (no text from real sites)."""

from __future__ import annotations

import gzip
import json

from fetch_server import Reply

TOWNS = ["Veldhoven-aan-Zee", "Brackmoor", "Ostrava Nova", "Kelderdam", "Lindqvist Harbour", "Port Amsel"]


def article_html(n: int, with_meta: bool = True) -> bytes:
    """An invented article; without ``with_meta`` it has no date or author of its own."""
    town = TOWNS[n % len(TOWNS)]
    meta = ('<meta property="article:published_time" content="2026-03-0%dT08:00:00+01:00">'
            '<meta name="author" content="Mira Tessel">' % (n % 9 + 1)) if with_meta else ""
    paras = "".join(
        f"<p>{town} — The council of {town} voted on plan number {n} on Tuesday evening after a debate "
        f"that lasted {3 + i} hours, the town clerk said in a statement. Residents had asked for the "
        f"harbour bridge to be repaired before the winter storms, and {40 + i * 7} of them came to the "
        f"meeting to hear the decision in person.</p>" for i in range(4))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Council of {town} "
            f"decides on plan {n}</title>{meta}</head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World"
            f"</a></nav><article><h1>Council of {town} decides on plan {n}</h1>{paras}</article>"
            f"<footer>Subscribe to our newsletter</footer></body></html>").encode()


def page(n: int, with_meta: bool = True) -> Reply:
    return Reply(article_html(n, with_meta))


def rss(base: str, numbers: list[int], etag: str | None = "\"rss-1\"") -> Reply:
    items = "".join(
        f"<item><title>Council decides on plan {n}</title><link>{base}/news/{n}.html</link>"
        f"<pubDate>Tue, 0{n % 9 + 1} Mar 2026 07:30:00 +0000</pubDate>"
        f"<dc:creator>Ansel Brook</dc:creator><dc:creator>Hedda Vlot</dc:creator>"
        f"<description>Plan {n} was decided.</description></item>" for n in numbers)
    body = (f'<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>Invented Gazette</title>{items}</channel></rss>").encode()
    return Reply(body, headers={"Content-Type": "application/rss+xml"}, etag=etag)


def atom(base: str, numbers: list[int]) -> Reply:
    entries = "".join(
        f'<entry><title>Plan {n}</title><link rel="alternate" href="/news/{n}.html"/>'
        f"<published>2026-03-0{n % 9 + 1}T09:15:00Z</published><author><name>Ilse Marrow</name></author>"
        f"<summary>Plan {n}.</summary></entry>" for n in numbers)
    body = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
            f'xml:base="{base}/"><title>Invented Courier</title>{entries}</feed>').encode()
    return Reply(body, headers={"Content-Type": "application/atom+xml"})


def json_feed(base: str, numbers: list[int]) -> Reply:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Invented Ledger",
            "items": [{"id": str(n), "url": f"{base}/news/{n}.html", "title": f"Plan {n}",
                       "date_published": f"2026-03-0{n % 9 + 1}T10:00:00+02:00",
                       "authors": [{"name": "Oren Sall"}]} for n in numbers]}
    return Reply(json.dumps(feed).encode(), headers={"Content-Type": "application/feed+json"})


def home(feed_path: str) -> Reply:
    return Reply((f'<html><head><title>Invented Gazette</title><link rel="alternate" '
                  f'type="application/rss+xml" title="News" href="{feed_path}"></head>'
                  f"<body><h1>Invented Gazette</h1><p>Front page.</p></body></html>").encode())


def news_sitemap(base: str, numbers: list[int], gz: bool = False) -> Reply:
    urls = "".join(
        f"<url><loc>{base}/news/{n}.html</loc><news:news><news:publication><news:name>Invented Gazette"
        f"</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>2026-03-0{n % 9 + 1}T06:45:00+01:00</news:publication_date>"
        f"<news:title>Plan {n} in the news sitemap</news:title></news:news></url>" for n in numbers)
    body = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>").encode()
    if gz:
        return Reply(gzip.compress(body), headers={"Content-Type": "application/x-gzip"})
    return Reply(body, headers={"Content-Type": "application/xml"})


def sitemap_index(base: str, paths: list[str]) -> Reply:
    entries = "".join(f"<sitemap><loc>{base}{p}</loc><lastmod>2026-03-01</lastmod></sitemap>" for p in paths)
    body = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + entries + "</sitemapindex>").encode()
    return Reply(body, headers={"Content-Type": "text/xml"})


def robots(base: str, disallow: str = "/private/", sitemaps: list[str] = ()) -> Reply:
    lines = ["User-agent: *", f"Disallow: {disallow}"] + [f"Sitemap: {base}{p}" for p in sitemaps]
    return Reply("\n".join(lines).encode(), headers={"Content-Type": "text/plain"})
