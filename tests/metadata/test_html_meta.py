"""Pieces of the HTML metadata cascade: date normalisation, title tidying, URL dates, fill order."""

import lxml.html
import pytest

from dateline.metadata.html_meta import PageMeta, date_from_url, markup_metadata, tidy_title, to_dated


@pytest.mark.parametrize("raw,value,zone", [
    ("2021-03-03T09:12:00.000Z", "2021-03-03T09:12:00+00:00", True),
    ("2021-03-03T09:12:00+0100", "2021-03-03T09:12:00+01:00", True),
    ("2021-03-03", "2021-03-03", False),
    ("Wed, 03 Mar 2021 09:12:00 GMT", "2021-03-03T09:12:00+00:00", True),
    ("20210303", "2021-03-03", False),
])
def test_to_dated(raw, value, zone):
    d = to_dated(raw, "opengraph")
    assert (d.value, d.timezone_known, d.source, d.text) == (value, zone, "opengraph", raw)


@pytest.mark.parametrize("raw", ["", "yesterday", None, 12])
def test_to_dated_rejects(raw):
    assert to_dated(raw, "json-ld") is None


@pytest.mark.parametrize("title,site,expected", [
    ("Sea wall rebuilt | The Coastal Courier", "The Coastal Courier", "Sea wall rebuilt"),
    ("Sea wall rebuilt - Courier", None, "Sea wall rebuilt"),
    ("The Coastal Courier | Sea wall rebuilt after the winter storms", "The Coastal Courier",
     "Sea wall rebuilt after the winter storms"),
    ("Sea wall rebuilt", None, "Sea wall rebuilt"),
])
def test_tidy_title(title, site, expected):
    assert tidy_title(title, None, site) == expected


def test_url_date():
    assert date_from_url("https://x.example/news/2023/12/19/story").value == "2023-12-19"
    assert date_from_url("https://x.example/2023-12-19-quake").value == "2023-12-19"
    assert date_from_url("https://x.example/article/231047/best.html") is None


def test_cascade_keeps_the_first_source():
    tree = lxml.html.fromstring(
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2021-03-03T09:12:00Z"}</script>'
        '<meta property="article:published_time" content="2020-01-01T00:00:00Z">'
        '<meta property="article:modified_time" content="2021-03-05T10:00:00Z"></head>'
        '<body><time datetime="2019-01-01">1 Jan</time><p>x</p></body></html>')
    meta = markup_metadata(tree, None, use_htmldate=False)
    assert meta.published.value == "2021-03-03T09:12:00+00:00" and meta.published.source == "json-ld"
    assert meta.modified.value == "2021-03-05T10:00:00+00:00" and meta.modified.source == "opengraph"


def test_fill_only_fills_empty_fields():
    meta = PageMeta()
    meta.fill("title", "First", "json-ld")
    meta.fill("title", "Second", "opengraph")
    meta.fill("authors", [], "json-ld")
    meta.fill("authors", ["Jane Doe"], "opengraph")
    assert meta.title == "First" and meta.authors == ["Jane Doe"]
    assert meta.sources == {"title": "json-ld", "authors": "opengraph"}
