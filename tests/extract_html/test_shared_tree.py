"""The fast path reads metadata from a Lexbor tree (extract/dom.py): the same answers as from lxml.

Invented pages only.  Each page is read twice, by the default path (one lxml tree for
trafilatura and the metadata cascade) and by the fast path (resiliparse first pass, metadata
from selectolax's tree, lxml only where trafilatura or htmldate must run); every metadata
field must come out the same.
"""

import lxml.html
import pytest
from page_maker import page, read

from dateline.extract.dom import HtmlPage, LexborRoot, count_elements
from dateline.metadata.html_authors import element_author_names
from dateline.metadata.html_meta import markup_metadata

JSONLD = '<script type="application/ld+json">{{"@type": "NewsArticle", {fields}}}</script>'

PAGES = {
    "jsonld-and-meta": page(
        JSONLD.format(fields='"headline": "Channel to be dredged before summer", "datePublished": '
                             '"2023-11-08T14:30:00+01:00", "dateModified": "2023-11-09T08:00:00+01:00", '
                             '"author": {"@type": "Person", "name": "Mara Olsen"}, "articleSection": "Harbour"')
        + '<meta property="og:site_name" content="Saltmere Courier"><link rel="canonical" '
          'href="https://courier.example/harbour/channel">'),
    "meta-tags-only": page('<meta property="og:title" content="Fishermen ask for a deeper channel">'
                           '<meta property="article:published_time" content="2022-05-02T09:00:00Z">'
                           '<meta name="author" content="Tomas Brink"><title>Deeper channel | Courier</title>'),
    "byline-element-and-time": page(
        "<title>Dredging starts - Saltmere Courier</title>",
        '<h1>Dredging of the old channel starts in May</h1><div class="byline">By <a rel="author" '
        'href="/staff/ilse">Ilse Vandermeer</a> <time datetime="2021-04-12T10:00:00+02:00">12 April</time></div>'),
    "text-byline-and-dateline": page(
        "<title>Harbour vote</title>",
        "<article><p>By Jan de Wit</p><p>SALTMERE (Reuters) - The harbour board voted on Tuesday to dredge "
        "the old channel before the summer season, after fishermen said their boats ran aground.</p></article>"),
    "no-date-no-author": page("<title>About the harbour</title>"),
    "agency-as-author": page('<meta name="author" content="The Associated Press">'
                             '<meta property="article:published_time" content="2020-02-03">'),
    "url-date-and-utc-evening": page(JSONLD.format(fields='"datePublished": "2023-11-09T03:30:00Z"'),
                                     '<article><time datetime="2023-11-08">Nov. 8</time></article>'),
}

FIELDS = ("title", "authors", "published", "modified", "section", "language", "page_type")


def _metadata(record: dict) -> dict:
    out = {k: record.get(k) for k in FIELDS}
    out["dateline"] = record["dateline"]
    out["publisher"] = record["source"]["publisher"]
    out["url"] = record["source"]["url"]
    return out


@pytest.mark.parametrize("name", sorted(PAGES))
def test_fast_path_gives_the_same_metadata_as_the_default_path(name):
    url = "https://courier.example/2023/11/08/channel/" if name == "url-date-and-utc-evening" else None
    default = read(PAGES[name], url=url, fetched="2024-01-01T00:00:00Z", learn_templates=False)
    fast = read(PAGES[name], url=url, fetched="2024-01-01T00:00:00Z", learn_templates=False, html_extractor="fast")
    assert default["status"] == fast["status"] == "ok"
    assert _metadata(fast) == _metadata(default)


def test_the_metadata_the_pages_state_is_read():
    # the equality above would also hold if both paths lost everything: check what is found
    r = read(PAGES["jsonld-and-meta"], learn_templates=False, html_extractor="fast")
    assert r["title"] == "Channel to be dredged before summer"
    assert r["authors"] == ["Mara Olsen"] and r["section"] == "Harbour"
    assert r["published"]["value"] == "2023-11-08T14:30:00+01:00"
    assert r["modified"]["value"] == "2023-11-09T08:00:00+01:00"
    assert r["source"]["publisher"] == "Saltmere Courier"
    assert r["source"]["url"] == "https://courier.example/harbour/channel"
    r = read(PAGES["byline-element-and-time"], learn_templates=False, html_extractor="fast")
    assert r["authors"] == ["Ilse Vandermeer"] and r["published"]["value"][:10] == "2021-04-12"
    assert r["title"] == "Dredging of the old channel starts in May"


