"""RSS, RSS 1.0, Atom and JSON Feed items keep their link, title, date and authors."""

import pytest

from dateline.fetch.feeds import discover_feeds, looks_like_feed, parse_feed
from news_site import atom, json_feed, rss

BASE = "http://news.invalid"


def test_rss_items_keep_link_date_and_every_author():
    items = parse_feed(rss(BASE, [1, 2]).body, BASE + "/feed.xml")
    assert [i.link for i in items] == [BASE + "/news/1.html", BASE + "/news/2.html"]
    assert items[0].published == "2026-03-02T07:30:00+00:00" and items[0].timezone_known
    assert items[0].published_text == "Tue, 02 Mar 2026 07:30:00 +0000"
    assert items[0].authors == ["Ansel Brook", "Hedda Vlot"]
    assert items[1].title == "Council decides on plan 2"


def test_atom_relative_links_resolve_against_the_feed():
    items = parse_feed(atom(BASE, [4]).body, BASE + "/atom.xml")
    assert items[0].link == BASE + "/news/4.html"
    assert items[0].published == "2026-03-05T09:15:00+00:00"
    assert items[0].authors == ["Ilse Marrow"]


def test_json_feed_items():
    data = json_feed(BASE, [5]).body
    assert looks_like_feed(data)
    item = parse_feed(data, BASE + "/feed.json")[0]
    assert (item.link, item.published, item.authors) == (BASE + "/news/5.html", "2026-03-06T10:00:00+02:00",
                                                         ["Oren Sall"])


def test_rss1_rdf_items_and_rss_author_email_form():
    data = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
      xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <item rdf:about="http://news.invalid/a"><title>A</title><dc:date>2026-01-02</dc:date></item></rdf:RDF>"""
    item = parse_feed(data, BASE)[0]
    assert (item.link, item.published, item.timezone_known) == ("http://news.invalid/a", "2026-01-02", False)
    rss2 = b"""<rss><channel><item><link>http://news.invalid/b</link><author>desk@news.invalid (Pia Lorn)</author>
      </item></channel></rss>"""
    assert parse_feed(rss2, BASE)[0].authors == ["Pia Lorn"]


def test_a_hostile_feed_does_not_expand_entities():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title>'
            b"<link>http://news.invalid/x</link></item></channel></rss>")
    items = parse_feed(bomb, BASE)
    assert all(len(i.title or "") < 100 for i in items)


def test_not_a_feed_raises_value_error():
    with pytest.raises(ValueError):
        parse_feed(b"{\"no\": \"items\"}", BASE)


def test_discovery_finds_announced_feeds_only():
    html = b"""<html><head><base href="http://news.invalid/en/">
      <link rel="alternate" type="application/rss+xml" href="feed.rss">
      <link rel="alternate" type="application/atom+xml" href="/atom.xml">
      <link rel="alternate" hreflang="de" href="/de/"><link rel="stylesheet" href="s.css"></head></html>"""
    assert discover_feeds(html, "http://news.invalid/") == ["http://news.invalid/en/feed.rss",
                                                           "http://news.invalid/atom.xml"]
