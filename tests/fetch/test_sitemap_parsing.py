"""Sitemaps, indexes, Google News sitemaps (gzipped or not) and text sitemaps."""

import gzip

import pytest

from dateline.fetch.errors import FetchError
from dateline.fetch.sitemaps import parse_sitemap
from news_site import news_sitemap, sitemap_index

BASE = "http://news.invalid"


def test_news_sitemap_entries_carry_title_and_publication_date():
    sm = parse_sitemap(news_sitemap(BASE, [1, 2]).body, BASE + "/news.xml", 10_000_000)
    assert sm.kind == "urlset"
    assert [e.url for e in sm.entries] == [BASE + "/news/1.html", BASE + "/news/2.html"]
    e = sm.entries[0]
    assert (e.title, e.published, e.language) == ("Plan 1 in the news sitemap", "2026-03-02T06:45:00+01:00", "en")
    assert e.meta()["feed_published"] == "2026-03-02T06:45:00+01:00"


def test_gzipped_sitemap_reads_like_the_plain_one():
    plain = parse_sitemap(news_sitemap(BASE, [3]).body, BASE, 10_000_000)
    packed = parse_sitemap(news_sitemap(BASE, [3], gz=True).body, BASE, 10_000_000)
    assert packed == plain


def test_index_lists_sitemaps():
    sm = parse_sitemap(sitemap_index(BASE, ["/a.xml", "/b.xml.gz"]).body, BASE, 10_000_000)
    assert sm.kind == "index" and [e.url for e in sm.entries] == [BASE + "/a.xml", BASE + "/b.xml.gz"]
    assert sm.entries[0].lastmod == "2026-03-01"


def test_text_sitemap_and_garbage():
    sm = parse_sitemap(b"http://news.invalid/1\nhttp://news.invalid/2\n", BASE, 1000)
    assert [e.url for e in sm.entries] == ["http://news.invalid/1", "http://news.invalid/2"]
    with pytest.raises(ValueError):
        parse_sitemap(b"<html><body>no</body></html>", BASE, 1000)


def test_gzipped_sitemap_bomb_stops_at_the_cap():
    with pytest.raises(FetchError) as e:
        parse_sitemap(gzip.compress(b"<urlset>" + b" " * 5_000_000), BASE, 100_000)
    assert e.value.kind == "too-large"
