"""The published date is chosen by comparing what the page states (issue 15's failures, invented pages)."""

from page_maker import page, read

JSONLD = '<script type="application/ld+json">{{"@type": "NewsArticle", {fields}}}</script>'


def test_utc_timestamp_a_day_after_the_urls_local_day_gives_the_urls_day():
    # A US evening story: JSON-LD in UTC says the next day; the URL and the visible time say the local day.
    r = read(page(JSONLD.format(fields='"datePublished": "2023-11-09T03:30:00Z"')),
             url="https://riverside.example/2023/11/08/council-elects-mayor/")
    assert r["published"]["value"][:10] == "2023-11-08"
    assert "published:json-ld=2023-11-09T03:30:00+00:00" in r["published"]["evidence"]


def test_utc_timestamp_read_in_the_local_day_of_the_same_moment():
    head = JSONLD.format(fields='"datePublished": "2023-12-23T03:22:07Z"')
    body = '<article><time datetime="2023-12-22T22:22:07-05:00">Dec. 22, 2023</time></article>'
    r = read(page(head, body))
    assert r["published"]["value"] == "2023-12-22"


def test_modified_date_is_not_taken_for_published():
    head = JSONLD.format(fields='"datePublished": "2021-03-02T08:00:00+01:00", '
                                '"dateModified": "2023-06-01T10:00:00+02:00"')
    r = read(page(head))
    assert r["published"]["value"] == "2021-03-02T08:00:00+01:00"
    assert r["modified"]["value"] == "2023-06-01T10:00:00+02:00"


def test_sidebar_time_does_not_beat_the_articles_own_date():
    head = '<meta property="article:published_time" content="2022-05-10T09:00:00+02:00">'
    body = ('<aside><h3>Most read</h3><time datetime="2019-01-03">3 Jan 2019</time>'
            '<time datetime="2018-07-14">14 Jul 2018</time></aside>')
    r = read(page(head, body))
    assert r["published"]["value"][:10] == "2022-05-10"


def test_date_after_the_fetch_time_is_rejected():
    head = JSONLD.format(fields='"datePublished": "2031-01-01T00:00:00Z"')
    body = "<p>Published 4 March 2024</p>"
    r = read(page(head, body), fetched="2024-03-05T12:00:00Z")
    assert r["published"]["value"][:10] == "2024-03-04"
    assert any("2031-01-01" in e and "rejected" in e for e in r["published"]["evidence"])


def test_copyright_year_alone_is_no_publication_date():
    r = read(page(body="<footer><p>© 2019 Saltmere Courier</p></footer>"))
    assert r["published"] is None or not r["published"]["value"].startswith("2019-01-01")


def test_visible_date_without_markup_is_found():
    # No JSON-LD, meta or <time>: the date only in the page's text (htmldate's extensive search).
    body = '<div class="meta"><span>Saltmere, 14. Februar 2012</span></div>'
    r = read(page(body=body, lang="de"))
    assert r["published"]["value"][:10] == "2012-02-14"


def test_relative_timestamp_against_the_fetch_time():
    r = read(page(body="<h1>Harbour channel to be dredged before summer</h1><p>2 uur geleden</p>", lang="nl"),
             fetched="2024-03-05T01:30:00+00:00")
    assert r["published"]["value"] == "2024-03-04"
    assert r["published"]["source"] == "text-relative"


def test_relative_timestamp_needs_a_fetch_time():
    r = read(page(body="<p>gestern</p>", lang="de"))
    assert r["published"] is None
