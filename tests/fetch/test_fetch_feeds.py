"""Following feeds on a real local server: every item's page stored with the feed's date and
authors where the page has none, reruns fetch only what is new, sites announce their feeds."""

import json

from conftest import rows
from dateline.fetch import fetch_to_store
from news_site import atom, home, json_feed, page, robots, rss


def _serve(server, numbers, with_meta=False):
    server.routes["/robots.txt"] = robots(server.base)
    for n in numbers:
        server.routes[f"/news/{n}.html"] = page(n, with_meta=with_meta)


def test_feed_items_become_stored_articles_with_feed_metadata(server, db, quick, extract_only):
    _serve(server, [1, 2, 3])
    server.routes["/feed.xml"] = rss(server.base, [1, 2, 3])
    counts = fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    assert counts["new"] == 3 and counts["errors"] == 0
    arts = {r["url"]: r for r in rows(db, "SELECT url, title, published, authors FROM articles")}
    first = arts[server.url("/news/1.html")]
    assert first["title"] == "Council of Brackmoor decides on plan 1"  # the page's own title wins
    assert first["published"] == "2026-03-02T07:30:00+00:00"  # the page has none: the feed's
    assert json.loads(first["authors"]) == ["Ansel Brook", "Hedda Vlot"]
    record = json.loads(rows(db, "SELECT record FROM articles LIMIT 1")[0]["record"])
    assert record["published"]["source"] == "feed"


def test_page_metadata_beats_the_feed(server, db, quick, extract_only):
    _serve(server, [4], with_meta=True)
    server.routes["/feed.xml"] = rss(server.base, [4])
    fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    art = rows(db, "SELECT published, authors FROM articles")[0]
    assert art["published"].startswith("2026-03-05T08:00:00")
    assert json.loads(art["authors"]) == ["Mira Tessel"]


def test_rerun_asks_conditionally_and_fetches_only_new_items(server, db, quick, extract_only):
    _serve(server, [1, 2, 3])
    server.routes["/feed.xml"] = rss(server.base, [1, 2], etag='"v1"')
    fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)

    again = fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    assert again.get("feed.not-modified") == 1 and again["new"] == 0
    feed_requests = server.requests_for("/feed.xml")
    assert feed_requests[-1].headers.get("if-none-match") == '"v1"'

    server.routes["/feed.xml"] = rss(server.base, [1, 2, 3], etag='"v2"')
    third = fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    assert third["new"] == 1 and third["pages.already-fetched"] == 2
    assert [len(server.requests_for(f"/news/{n}.html")) for n in (1, 2, 3)] == [1, 1, 1]
    log = {r["url"]: r for r in rows(db, "SELECT * FROM fetch_log")}
    assert log[server.url("/feed.xml")]["etag"] == '"v2"'
    assert log[server.url("/feed.xml")]["n_fetches"] == 3


def test_atom_and_json_feeds(server, db, quick, extract_only):
    _serve(server, [5, 6])
    server.routes["/atom.xml"] = atom(server.base, [5])
    server.routes["/feed.json"] = json_feed(server.base, [6])
    counts = fetch_to_store([server.url("/atom.xml"), server.url("/feed.json")], db, quick, extract_only)
    assert counts["new"] == 2 and counts["feeds"] == 2
    by_url = {r["url"]: json.loads(r["authors"]) for r in rows(db, "SELECT url, authors FROM articles")}
    assert by_url == {server.url("/news/5.html"): ["Ilse Marrow"], server.url("/news/6.html"): ["Oren Sall"]}


def test_a_home_page_leads_to_the_feed_it_announces(server, db, quick, extract_only):
    _serve(server, [7, 8])
    server.routes["/"] = home("/rss/all.xml")
    server.routes["/rss/all.xml"] = rss(server.base, [7, 8])
    counts = fetch_to_store([server.base + "/"], db, quick, extract_only)
    assert counts["new"] == 2 and counts["sites"] == 1
    kinds = {r["url"]: r["kind"] for r in rows(db, "SELECT url, kind FROM fetch_log")}
    assert kinds[server.base + "/"] == "home" and kinds[server.url("/rss/all.xml")] == "feed"


def test_a_list_file_of_urls_and_every_request_names_dateline(server, db, quick, extract_only, tmp_path):
    _serve(server, [1, 2])
    server.routes["/feed.xml"] = rss(server.base, [1])
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# my feeds\n{server.url('/feed.xml')}\n\n{server.url('/news/2.html')}\n")
    counts = fetch_to_store([f"@{listing}"], db, quick, extract_only)
    assert counts["new"] == 2
    assert all(s.headers["user-agent"].startswith("dateline/") for s in server.log)


def test_a_local_feed_file_has_its_items_fetched(server, db, quick, extract_only, tmp_path):
    _serve(server, [3])
    feed = tmp_path / "saved.rss"
    feed.write_bytes(rss(server.base, [3]).body)
    counts = fetch_to_store([str(feed)], db, quick, extract_only)
    assert counts["new"] == 1
    assert json.loads(rows(db, "SELECT authors FROM articles")[0]["authors"]) == ["Ansel Brook", "Hedda Vlot"]


def test_a_page_that_failed_for_a_passing_reason_is_tried_again_next_run(server, db, quick, extract_only):
    from fetch_server import Reply

    server.routes["/robots.txt"] = robots(server.base)
    server.routes["/feed.xml"] = rss(server.base, [1, 2, 3], etag='"v1"')  # /news/3.html is a 404
    server.routes["/news/1.html"] = page(1)
    server.routes["/news/2.html"] = Reply(b"busy", 503, {"Content-Type": "text/plain"})
    first = fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    assert (first["new"], first["errors"]) == (1, 2)
    server.routes["/news/2.html"] = page(2)
    second = fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    assert second.get("feed.not-modified") == 1 and second["new"] == 1
    assert len(server.requests_for("/news/1.html")) == 1  # the stored page is not fetched again
    assert len(server.requests_for("/news/3.html")) == 1  # nor the page that is gone
