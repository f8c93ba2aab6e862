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


INLINE_MAX_PIECES = 9  # pieces of one broken sentence: text, link, text, link, ... text


def _inline_piece(block: str) -> bool:
    """A link or a bold name cut out of a sentence: short, no closing punctuation, no item marks."""
    return len(_WORD.findall(block)) <= INLINE_MAX_WORDS and not _SENTENCE_DONE.search(block) \
        and not _ITEM_MARKS.search(block)


def _goes_on(block: str) -> bool:
    """A middle piece of a sentence: goes on in lower case or punctuation, not yet ended."""
    return bool(_CONTINUES.match(block)) and not _NOT_CONTINUATION.match(block) \
        and not _ITEM_MARKS.search(block) and not _SENTENCE_DONE.search(block)


def _sentence_end_at(blocks: list[str], i: int) -> int:
    """Index of the block that ends the sentence opened at ``blocks[i]``, or ``i`` when the
    blocks after it are not the rest of that sentence.  Pieces alternate: an inline piece
    (link, bold name) is always followed by text that goes on in lower case or punctuation,
    so a run of short items (a menu) never qualifies."""
    k, after_inline = i + 1, False
    while k < len(blocks) and k - i <= INLINE_MAX_PIECES:
        nxt = blocks[k]
        if _continues(nxt):
            return k
        if _goes_on(nxt):
            after_inline = False
        elif _inline_piece(nxt) and not after_inline:
            after_inline = True
        else:
            return i
        k += 1
    return i


_STARTS_LOWER_WORD = re.compile(r"^[^\W\d_](?<=[a-zß-ÿ])(?![A-Z])")


def _starts_with_link(blocks: list[str], i: int) -> bool:
    """``"Angela Merkel" | "hat am Montag gesagt, ..."``: a sentence whose first words were a
    link.  The piece is short, starts in upper case, follows a finished block (or none), and
    the next block goes on in a lower-case word and ends a sentence of six words or more."""
    cur = blocks[i]
    if i + 1 >= len(blocks) or not _inline_piece(cur) or not cur[:1].isupper() \
            or _NOT_CONTINUATION.match(cur):
        return False
    nxt = blocks[i + 1]
    if not (_STARTS_LOWER_WORD.match(nxt) and _continues(nxt) and len(_WORD.findall(nxt)) >= 6):
        return False
    return i == 0 or bool(_SENTENCE_DONE.search(blocks[i - 1]))


def join_inline_breaks(blocks: list[str]) -> list[str]:
    """Join ``"Die Regierung hat" | "Angela Merkel" | "zufolge beschlossen, ..."`` into one block.

    A block cut mid-sentence (no closing punctuation, six words or more, no item marks) is
    joined with what follows when that is the rest of the sentence: text going on in lower case
    or punctuation, with inline pieces (<= 6 words each: links, bold names) between, up to the
    block that ends the sentence.  A sentence that opens with a link (``"Angela Merkel" | "hat
    am Montag ..."``) is joined too.  A menu, a headline over a byline ("by Jane Doe") or a list
    never qualifies."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        cur = blocks[i]
        end = _sentence_end_at(blocks, i) if _open(cur) else i
        if end == i and _starts_with_link(blocks, i):
            end = i + 1
        for k in range(i + 1, end + 1):
            cur = _glue(cur, blocks[k])
        out.append(cur)
        i = end + 1
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
