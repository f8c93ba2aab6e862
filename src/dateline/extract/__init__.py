"""Extraction: a decoded page -> Article with roles for every block.

Two paths give the same record: ``html`` (markup) and ``scraped`` (text scraped from a
site, chrome and all).  ``ExtractStep`` picks the path from ``doc.scratch['kind']``.
"""

from __future__ import annotations

from ..language import detect
from ..pipeline import Step
from ..types import Article, Doc


class ExtractStep(Step):
    name = "extract"

    def process(self, doc: Doc) -> Doc:
        kind = doc.scratch.get("kind", "text")
        if kind == "html":
            from .html import extract_html

            article = extract_html(doc, self.options)
        else:
            from .scraped import extract_text

            article = extract_text(doc, self.options)
        finish_article(article, doc, self.options)
        doc.article = article
        return doc


def finish_article(article: Article, doc: Doc, options) -> None:
    """What both paths share: ids, source, language, notes."""
    page = doc.page
    article.page_id = page.id
    article.source = page.source
    article.url = article.url or page.url
    if article.site is None:
        article.site = page.site
        if article.site is None and article.url:
            from ..types import RawPage

            article.site = RawPage(source=page.source, content=b"", url=article.url).site
    article.notes.extend(doc.scratch.get("notes", []))
    _fill_from_feed(article, page.meta)
    if options.language:
        article.language, article.language_confidence = options.language, 1.0
    elif article.language is None:
        sample = article.body or "\n".join(b.text for b in article.blocks)
        article.language, article.language_confidence = detect(sample)
    if not article.paragraphs and not any("all-chrome" in n for n in article.notes):
        article.notes.append("all-chrome: no article text found on the page")
    from .page_type import classify

    article.page_type, why = classify(article, doc.scratch.get("declared_type"))
    if why:
        article.notes.append(why)


def _fill_from_feed(article: Article, meta: dict) -> None:
    """The last layer of the metadata cascade: what the feed or news sitemap that led to the
    page said about it (title, date, authors) fills only what the page itself left empty."""
    if not meta:
        return
    from ..types import Dated

    if not article.title and meta.get("feed_title"):
        article.title = meta["feed_title"]
    if not article.authors and meta.get("feed_authors"):
        article.authors = list(meta["feed_authors"])
    if article.published is None and meta.get("feed_published"):
        article.published = Dated(meta["feed_published"], meta.get("feed_published_text") or meta["feed_published"],
                                  "feed", bool(meta.get("feed_timezone_known")))
    elif article.published is None and meta.get("feed_date"):  # a local feed file: the date as written
        from ..fetch.dates import iso_date

        parsed = iso_date(meta["feed_date"])
        if parsed:
            article.published = Dated(parsed[0], meta["feed_date"], "feed", parsed[1])
