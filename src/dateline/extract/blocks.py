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
    """Blank-line separated blocks, or lines when the page has no blank line at all; a
    paragraph a scraper broke at an inline element (a link, a bold name) is joined again."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK.split(text) if _BLANK.search(text) else text.split("\n")
    out = []
    for p in parts:
        # a blank-line block may still hold line breaks (<br>); they are spaces in prose
        p = _SPACE.sub(" ", p.replace("\n", " ")).strip()
        if p:
            out.append(p)
    return join_inline_breaks(out)


# A sentence broken off mid-way: ends in a letter, digit or comma, after at least 6 words, and
# not a line of separated items ("News | Sport", "Name • date").
_OPEN_END = re.compile(r"(?:\w|,)$")
_ITEM_MARKS = re.compile(r"[|•·@#]|https?:|www\.")
# What continues a sentence: a lower-case word or closing punctuation ("zufolge ...", ", said").
_CONTINUES = re.compile(r"^(?:[^\W\d_](?<=[a-zß-ÿ])|[,.;:!?)\]»”’])")
# ... but not a byline, a time or a handle glued under a headline ("by Jane Doe", "on Monday").
_NOT_CONTINUATION = re.compile(r"^(?:(?:by|von|door|par|por|updated|posted|published|via|article|photo|"
                               r"foto)\b|(?:on|am|op|le)\s+\S*\d)", re.I)
_SENTENCE_DONE = re.compile(r"[.!?…][\"'”’»)]*$")
INLINE_MAX_WORDS = 6  # a link or a bold name between the two halves of a sentence


def _open(block: str) -> bool:
    return bool(_OPEN_END.search(block)) and len(_WORD.findall(block)) >= 6 \
        and not _ITEM_MARKS.search(block)


def _continues(block: str) -> bool:
    """The rest of a sentence: goes on in lower case or punctuation and ends the sentence."""
    return bool(_CONTINUES.match(block)) and not _NOT_CONTINUATION.match(block) \
        and bool(_SENTENCE_DONE.search(block)) and not _ITEM_MARKS.search(block)


def join_inline_breaks(blocks: list[str]) -> list[str]:
    """Join ``"Die Regierung hat" | "Angela Merkel" | "zufolge beschlossen, ..."`` into one block.

    Only a block cut mid-sentence (no closing punctuation, six words or more, no item marks)
    is joined: with the next block when that one goes on in lower case or with punctuation and
    ends the sentence, or with a short inline piece (<= 6 words) and such a continuation after
    it.  A menu, a headline over a byline ("by Jane Doe") or a list never qualifies."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        cur = blocks[i]
        if i + 1 < len(blocks) and _open(cur):
            nxt = blocks[i + 1]
            if _continues(nxt):
                cur, i = _glue(cur, nxt), i + 1
            elif (i + 2 < len(blocks) and len(_WORD.findall(nxt)) <= INLINE_MAX_WORDS
                  and not _SENTENCE_DONE.search(nxt) and not _ITEM_MARKS.search(nxt)
                  and _continues(blocks[i + 2])):
                cur, i = _glue(_glue(cur, nxt), blocks[i + 2]), i + 2
        out.append(cur)
        i += 1
    return out


def _glue(a: str, b: str) -> str:
    return a + ("" if b[:1] in ",.;:!?)]»”’" else " ") + b


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
