"""Hostile feeds: every item becomes a record or an error record with its reason."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from hostile_inputs import rss  # noqa: E402

import dateline  # noqa: E402
from dateline.readers import iter_pages  # noqa: E402
from dateline.types import ErrorRecord, RawPage  # noqa: E402

SENTENCE = "De raad besloot dinsdag de brug over de haven te sluiten voor herstelwerk, meldt de gemeente. "


def test_feed_larger_than_the_read_limit_is_read_whole(tmp_path):
    items = [(f"Bericht {i}", SENTENCE * 3) for i in range(400)]
    path = tmp_path / "big.rss"
    path.write_text(rss(items), encoding="utf-8")
    cap = path.stat().st_size // 3  # the feed is three times the per-document cap
    opts = dateline.Options(analyse=False, learn_templates=False, max_read_bytes=cap)
    records = list(dateline.read_many([str(path)], options=opts))
    assert len(records) == 400
    assert Counter(r["status"] for r in records) == {"ok": 400}


def test_feed_with_a_long_comment_before_rss_is_read_as_a_feed(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(rss([("Brug dicht", SENTENCE), ("Pont vaart", SENTENCE)],
                        prolog="<!-- " + "gegenereerd door een CMS " * 400 + "-->"), encoding="utf-8")
    items = list(iter_pages([str(path)]))
    assert [type(i) for i in items] == [RawPage, RawPage]
    assert [i.url for i in items] == ["https://krant.example/0", "https://krant.example/1"]


def test_items_behind_the_parser_entity_limit_become_error_records(tmp_path):
    doctype = '<!DOCTYPE rss [<!ENTITY e "xxxxxxxxxx">]>'
    items = [(f"Bericht {i} &e;", "&e;" * 50) for i in range(3000)]
    path = tmp_path / "feed.rss"
    path.write_text(rss(items, doctype=doctype), encoding="utf-8")
    out = list(iter_pages([str(path)]))
    assert len(out) == 3000  # every item accounted for
    reasons = Counter(i.kind for i in out if isinstance(i, ErrorRecord))
    assert reasons["entity-limit"] > 0
    assert out[-1].source.endswith("feed.rss#3000") and out[-1].kind == "entity-limit"
    assert "entity limit" in out[-1].message


def test_feed_without_items_is_one_error_record(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text(rss([]), encoding="utf-8")
    (item,) = list(iter_pages([str(path)]))
    assert isinstance(item, ErrorRecord) and item.kind == "feed"


def test_compressed_feed_cut_short_keeps_the_items_before_the_break(tmp_path):
    import gzip

    data = gzip.compress(rss([(f"Bericht {i}", SENTENCE) for i in range(50)]).encode("utf-8"))
    path = tmp_path / "feed.xml.gz"
    path.write_bytes(data[:len(data) // 2])
    out = list(iter_pages([str(path)]))
    pages = [i for i in out if isinstance(i, RawPage)]
    assert 1 <= len(pages) < 50
    assert out[-1].kind == "truncated" and "ends early" in out[-1].message
