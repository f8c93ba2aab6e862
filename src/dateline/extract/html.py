"""HTML path (first cut; the HTML helper owns and replaces this): trafilatura body."""

from __future__ import annotations

from ..types import Article, Block, Doc


def extract_html(doc: Doc, options) -> Article:
    import trafilatura

    result = trafilatura.bare_extraction(doc.text, url=doc.page.url, with_metadata=True,
                                         include_comments=False, output_format="python")
    art = Article(page_id=doc.page.id, source=doc.page.source, kind="html")
    if result is None:
        return art
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    art.paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    art.title = data.get("title")
    art.blocks = [Block(p, role="body") for p in art.paragraphs]
    return art
