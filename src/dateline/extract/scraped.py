"""Scraped-text path (first cut; the text helper owns and replaces this)."""

from __future__ import annotations

import re

from ..types import Article, Block, Doc


def split_blocks(text: str) -> list[str]:
    parts = re.split(r"\n\s*\n" if "\n\n" in text else r"\n", text)
    return [p.strip() for p in parts if p.strip()]


def extract_text(doc: Doc, options) -> Article:
    art = Article(page_id=doc.page.id, source=doc.page.source, kind="text")
    blocks = [Block(b, role="body") for b in split_blocks(doc.text or "")]
    art.blocks = blocks
    art.paragraphs = [b.text for b in blocks]
    return art
