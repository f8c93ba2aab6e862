"""The fast first pass: resiliparse's main content with its edges trimmed, trusted only when
two extractions agree on a long, unfragmented body; otherwise the trafilatura path runs."""

import dateline
from dateline.extract.fast import first_pass, trim_edges
from dateline.pipeline import Options

PARAS = [
    "The council of Brackmoor voted on Tuesday to repair the harbour bridge before the winter storms arrive, "
    "the town clerk said in a written statement to residents.",
    "Forty residents came to the meeting to hear the decision, and several of them asked why the repairs had "
    "taken three years to be approved by the regional board.",
    "The repairs will cost about two million euros, of which the regional board pays half, according to the "
    "budget that the council published last month on its website.",
    "Work on the bridge starts in October and should be finished before the ferry season begins next spring, "
    "the clerk added, although the contractor has not yet been chosen.",
]


def _page(paras, extra=""):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><title>Brackmoor repairs its bridge</title></head><body><nav><a href='/'>Home</a>"
            f"<a href='/sport'>Sport</a></nav><article><h1>Brackmoor repairs its bridge</h1><p>By Mira Tessel</p>"
            f"{body}</article>{extra}<footer>Subscribe</footer></body></html>")


def test_trim_edges_keeps_the_paragraph_run_only():
    text = "Home\nSport\nBrackmoor repairs its bridge\n" + "\n".join(PARAS) + "\nShare\nRelated: Ferry fares rise\n"
    assert trim_edges(text) == PARAS


def test_trim_edges_drops_short_non_sentences_inside_the_body():
    text = "\n".join([PARAS[0], "Advertisement", PARAS[1], "He said no.", PARAS[2]])
    assert trim_edges(text) == [PARAS[0], PARAS[1], "He said no.", PARAS[2]]


def test_a_plain_article_is_sure_and_its_body_is_the_paragraphs():
    paragraphs, why = first_pass(_page(PARAS * 2))
    assert why == "sure"
    assert paragraphs == PARAS * 2


def test_a_short_page_is_left_to_the_slow_path():
    paragraphs, why = first_pass(_page(PARAS[:1]))
    assert (paragraphs, why) == (None, "short")


def test_the_fast_html_path_gives_the_same_record_shape_and_metadata():
    html = _page(PARAS * 2).replace("<head>", '<head><meta property="article:published_time" '
                                              'content="2026-03-02T08:00:00+01:00">')
    fast = dateline.read(html.encode(), url="http://brackmoor.invalid/news/1.html", kind="html",
                         options=Options(analyse=False, html_extractor="fast"))
    slow = dateline.read(html.encode(), url="http://brackmoor.invalid/news/1.html", kind="html",
                         options=Options(analyse=False))
    assert fast["status"] == "ok" and fast["paragraphs"] == PARAS * 2
    assert fast["title"] == slow["title"] == "Brackmoor repairs its bridge"
    assert fast["published"] == slow["published"]
