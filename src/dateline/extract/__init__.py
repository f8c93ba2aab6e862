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
