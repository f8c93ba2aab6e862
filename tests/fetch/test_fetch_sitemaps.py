"""Sitemap indexes, gzipped Google News sitemaps and sitemaps named in robots.txt."""

import json

from conftest import rows
from dateline.fetch import fetch_to_store
from fetch_server import Reply
from news_site import news_sitemap, page, robots, sitemap_index


def test_index_to_gzipped_news_sitemap_to_pages(server, db, quick, extract_only):
    b = server.base
    server.routes["/robots.txt"] = robots(b)
    server.routes["/sitemap-index.xml"] = sitemap_index(b, ["/news-1.xml.gz", "/news-2.xml"])
    server.routes["/news-1.xml.gz"] = news_sitemap(b, [1, 2], gz=True)
    server.routes["/news-2.xml"] = news_sitemap(b, [3])
    for n in (1, 2, 3):
        server.routes[f"/news/{n}.html"] = page(n, with_meta=False)
    counts = fetch_to_store([server.url("/sitemap-index.xml")], db, quick, extract_only)
    assert counts["new"] == 3 and counts["sitemaps"] == 3
    pub = {r["url"]: r["published"] for r in rows(db, "SELECT url, published FROM articles")}
    assert pub[server.url("/news/2.html")] == "2026-03-03T06:45:00+01:00"


def test_a_site_without_feeds_is_read_through_its_robots_sitemaps(server, db, quick, extract_only):
    b = server.base
    server.routes["/robots.txt"] = robots(b, sitemaps=["/sitemap.xml"])
    server.routes["/"] = Reply(b"<html><head><title>Invented Post</title></head><body><p>Front.</p></body></html>")
    server.routes["/sitemap.xml"] = news_sitemap(b, [4])
    server.routes["/news/4.html"] = page(4)
    counts = fetch_to_store([b + "/"], db, quick, extract_only)
    assert counts["new"] == 1
    meta = json.loads(rows(db, "SELECT meta FROM fetch_log WHERE kind='home'")[0]["meta"])
    assert meta == {"feeds": [], "sitemaps": [server.url("/sitemap.xml")]}


def test_sitemaps_nest_only_so_deep(server, db, quick, extract_only):
    b = server.base
    server.routes["/robots.txt"] = robots(b)
    for depth in range(6):  # an index that points at an index that points at ...
        server.routes[f"/idx-{depth}.xml"] = sitemap_index(b, [f"/idx-{depth + 1}.xml"])
    counts = fetch_to_store([server.url("/idx-0.xml")], db, quick, extract_only)
    assert counts["sitemaps"] == quick.max_sitemap_depth + 1 and counts["sitemaps.too-deep"] == 1
