"""Per-host politeness seen from the server: request starts spaced by the delay (or the
robots.txt Crawl-delay), never more in flight than allowed; other hosts are not held up."""

from dateline.fetch import fetch_to_store
from fetch_server import NewsServer, Reply
from news_site import page, robots, rss


def _starts(server, prefix="/news/"):
    return sorted(s.started for s in server.log if s.path.startswith(prefix))


def _spaced(starts, delay):
    """Seen from the server, whose threads a busy machine may wake late: every gap near the delay
    (no gap is a burst), and the gaps on average at least the delay."""
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    return min(gaps) >= 0.7 * delay and sum(gaps) / len(gaps) >= 0.9 * delay


def test_requests_to_one_host_are_spaced_and_one_at_a_time(server, db, quick, extract_only):
    server.routes["/robots.txt"] = robots(server.base)
    numbers = list(range(1, 7))
    for n in numbers:
        server.routes[f"/news/{n}.html"] = page(n)
    server.routes["/feed.xml"] = rss(server.base, numbers)
    quick.delay, quick.per_host = 0.2, 1
    fetch_to_store([server.url("/feed.xml")], db, quick, extract_only)
    starts = _starts(server)
    assert len(starts) == 6
    assert _spaced(starts, 0.2)
    assert server.max_in_flight == 1


def test_crawl_delay_in_robots_txt_slows_the_host_down(server, db, quick, extract_only):
    server.routes["/robots.txt"] = Reply(b"User-agent: *\nCrawl-delay: 0.3\n", headers={"Content-Type": "text/plain"})
    for n in (1, 2, 3):
        server.routes[f"/news/{n}.html"] = page(n)
    quick.delay = 0.0
    fetch_to_store([server.url(f"/news/{n}.html") for n in (1, 2, 3)], db, quick, extract_only)
    starts = _starts(server)
    assert _spaced(starts, 0.3)


def test_robots_rules_for_our_agent_name_apply(server, db, quick, extract_only):
    server.routes["/robots.txt"] = Reply(b"User-agent: dateline\nDisallow: /news/2\n\nUser-agent: *\nDisallow:\n",
                                         headers={"Content-Type": "text/plain"})
    for n in (1, 2):
        server.routes[f"/news/{n}.html"] = page(n)
    counts = fetch_to_store([server.url(f"/news/{n}.html") for n in (1, 2)], db, quick, extract_only)
    assert (counts["new"], counts["errors".strip()]) == (1, 1) and server.requests_for("/news/2.html") == []


def test_two_hosts_are_fetched_side_by_side(db, quick, extract_only):
    quick.delay, quick.per_host = 0.3, 1
    with NewsServer() as a, NewsServer() as b:
        for s in (a, b):
            s.routes["/robots.txt"] = robots(s.base)
            for n in (1, 2, 3):
                s.routes[f"/news/{n}.html"] = page(n)
        urls = [s.url(f"/news/{n}.html") for s in (a, b) for n in (1, 2, 3)]
        fetch_to_store(urls, db, quick, extract_only)
        # each host waited its delay between its own two pages, but not for the other host
        first_a, first_b = _starts(a)[0], _starts(b)[0]
        assert abs(first_a - first_b) < 0.3
        assert _spaced(_starts(a), 0.3) and _spaced(_starts(b), 0.3)


def test_a_host_with_a_long_queue_does_not_hold_up_another_host(db, quick, extract_only):
    quick.delay, quick.per_host, quick.concurrency = 0.3, 1, 2
    with NewsServer() as slow, NewsServer() as other:
        for s in (slow, other):
            s.routes["/robots.txt"] = robots(s.base)
        for n in range(1, 9):
            slow.routes[f"/news/{n}.html"] = page(n)
        other.routes["/news/1.html"] = page(1)
        urls = [slow.url(f"/news/{n}.html") for n in range(1, 9)] + [other.url("/news/1.html")]
        fetch_to_store(urls, db, quick, extract_only)
        # the other host's page is fetched while the slow host still has most of its queue to go
        other_start = _starts(other)[0]
        assert sum(1 for t in _starts(slow) if t > other_start) >= 5
