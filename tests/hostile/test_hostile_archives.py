"""Hostile WARC archives: every record read or reported, and reading goes on behind a bad one."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from hostile_inputs import warc_records  # noqa: E402

from dateline.readers import iter_pages  # noqa: E402
from dateline.types import ErrorRecord, RawPage  # noqa: E402


def _kinds(items):
    return [("page" if isinstance(i, RawPage) else i.kind) for i in items]


def test_record_claiming_a_huge_length_does_not_swallow_the_records_behind_it(tmp_path):
    data, starts = warc_records(4, gz=False)
    head = data.index(b"Content-Length: ", starts[1])
    line_end = data.index(b"\r\n", head)
    (tmp_path / "crawl.warc").write_bytes(data[:head] + b"Content-Length: 999999999" + data[line_end:])
    items = list(iter_pages([str(tmp_path / "crawl.warc")]))
    assert _kinds(items) == ["page", "bad-length", "page", "page"]
    assert [i.url for i in items if isinstance(i, RawPage)] == [f"https://krant.example/nieuws/{i}" for i in (0, 2, 3)]


def test_intact_records_behind_a_corrupt_gzip_member_are_read(tmp_path):
    data, starts = warc_records(4)
    bad = bytearray(data)
    bad[starts[1] + 30:starts[1] + 60] = b"\xff" * 30  # inside the deflate data of member 2
    (tmp_path / "crawl.warc.gz").write_bytes(bytes(bad))
    items = list(iter_pages([str(tmp_path / "crawl.warc.gz")]))
    assert _kinds(items) == ["page", "bad-gzip-member", "page", "page"]


def test_truncated_record_is_an_error_not_an_article(tmp_path):
    data, starts = warc_records(3, gz=False)
    (tmp_path / "cut.warc").write_bytes(data[:starts[2] + (len(data) - starts[2]) // 2])
    items = list(iter_pages([str(tmp_path / "cut.warc")]))
    assert _kinds(items) == ["page", "page", "truncated"]
    assert "claims" in items[2].message


def test_html_resource_record_is_read(tmp_path):
    data, _ = warc_records(3, resource_at=1)
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    items = list(iter_pages([str(tmp_path / "crawl.warc.gz")]))
    assert _kinds(items) == ["page", "page", "page"]
    assert items[1].url == "https://krant.example/nieuws/1" and b"Bericht 1" in items[1].content


def test_record_over_the_cap_is_too_large_and_the_next_is_read(tmp_path):
    data, _ = warc_records(3)
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    from dateline.readers.files import iter_pages as iter_pages_capped

    items = list(iter_pages_capped([str(tmp_path / "crawl.warc.gz")], limit=300))
    assert _kinds(items) == ["too-large"] * 3
    assert all(isinstance(i, ErrorRecord) and "300" in i.message for i in items)
