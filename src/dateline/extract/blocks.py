"""Splitting scraped text into blocks, and the normal form used to compare blocks.

A scraped page is a sequence of blocks: blank-line separated when the page has blank lines
(one block per block-level element), else one block per line.  Blocks keep their text as on
the page (inner whitespace collapsed), so every removed block can be shown as it stood.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BLANK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


def split_blocks(text: str) -> list[str]:
    """Blank-line separated blocks, or lines when the page has no blank line at all."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK.split(text) if _BLANK.search(text) else text.split("\n")
    out = []
    for p in parts:
        # a blank-line block may still hold line breaks (<br>); they are spaces in prose
        p = _SPACE.sub(" ", p.replace("\n", " ")).strip()
        if p:
            out.append(p)
    return out


@lru_cache(maxsize=16384)  # asked for each block by features, segmenter and templates
def normalise(block: str) -> str:
    """Lower-cased words with digits folded, so '3 hours ago' and '5 hours ago' match.

    Used for repetition within a page and recurrence across a site's pages.
    """
    return " ".join(_WORD.findall(_DIGITS.sub("0", block.lower())))


def words(block: str) -> list[str]:
    return _WORD.findall(block.lower())


def page_language(blocks: list[str], forced: str | None = None) -> tuple[str | None, float | None]:
    """Language of the page, read from its longest blocks (prose, not menus)."""
    if forced:
        return forced, 1.0
    from ..language import detect

    sample = sorted(blocks, key=len, reverse=True)[:6]
    return detect(" ".join(sample), sample=800)
