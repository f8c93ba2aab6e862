"""Scraped-text path: a news page scraped to text (menus, prompts and all) -> Article.

Split the page into blocks, score each block as article body with the block model
(``block_model``), then give every block a role (``segment``) and fill the Article: section,
title, lead + paragraphs, dateline place and agency (from the lead), published / modified
times, authors, and every dropped block in ``blocks`` with its reason.  A page with no
article text gets no invented body, only a note.
"""

from __future__ import annotations

import math

from ..metadata.date_choice import DateCandidate, fetch_limit, plausible
from ..metadata.dateline import find_agency_credit, parse_dateline
from ..metadata.relative_dates import relative_timestamp
from ..types import Article, Dated, Doc
from .block_model import score_page
from ..language import SUPPORTED, detect
from .blocks import page_language, split_blocks
from .segment import segment


def _dated(found) -> Dated:
    return Dated(value=found.value, text=found.text, source="text", timezone_known=found.timezone_known)


def _settle_text_dates(art: Article, fetched: str | None, lang: str | None) -> None:
    """No date after the fetch time; a relative timestamp near the top when no date was read."""
    limit = fetch_limit(fetched)
    for name in ("published", "modified"):
        dated = getattr(art, name)
        if dated is not None and not plausible(DateCandidate(name, dated, "text"), limit):
            setattr(art, name, None)
            art.notes.append(f"date-rejected: {name} {dated.value} is after the fetch time or implausible")
    if art.published is not None or not fetched:
        return
    first_body = next((i for i, b in enumerate(art.blocks) if b.role in ("lead", "body")), len(art.blocks))
    for b in art.blocks[max(0, first_body - 12):first_body]:
        rel = relative_timestamp(b.text, fetched, lang)
        if rel is not None:
            art.published = rel
            b.role, b.reason = "timestamp", None
            return


def _segmented(texts: list[str], lang: str | None, doc: Doc):
    scores, rows = score_page(texts, lang, doc.scratch.get("block_model"))
    n_words = [round(math.expm1(r[1])) for r in rows]  # column 1 is log1p(words)
    return segment(texts, scores, lang, doc.scratch.get("template") or frozenset(), counts_of_words=n_words)


def extract_text(doc: Doc, options) -> Article:
    art = Article(page_id=doc.page.id, source=doc.page.source, kind="text")
    texts = split_blocks(doc.text or "")
    if not texts:
        art.notes.append("all-chrome: the page holds no text")
        return art
    forced = getattr(options, "language", None)
    lang, conf = page_language(texts, forced)
    if lang:
        art.language, art.language_confidence = lang, conf
    seg = _segmented(texts, lang, doc)
    if not forced and lang not in SUPPORTED and seg.blocks:
        # the longest blocks can be a site's locale menu ("Antigua and Barbuda | English…", in
        # many scripts), read as Fulfulde on a real English page: the article's own text says
        # which language it is in, and a page we would skip is read again in that language
        prose = " ".join(b.text for b in seg.blocks if b.role in ("lead", "body"))
        code, code_conf = detect(prose, sample=800) if prose else (None, None)
        if code in SUPPORTED:
            lang, conf = code, code_conf
            art.language, art.language_confidence = lang, conf
            seg = _segmented(texts, lang, doc)
    art.blocks = seg.blocks
    art.paragraphs = [b.text for b in seg.blocks if b.role in ("lead", "body")]
    if seg.title is not None:
        art.title = texts[seg.title]
    if seg.section is not None:
        art.section = texts[seg.section]
    art.authors = seg.authors
    published = [d for d in seg.dates if d.role == "published"] or [d for d in seg.dates if d.role is None]
    modified = [d for d in seg.dates if d.role == "modified"]
    if published:
        art.published = _dated(published[0])
    if modified:
        art.modified = _dated(modified[0])
    _settle_text_dates(art, doc.page.fetched, lang)
    if art.paragraphs:
        match = parse_dateline(art.paragraphs[0])
        if match:
            art.dateline_place, art.agency = match.place, match.agency
        if not art.agency:
            for b in seg.blocks:
                if b.role in ("dateline", "byline") or (b.role == "body" and len(b.text) < 60):
                    art.agency = find_agency_credit(b.text)
                    if art.agency:
                        break
    else:
        art.notes.append("all-chrome: no block of the page reads as article text")
    return art
