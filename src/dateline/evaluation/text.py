"""Text helpers for matching gold expectations (plain strings) with predicted spans.

Gold files hold text, not offsets: a gold string is located in the article body, and
compared with predicted span texts after a light normalisation (case, quotes, spaces,
trailing punctuation) so that "„We vochten”" and "we vochten" count as the same.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# Quote marks of nl/en/de/fr typography plus ASCII; stripped before comparing.
QUOTES = "\"'“”„‟‘’‚‛«»‹›"
_EDGE = QUOTES + " \t\n.,;:!?()[]-–—"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def norm(text: str | None) -> str:
    """Casefolded text with quotes removed, spaces collapsed and edge punctuation trimmed."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = "".join(" " if ch in QUOTES else ch for ch in t)
    t = re.sub(r"\s+", " ", t)
    return t.strip(_EDGE)


def tokens(text: str | None) -> list[str]:
    """Word tokens (letters/digits), casefolded; punctuation and quotes are not tokens."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text or "").casefold())


def token_f1(a: str | None, b: str | None) -> float:
    """Bag-of-words F1 between two texts (0 when either is empty)."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def same(a: str | None, b: str | None) -> bool:
    """Exact match after normalisation."""
    return bool(norm(a)) and norm(a) == norm(b)


def close(a: str | None, b: str | None, threshold: float = 0.5) -> bool:
    """Lenient match: exact after normalisation, or token F1 at least ``threshold``."""
    return same(a, b) or token_f1(a, b) >= threshold


def nested(a: str | None, b: str | None) -> bool:
    """One text's tokens form a contiguous run inside the other's ("Rutte" in "premier Rutte")."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def find_all(body: str, text: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``text`` occurs in ``body``; tried verbatim, then ignoring case.

    Matches must not start or end inside a word, so "Oss" is not found in "Ossendrecht".
    """
    if not text:
        return []
    out = []
    for flags in (0, re.IGNORECASE):
        # Word-boundary guards only on the alphanumeric ends of the needle.
        pat = re.compile((r"(?<!\w)" if text[0].isalnum() else "") + re.escape(text)
                         + (r"(?!\w)" if text[-1].isalnum() else ""), flags)
        out = [(m.start(), m.end()) for m in pat.finditer(body)]
        if out:
            return out
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two [start, end) ranges."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
