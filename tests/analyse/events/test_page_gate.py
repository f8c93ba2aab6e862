"""The page gate: a page that is not an article gets no events, and says so (issue 11).

Invented pages of the forms that gave phantom events: a section front whose links say
"Support us" and "Search", a product page that "releases" a model, an error page."""

from __future__ import annotations

from dateline import Options
from dateline.executors.local import LocalExecutor
from dateline.types import RawPage


def record(html: str, url: str) -> dict:
    raw = RawPage(source=url, content=html.encode(), url=url, kind="html")
    return next(LocalExecutor(Options(language="en")).run([raw]))


def test_a_section_front_gets_no_events_and_a_note():
    links = "".join(f'<li><a href="/n/{i}">Rebels attack convoy, police arrest men {i}</a></li>'
                    for i in range(40))
    html = ("<html><head><meta property='og:type' content='website'></head><body>"
            f"<ul>{links}</ul><p>Support us</p><p>Search</p></body></html>")
    r = record(html, "https://saltmere.example/")
    assert r["page_type"] == "front"
    assert r["annotations"]["events"] == []
    assert any(n.startswith("events-skipped") for n in r["notes"])


def test_an_article_with_the_same_words_gets_its_events():
    body = "".join("<p>Rebels attacked a convoy near the border on Tuesday, and police arrested "
                   f"twelve men in the port of Saltmere after the attack, officials said ({i}).</p>"
                   for i in range(6))
    html = f"<html><head><title>Convoy attacked</title></head><body><article><h1>Convoy attacked</h1>{body}</article></body></html>"
    r = record(html, "https://saltmere.example/news/convoy")
    assert r["page_type"] == "article"
    assert {e["label"] for e in r["annotations"]["events"]} >= {"ASSAULT", "COERCE"}
