"""Readers: files, directories, gzip, WARC (whole and truncated), feeds (including hostile ones)."""

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.readers import iter_pages
from dateline.types import ErrorRecord, RawPage

HTML = ("<html><head><title>{t}</title></head><body><article><h1>{t}</h1>"
        "<p>{t}: the council voted on Tuesday to close the old harbour bridge for repairs, "
        "officials said, and the work will take at least six months.</p></article></body></html>")


def _warc(path, n, truncate_at=None):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(n):
        body = HTML.format(t=f"Story {i}").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        rec = writer.create_warc_record(f"https://example.org/news/{i}", "response",
                                        payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(rec)
    data = buf.getvalue()
    path.write_bytes(data[:truncate_at] if truncate_at else data)


def test_directory_walk_reads_pages_and_skips_other_files(tmp_path):
    (tmp_path / "a.html").write_text(HTML.format(t="A"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Headline\n\nBody text here.")
    (tmp_path / "sub" / "c.html.gz").write_bytes(gzip.compress(HTML.format(t="C").encode()))
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    pages = list(iter_pages([str(tmp_path)]))
    assert [p.source.rsplit("/", 1)[-1] for p in pages] == ["a.html", "b.txt", "c.html.gz"]
    assert [p.kind for p in pages] == ["html", "text", "html"]
    assert b"Story" not in pages[2].content and b"<h1>C</h1>" in pages[2].content


def test_missing_file_is_an_error_record():
    (rec,) = list(iter_pages(["/nonexistent/page.html"]))
    assert isinstance(rec, ErrorRecord) and rec.kind == "not-found"


def test_warc_yields_one_page_per_response(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, 3)
    pages = list(iter_pages([str(path)]))
    assert [p.url for p in pages] == [f"https://example.org/news/{i}" for i in range(3)]
    assert all(isinstance(p, RawPage) and p.kind == "html" and p.encoding == "utf-8" for p in pages)


def test_truncated_warc_keeps_what_was_read_and_reports_the_rest(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    _warc(whole, 4)
    size = whole.stat().st_size
    cut = tmp_path / "cut.warc.gz"
    _warc(cut, 4, truncate_at=int(size * 0.8))
    items = list(iter_pages([str(cut)]))
    pages = [i for i in items if isinstance(i, RawPage)]
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    assert 1 <= len(pages) < 4
    # the record cut in half is reported as truncated: four records in, four out
    assert len(errors) == 1 and errors[0].kind == "truncated"
    assert len(pages) + len(errors) == 4


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Feed</title>
<item><title>Brand in haven</title><link>https://krant.example/a</link>
<pubDate>Tue, 05 Mar 2019 10:00:00 +0100</pubDate>
<description>&lt;p&gt;ROTTERDAM (ANP). Een brand in de haven is dinsdag geblust, meldt de brandweer.&lt;/p&gt;</description></item>
<item><title>Alleen een link</title><link>https://krant.example/b</link></item>
</channel></rss>"""


def test_feed_items_become_pages_and_linkless_items_errors(tmp_path):
    path = tmp_path / "feed.rss"
    path.write_text(RSS)
    items = list(iter_pages([str(path)]))
    assert isinstance(items[0], RawPage) and items[0].url == "https://krant.example/a"
    assert b"ROTTERDAM (ANP)" in items[0].content
    assert isinstance(items[1], ErrorRecord) and items[1].kind == "feed-item"


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY ext SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&lol4;</title><link>https://x.example/</link>
<description>&ext; text</description></item></channel></rss>"""


def test_hostile_feed_neither_expands_entities_nor_reads_files(tmp_path):
    path = tmp_path / "evil.xml"
    path.write_text(BILLION_LAUGHS)
    items = list(iter_pages([str(path)]))
    assert len(items) == 1
    content = items[0].content if isinstance(items[0], RawPage) else b""
    assert b"root:" not in content
    assert content.count(b"lol") < 1000
