"""Every response is kept in WARC, raw as sent, and a stored page can be re-read from it."""

import gzip

from conftest import rows
from dateline.fetch import fetch_to_store
from dateline.fetch.warc import read_warc_record
from dateline.readers import iter_pages
from fetch_server import Reply
from news_site import article_html, page, robots, rss


def test_a_fetched_page_reads_back_from_its_warc_record(server, db, quick, extract_only, tmp_path):
    server.routes["/robots.txt"] = robots(server.base)
    server.routes["/feed.xml"] = rss(server.base, [1])
    server.routes["/news/1.html"] = page(1)
    fetch_to_store([server.url("/feed.xml")], db, quick, extract_only, warc_dir=tmp_path / "warc")
    entry = rows(db, "SELECT warc_file, warc_offset, page_id FROM fetch_log WHERE kind='page'")[0]
    url, status, body = read_warc_record(entry["warc_file"], entry["warc_offset"])
    assert (url, status, body) == (server.url("/news/1.html"), 200, article_html(1))


def test_gzip_encoded_responses_are_kept_encoded_and_reread_decoded(server, db, quick, extract_only, tmp_path):
    html = article_html(2)
    server.routes["/robots.txt"] = robots(server.base)
    server.routes["/news/2.html"] = Reply(gzip.compress(html), headers={"Content-Type": "text/html",
                                                                         "Content-Encoding": "gzip"})
    fetch_to_store([server.url("/news/2.html")], db, quick, extract_only, warc_dir=tmp_path / "warc")
    entry = rows(db, "SELECT warc_file, warc_offset FROM fetch_log WHERE kind='page'")[0]
    assert read_warc_record(entry["warc_file"], entry["warc_offset"])[2] == html
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 1


def test_the_warc_holds_robots_feed_pages_and_errors_and_reads_as_input(server, db, quick, extract_only, tmp_path):
    server.routes["/robots.txt"] = robots(server.base)
    server.routes["/feed.xml"] = rss(server.base, [1, 2])
    server.routes["/news/1.html"] = page(1)  # /news/2.html is a 404
    fetch_to_store([server.url("/feed.xml")], db, quick, extract_only, warc_dir=tmp_path / "warc")
    from warcio.archiveiterator import ArchiveIterator

    [warc] = list((tmp_path / "warc").glob("*.warc.gz"))
    with open(warc, "rb") as f:
        seen = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI").rsplit("/", 1)[-1],
                 r.http_headers.get_statuscode()) for r in ArchiveIterator(f)]
    responses = sorted((name, status) for kind, name, status in seen if kind == "response")
    assert responses == [("1.html", "200"), ("2.html", "404"), ("feed.xml", "200"), ("robots.txt", "200")]
    assert sum(1 for kind, _, _ in seen if kind == "request") == 4
    # the WARC is an input like any other: dateline read can re-read the page from it
    pages = [p for p in iter_pages([str(warc)]) if getattr(p, "url", None) == server.url("/news/1.html")]
    assert pages and pages[0].content == article_html(1)
