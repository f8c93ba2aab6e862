"""page_type and its note, on invented pages of each kind (issue 15)."""

from page_maker import page, read


def test_article():
    r = read(page(paragraphs=6), url="https://saltmere.example/news/channel")
    assert r["page_type"] == "article" and not [n for n in r["notes"] if n.startswith("article")]


def test_error_page():
    html = (b"<html><head><title>Seite nicht gefunden | Kuestenbote</title></head><body>"
            b"<h1>Seite nicht gefunden</h1><p>Die angeforderte Seite existiert leider nicht mehr.</p></body></html>")
    r = read(html)
    assert r["page_type"] == "error" and any(n.startswith("error:") for n in r["notes"])


def test_paywall_stub():
    html = (b"<html><body><article><h1>Channel dredging to cost more than planned</h1>"
            b"<p>The harbour board of Saltmere will pay twice what it planned for the dredging of the old "
            b"channel, papers seen by this newspaper show.</p></article>"
            b"<div><p>Subscribe to continue reading.</p><p>Already a subscriber? Log in</p></div></body></html>")
    r = read(html)
    assert r["page_type"] == "paywall-stub"


def test_unrendered_template_code():
    rows = "".join(f"<p>{{{{ item.title }}}} {{{{ item.teaser | limitTo: {i} }}}}</p>" for i in range(5))
    html = f'<html><body><div ng-app="news"><article>{rows}</article></div></body></html>'.encode()
    r = read(html)
    assert r["page_type"] == "template" and any(n.startswith("template:") for n in r["notes"])


def test_front_page():
    links = "".join(f'<li><a href="/n/{i}">Harbour board meets fishermen over channel plan {i}</a></li>'
                    for i in range(40))
    html = f"<html><head><meta property='og:type' content='website'></head><body><ul>{links}</ul></body></html>"
    r = read(html.encode(), url="https://saltmere.example/")
    assert r["page_type"] == "front"


def test_listing_page():
    links = "".join(f'<li><a href="/n/{i}">Harbour board meets fishermen over channel plan {i}</a></li>'
                    for i in range(30))
    r = read(f"<html><body><ul>{links}</ul></body></html>".encode(), url="https://saltmere.example/tag/harbour")
    assert r["page_type"] == "listing"


def test_product_page():
    head = '<script type="application/ld+json">{"@type": "Product", "name": "Tide clock"}</script>'
    html = f"<html><head>{head}</head><body><h1>Tide clock</h1><p>Oak case, brass hands.</p>" \
           f"<button>Add to cart</button></body></html>"
    assert read(html.encode())["page_type"] == "product"


def test_dated_article_declared_as_website_stays_an_article():
    head = ('<meta property="og:type" content="website">'
            '<meta property="article:published_time" content="2015-04-08T12:46:00+02:00">')
    assert read(page(head, paragraphs=3), url="https://saltmere.example/news/dredging")["page_type"] == "article"


def test_unrendered_template_in_scraped_text():
    rows = "\n\n".join(f"{{{{ artikel.titel }}}} wurde am {{{{ artikel.datum | date:'dd.MM.yyyy' }}}} "
                       f"veröffentlicht und {{{{ artikel.leser }}}} Mal gelesen, Teil {i}." for i in range(6))
    r = read(f"Startseite\n\nPolitik\n\n{rows}\n\nImpressum".encode(), kind="text")
    assert r["page_type"] == "template"


def test_cue_phrases_are_found_as_whole_words_within_one_text_only():
    # the cues are searched in one pass over the texts joined by newlines (page_type._cue_kinds)
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from dateline.extract.page_type import _cue_kinds
    from dateline.lang import load_table

    table = load_table("xx", "page_type_cues.tsv")

    def one_by_one(texts):
        return {kind for phrase, kind in table for t in texts
                if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", t, re.I)}

    words = st.sampled_from([p for p, _ in table] + [p.split()[0] for p, _ in table] + ["news", "x", "404s", "Page"])
    texts = st.lists(st.lists(words, max_size=4).map(" ".join), max_size=4)

    @settings(max_examples=300, deadline=None)
    @given(texts)
    def check(ts):
        assert _cue_kinds(ts) == one_by_one(ts)

    check()
    assert _cue_kinds(["Page not found"]) == {"error"}
    assert _cue_kinds(["page", "not found"]) == set()  # not across two texts
