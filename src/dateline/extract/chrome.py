"""Chrome phrases from the per-language data files (``lang/<code>/extract/chrome.txt``).

A phrase alone never removes a long paragraph: ``match`` reports which reason the phrases
point to and how much of the block they cover; the segmenter decides with block form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load_list, load_table
from .blocks import words

SUPPORTED = ("nl", "en", "de", "fr")


def _langs(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in SUPPORTED else SUPPORTED


@lru_cache(maxsize=None)
def _chrome_langs(lang: str | None) -> tuple[str, ...]:
    """A language with its own chrome phrases (``lang/<code>/chrome.txt``, also beyond the
    analysed four: es, pl) reads those; any other page reads the four analysed languages'."""
    if lang and lang not in SUPPORTED and load_table(lang, "chrome.txt"):
        return (lang,)
    return _langs(lang)


@lru_cache(maxsize=None)
def _matcher(lang: str | None) -> tuple[re.Pattern, dict[str, str]]:
    reason_of: dict[str, str] = {}
    for code in _chrome_langs(lang) + ("xx",):
        for row in load_table(code, "chrome.txt"):
            if len(row) == 2:
                reason_of.setdefault(row[1].lower(), row[0])
    alt = _trie_regex(sorted(reason_of)) or r"(?!x)x"
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.I), reason_of


def _trie_regex(phrases: list[str]) -> str:
    """One regex for many phrases, factored by common prefix: a flat alternation of a few
    hundred phrases is tried phrase by phrase at every position, a trie once per letter.
    Longer continuations come first, so the longest phrase that fits wins, as before."""
    trie: dict = {}
    for ph in phrases:
        node = trie
        for ch in ph:
            node = node.setdefault(ch, {})
        node[""] = True

    def walk(node: dict) -> str:
        ends = "" in node
        alts = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:  # the phrase may stop here; the (?!\w) after the group checks the end
            return "(?:" + body + ")?"
        return body

    return walk(trie)


@lru_cache(maxsize=None)
def stopwords(lang: str | None) -> frozenset[str]:
    out: set[str] = set()
    for code in _langs(lang):
        out.update(w.lower() for w in load_list(code, "stopwords.txt"))
    return frozenset(out)


@lru_cache(maxsize=16384)
def label(text: str, lang: str | None) -> str | None:
    """The reason of a chrome phrase that opens the block as a label ("Read more: ...",
    "Tags: ...", "Lesen Sie auch: ..."), else None."""
    pattern, reason_of = _matcher(lang)
    m = pattern.match(text)
    if m and text[m.end():m.end() + 2].lstrip().startswith(":"):
        return reason_of.get(m.group(0).lower(), "chrome-phrase")
    return None


@lru_cache(maxsize=16384)  # features and segmenter ask about the same blocks
def match(text: str, lang: str | None) -> tuple[str | None, float]:
    """(reason of the phrase covering most of the block, share of its words covered)."""
    pattern, reason_of = _matcher(lang)
    found = pattern.findall(text)
    if not found:
        return None, 0.0
    n = max(1, len(words(text)))
    covered: dict[str, int] = {}
    for f in found:
        r = reason_of.get(f.lower(), "chrome-phrase")
        covered[r] = covered.get(r, 0) + max(1, len(words(f)))
    reason = max(covered, key=covered.get)
    return reason, min(1.0, sum(covered.values()) / n)