# Author elements: the Python rules must find what trafilatura's XPaths find after its pruning.
AUTHOR_SNIPPETS = [
    '<div class="author">Mara Olsen</div>',
    '<span class="byline">By <time datetime="2021-01-01">1 Jan</time>Tomas Brink</span>',
    '<div id="comments"><span class="author">A commenter</span></div><p class="author-name">Ilse Vandermeer</p>',
    '<figure><figcaption class="author">Photo: Press Agency</figcaption></figure><a rel="author">Jan de Wit</a>',
    '<div class="byline">Piet Jansen</div><span class="author">Anna Berg</span>',  # rule 1 before rule 2
    '<section class="writer-box"><b>Words by</b> Lena Vos</section>',
    '<div class="sidebar"><span class="author">Not Her</span></div>',
    '<div data-component="Byline"><span>Kees</span> <span>Bakker</span></div>',
    '<p class="post-author">x</p><p itemprop="author">Sara Lind</p>',
]


@pytest.mark.parametrize("snippet", AUTHOR_SNIPPETS)
def test_author_elements_match_trafilaturas_xpaths_on_both_trees(snippet):
    from trafilatura.metadata import extract_author

    html = f"<html><head><title>t</title></head><body><article><p>Some words here.</p>{snippet}</article></body></html>"
    pg = HtmlPage(html)
    expected = [n for n in (extract_author(pg.lxml) or "").split(";") if n.strip()]
    assert element_author_names(pg.lxml) == expected
    assert element_author_names(LexborRoot(pg.lexbor)) == expected


def test_author_elements_skip_pruned_sections_and_dates():
    html = ('<html><body><div class="comments"><span class="author">Commenter</span></div>'
            '<span class="byline">By <time>today</time> Mara Olsen</span></body></html>')
    pg = HtmlPage(html)
    assert element_author_names(LexborRoot(pg.lexbor)) == ["Mara Olsen"]


def test_markup_cascade_on_either_tree():
    html = PAGES["jsonld-and-meta"].decode()
    on_lxml = markup_metadata(lxml.html.fromstring(html), None, use_htmldate=False)
    on_lexbor = markup_metadata(LexborRoot(HtmlPage(html).lexbor), None, use_htmldate=False)
    assert on_lexbor == on_lxml
    assert on_lexbor.title == "Channel to be dredged before summer"


def test_lexbor_root_lists_elements_in_document_order():
    root = LexborRoot(HtmlPage("<html><body><h2>a</h2><p>b</p><li>c</li><p>d</p></body></html>").lexbor)
    assert [(e.tag, e.text_content()) for e in root.iter(("p", "h2", "li"))] == \
        [("h2", "a"), ("p", "b"), ("li", "c"), ("p", "d")]
    assert [e.text_content() for e in root.iter("p")] == ["b", "d"]
    assert count_elements(root) == 7  # html, head, body and four


def test_fast_path_parses_lxml_only_when_needed():
    from dateline.extract.html import extract_html
    from dateline.pipeline import Options
    from dateline.types import Doc, RawPage

    calls = []
    import dateline.extract.dom as dom

    original = dom.parse_lxml

    def counting(text):
        calls.append(1)
        return original(text)

    dom.parse_lxml = counting
    try:
        # a plain article with a JSON-LD date: the first pass stands, htmldate cannot change the day
        html = page(JSONLD.format(fields='"datePublished": "2023-11-08T14:30:00+01:00"'), paragraphs=8).decode()
        doc = Doc(RawPage(source="t", content=b"", kind="html"), text=html)
        art = extract_html(doc, Options(analyse=False, learn_templates=False, html_extractor="fast"))
        assert art.published.value[:10] == "2023-11-08" and len(art.paragraphs) == 8
        assert calls == []
        # the same page on the default path parses lxml once
        extract_html(Doc(RawPage(source="t", content=b"", kind="html"), text=html), Options(analyse=False))
        assert calls == [1]
    finally:
        dom.parse_lxml = original
