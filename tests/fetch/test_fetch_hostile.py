"""Hostile servers: each bad URL becomes one error record with its cause, and the run goes on
to store the good pages next to them."""

from conftest import rows
from dateline.fetch import fetch_to_store
from fetch_server import Reply, declared_huge, endless_body, endless_redirects, flaky, gzip_bomb, never_answers
from news_site import page, robots

HOSTILE = {
    "/hang.html": "timeout",
    "/loop/0": "redirects",
    "/endless.html": "too-large",
    "/declared-huge.html": "too-large",
    "/bomb.html": "too-large",
    "/photo.jpg": "content-type",
    "/private/secret.html": "robots",
    "/gone.html": "http-404",
    "/broken.html": "http-500",
}


def _serve_hostile(server):
    server.routes["/robots.txt"] = robots(server.base, disallow="/private/")
    server.routes["/hang.html"] = never_answers
    server.routes["/loop/0"] = endless_redirects
    for n in range(1, 50):
        server.routes[f"/loop/{n}"] = endless_redirects
    server.routes["/endless.html"] = endless_body
    server.routes["/declared-huge.html"] = declared_huge
    server.routes["/bomb.html"] = gzip_bomb(20_000_000)
    server.routes["/photo.jpg"] = Reply(b"\xff\xd8\xff\xe0" + b"\0" * 100, headers={"Content-Type": "image/jpeg"})
    server.routes["/private/secret.html"] = page(9)
    server.routes["/broken.html"] = Reply(b"oops", 500, {"Content-Type": "text/plain"})
    for n in (1, 2):
        server.routes[f"/news/{n}.html"] = page(n)


def test_every_hostile_url_gives_its_error_and_good_pages_are_stored(server, db, quick, extract_only):
    _serve_hostile(server)
    urls = [server.url(p) for p in HOSTILE] + [server.url("/news/1.html"), server.url("/news/2.html")]
    counts = fetch_to_store(urls, db, quick, extract_only)
    assert counts["new"] == 2 and counts["errors"] == len(HOSTILE)
    docs = {r["source"]: r for r in rows(db, "SELECT source, status, error_stage, error_kind FROM documents")}
    assert set(docs) == set(urls)  # every input ends as exactly one record
    for path, kind in HOSTILE.items():
        doc = docs[server.url(path)]
        assert (doc["status"], doc["error_stage"], doc["error_kind"]) == ("error", "fetch", kind), path
    assert server.requests_for("/private/secret.html") == []  # robots.txt was asked first and obeyed
    assert len(server.requests_for("/loop/0")) == 1 and len(server.requests_for(f"/loop/{quick.max_redirects}")) == 1
    assert server.requests_for(f"/loop/{quick.max_redirects + 1}") == []
    log = {r["url"]: r for r in rows(db, "SELECT url, status, error_kind FROM fetch_log")}
    assert all(log[server.url(p)]["error_kind"] == k for p, k in HOSTILE.items())


def test_hostile_feed_items_do_not_stop_the_feed(server, db, quick, extract_only):
    _serve_hostile(server)
    items = "".join(f"<item><title>x</title><link>{server.url(p)}</link></item>"
                    for p in ["/bomb.html", "/news/1.html", "/photo.jpg", "/news/2.html"])
    server.routes["/feed.xml"] = Reply(f"<rss><channel>{items}</channel></rss>".encode(),
                                       headers={"Content-Type": "application/rss+xml"})
    counts = fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    assert (counts["new"], counts["errors"]) == (2, 2)


def test_retries_with_backoff_get_through_a_flaky_server(server, db, quick, extract_only):
    server.routes["/robots.txt"] = robots(server.base)
    server.routes["/flaky.html"] = flaky(2, page(3))
    quick.retries = 2
    counts = fetch_to_store([server.url("/flaky.html")], db, quick, extract_only)
    assert counts["new"] == 1 and len(server.requests_for("/flaky.html")) == 3


def test_a_server_failing_on_robots_txt_is_not_crawled(server, db, quick, extract_only):
    server.routes["/robots.txt"] = Reply(b"down", 503, {"Content-Type": "text/plain"})
    server.routes["/news/1.html"] = page(1)
    counts = fetch_to_store([server.url("/news/1.html")], db, quick, extract_only)
    assert counts["errors"] == 1 and server.requests_for("/news/1.html") == []
    assert rows(db, "SELECT error_kind FROM documents")[0]["error_kind"] == "robots"


def test_unreachable_host_and_bad_inputs_are_errors(db, quick, extract_only, tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"\0\1\2")
    counts = fetch_to_store(["http://127.0.0.1:9/news.html", str(junk), "ftp://x.invalid/a"], db, quick, extract_only)
    assert counts["errors"] == 3
    kinds = sorted(r["error_kind"] for r in rows(db, "SELECT error_kind FROM documents"))
    assert kinds == ["connect", "input", "input"]
