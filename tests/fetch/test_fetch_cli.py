"""`dateline fetch` and `dateline ingest` with URLs, on the local server."""

import pytest
from typer.testing import CliRunner

from conftest import rows
from dateline.cli import _load_commands, app
from dateline.cli.fetch import parse_interval
from news_site import page, robots, rss


@pytest.fixture
def site(server):
    server.routes["/robots.txt"] = robots(server.base)
    server.routes["/feed.xml"] = rss(server.base, [1, 2])
    for n in (1, 2, 3):
        server.routes[f"/news/{n}.html"] = page(n)
    return server


def _run(*args):
    _load_commands()
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_fetch_command_stores_pages_and_writes_warc(site, db, tmp_path):
    warc = tmp_path / "w"
    result = _run("fetch", site.url("/feed.xml"), "--db", db, "--warc-dir", str(warc), "--delay", "0.01",
                  "--no-analyse")
    assert "2 new" in result.output
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 2
    assert list(warc.glob("*.warc.gz"))


def test_fetch_every_keeps_watching_for_new_items(site, db):
    result = _run("fetch", site.url("/feed.xml"), "--db", db, "--no-warc", "--delay", "0.01", "--no-analyse",
                  "--every", "0.1s", "--rounds", "2")
    assert "2 new" in result.output and "0 new" in result.output and "not modified: 1" in result.output


def test_ingest_takes_urls_next_to_files(site, db, tmp_path):
    local = tmp_path / "local.html"
    local.write_bytes(page(5).body)
    urls = tmp_path / "urls.txt"
    urls.write_text(site.url("/news/3.html") + "\n")
    result = _run("ingest", site.url("/feed.xml"), str(urls), str(local), "--db", db, "--no-analyse")
    assert "4 new" in result.output
    assert rows(db, "SELECT count(*) AS n FROM fetch_log WHERE kind='page'")[0]["n"] == 3


def test_interval_parsing():
    assert [parse_interval(x) for x in ("90", "90s", "15m", "2h", "0.5d")] == [90, 90, 900, 7200, 43200]
