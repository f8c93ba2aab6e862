"""A local feed file read with `dateline read`: each item's date fills what its text lacks."""

import dateline
from dateline.pipeline import Options


def test_local_feed_items_keep_their_date(tmp_path):
    feed = tmp_path / "saved.rss"
    text = ("The harbour council of Brackmoor voted on Tuesday to repair the bridge before the winter "
            "storms, the town clerk said in a statement to residents. ") * 3
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Gazette</title>
      <item><title>Brackmoor repairs its bridge</title><link>http://brackmoor.invalid/news/1.html</link>
      <pubDate>Tue, 03 Mar 2026 07:30:00 +0100</pubDate><description>{text}</description></item>
      </channel></rss>""", encoding="utf-8")
    [record] = list(dateline.read_many([str(feed)], options=Options(analyse=False)))
    assert record["status"] == "ok"
    published = {k: v for k, v in record["published"].items() if k != "evidence"}
    assert published == {"value": "2026-03-03T07:30:00+01:00", "text": "Tue, 03 Mar 2026 07:30:00 +0100",
                         "source": "feed", "timezone_known": True}
