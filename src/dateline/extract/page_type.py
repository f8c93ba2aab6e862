"""What kind of page this is: article, front, listing, product, error, paywall-stub, template.

Read from what the page says about itself (``og:type`` / JSON-LD ``@type``, handed over by the
HTML path as ``declared``), phrases in its title and short blocks (``lang/xx/extract/page_type_cues.tsv``:
"Seite nicht gefunden", "Already a subscriber?", "Add to cart"), the URL's path, template code
left unrendered (``{{ item.title }}``, ``ng-repeat``), and the shape of what was kept: an
article has prose; a front or listing page has many short headline-like blocks and little prose.
Every type but ``article`` comes with a note saying why.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from ..lang import load_table
from ..types import Article

PAGE_TYPES = ("article", "front", "listing", "product", "error", "paywall-stub", "template")
TEMPLATE_CODE = re.compile(r"\{\{[^{}]{1,80}\}\}|\{%[^%]{1,80}%\}|\bng-(?:repeat|if|bind|model)\b")
_LISTING_PATH = re.compile(r"/(?:tag|tags|category|categories|topic|topics|thema|themen|rubrik|"
                           r"rubrique|section|archive|archiv|search|suche|zoeken|recherche|author|autor)(?:/|$)",
                           re.I)
_DECLARED = {"product": "product", "website": "front", "collectionpage": "listing",
             "itemlist": "listing", "searchresultspage": "listing"}
ARTICLE_MIN_WORDS = 120  # below this, a page with paywall cues is a teaser, not an article


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, list[tuple[re.Pattern, str]]]:
    """Every phrase in one pattern (most pages have none: one scan says so), and one pattern per
    page type; each phrase a whole word, case-insensitively."""
    phrases: dict[str, list[str]] = {}
    for phrase, kind in load_table("xx", "page_type_cues.tsv"):
        phrases.setdefault(kind, []).append(re.escape(phrase))

    def words(alts: list[str]) -> re.Pattern:
        return re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)", re.I)

    return words([a for alts in phrases.values() for a in alts]), [(words(alts), kind) for kind, alts in phrases.items()]


def _cue_kinds(texts: list[str]) -> set[str]:
    # Searched over the texts joined by newlines: a phrase's spaces never match a newline, so
    # no phrase is found across two texts.
    joined = "\n".join(texts)
    any_cue, per_kind = _cues()
    if not any_cue.search(joined):
        return set()
    return {kind for rx, kind in per_kind if rx.search(joined)}


def classify(article: Article, declared: str | None = None) -> tuple[str, str | None]:
    """(page type, why) for an extracted article; why is None for a plain article."""
    words = sum(len(p.split()) for p in article.paragraphs)
    body = "\n".join(article.paragraphs)
    if body and len(TEMPLATE_CODE.findall(body)) >= max(2, len(article.paragraphs) // 3):
        return "template", "template: the body is unrendered template code ({{ ... }}, ng-*)"
    # the scraped-text path drops template blocks as chrome: a page made of them is still one
    template_blocks = sum(1 for b in article.blocks if TEMPLATE_CODE.search(b.text))
    if template_blocks >= 3 and words < ARTICLE_MIN_WORDS:
        return "template", f"template: {template_blocks} blocks of unrendered template code ({{{{ ... }}}}, ng-*) " \
                           f"and {words} words of article text"
    short_blocks = [b.text for b in article.blocks if len(b.text) <= 160]
    cues = _cue_kinds([article.title or ""] + short_blocks[:200])
    if "error" in cues and words < ARTICLE_MIN_WORDS and _cue_kinds([article.title or ""] + short_blocks[:20]) & {"error"}:
        return "error", "error: the page says it was not found"
    declared = (declared or "").lower().split(":")[-1]
    if _DECLARED.get(declared) == "product" or ("product" in cues and words < 2 * ARTICLE_MIN_WORDS
                                                 and not article.published):
        return "product", "product: a shop page (declared as product or offering a cart)"
    if "paywall-stub" in cues and words < ARTICLE_MIN_WORDS:
        return "paywall-stub", f"paywall-stub: {words} words of article text before a subscription wall"
    path = urlsplit(article.url or "").path if article.url else None
    headline_like = sum(1 for b in article.blocks if b.role == "chrome" and 4 <= len(b.text.split()) <= 16)
    # og:type "website" is many sites' default for articles too: alone it needs an undated page
    # with many headline links
    if (path in ("", "/") and (words < 3 * ARTICLE_MIN_WORDS or headline_like > 30)) or \
            (_DECLARED.get(declared) == "front" and not article.published and headline_like > 30):
        return "front", "front: the site's home page (root URL, or declared as website with many headline links)"
    if (path and _LISTING_PATH.search(path)) or _DECLARED.get(declared) == "listing":
        return "listing", "listing: a tag, section, archive or search page"
    if words < ARTICLE_MIN_WORDS and headline_like >= 15:
        return "listing", f"listing: {headline_like} headline-like links and {words} words of prose"
    return "article", None
