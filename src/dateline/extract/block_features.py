"""Features of every block of a scraped page, from form, position and language data only.

No feature looks at a site's own words: block length and punctuation, function-word share
(``stopwords.txt``), chrome-phrase cover (``chrome.txt``), link-like marks, repetition within
the page, runs of short blocks (menus), and where the block stands relative to the page's
prose (the longest block, the nearest long block).  ``local_features`` and
``context_features`` give one row per block; ``FEATURES`` names the columns.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from . import chrome
from .blocks import normalise

_TOKEN = re.compile(r"\w+")
_SHORT_TOKEN = re.compile(r"(?<!\w)\w{1,3}(?!\w)")
_INITIAL = re.compile(r"(?<!\w)\w")  # first character of every token
_SENT_END = re.compile(r"[.!?…][\"”’'»)]?(?:\s|$)")
_LINKY = re.compile(r"https?:|www\.|\.com\b|\.org\b|@\w|\s[|•»›·]\s|^[»›•·>]|[»›]$")
_DATEY = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_ENDS_PROSE = ".!?…\"”’'»)"

LOCAL = [
    "bias", "log_words", "w1", "w2_3", "w4_6", "w7_12", "w13_25", "w26_50", "w51",
    "ends_prose", "ends_colon", "sent_per_word", "comma_per_word", "stop_share",
    "short_token_share", "cap_share", "digit_share", "upper_share", "mean_word_len",
    "linky", "chrome_cover", "chrome_hit", "datey_short", "repeated", "starts_lower",
]
CONTEXT = [
    "pos", "char_pos", "ctx1_log_words", "ctx3_log_words", "ctx7_log_words", "short_run",
    "prose_near3", "dist_longest", "before_longest", "dist_long_block", "density5",
    "prev_ends_prose", "next_ends_prose",
]
FEATURES = LOCAL + CONTEXT
REPEATED = LOCAL.index("repeated")


def _local(text: str, lang: str | None, stops: frozenset[str], counts: Counter, key: str) -> list[float]:
    row = list(_form(text, lang, stops))
    row.insert(REPEATED, float(counts[key] > 1))
    return row


@lru_cache(maxsize=16384)  # menus and footers recur on every page of a site: compute once
def _form(text: str, lang: str | None, stops: frozenset[str]) -> tuple[float, ...]:
    """LOCAL features except ``repeated`` (which depends on the page, not the block)."""
    toks = _TOKEN.findall(text)
    n = len(toks)
    nw = max(1, n)
    low = _TOKEN.findall(text.lower()) if n else toks
    letters = sum(map(str.isalpha, text)) or 1
    stripped = text.rstrip()
    last = stripped[-1:] if stripped else ""
    _, cover = chrome.match(text, lang) if n <= 40 else (None, 0.0)
    return (
        1.0,
        math.log1p(n),
        float(n <= 1), float(2 <= n <= 3), float(4 <= n <= 6), float(7 <= n <= 12),
        float(13 <= n <= 25), float(26 <= n <= 50), float(n > 50),
        float(last in _ENDS_PROSE and last != ")"),
        float(last == ":"),
        len(_SENT_END.findall(text)) / nw,
        text.count(",") / nw,
        sum(map(stops.__contains__, low)) / nw,
        len(_SHORT_TOKEN.findall(text)) / nw,
        sum(map(str.isupper, _INITIAL.findall(text))) / nw,
        sum(map(str.isdigit, text)) / max(1, len(text)),
        sum(map(str.isupper, text)) / letters,
        min(15.0, sum(map(len, toks)) / nw) / 5.0,
        float(bool(_LINKY.search(text))),
        cover,
        float(cover > 0),
        float(n <= 15 and bool(_DATEY.search(text))),
        float(text[:1].islower()),
    )


def page_features(blocks: list[str], lang: str | None) -> list[list[float]]:
    """One row of FEATURES per block."""
    stops = chrome.stopwords(lang)
    keys = [normalise(b) for b in blocks]
    counts = Counter(keys)
    rows = [_local(b, lang, stops, counts, k) for b, k in zip(blocks, keys)]
    return [r + c for r, c in zip(rows, context_features(blocks, rows))]


def context_features(blocks: list[str], rows: list[list[float]]) -> list[list[float]]:
    n = len(blocks)
    if not n:
        return []
    lw = [r[1] for r in rows]
    nwords = [math.expm1(x) for x in lw]
    ends = [r[9] for r in rows]
    chars = [len(b) for b in blocks]
    total = sum(chars) or 1
    longest = max(range(n), key=lambda i: nwords[i])
    long_idx = [i for i in range(n) if nwords[i] >= 30 and ends[i]]
    prefix = [0.0]
    for x in lw:
        prefix.append(prefix[-1] + x)
    wprefix = [0.0]
    for x in nwords:
        wprefix.append(wprefix[-1] + x)

    def mean_lw(i: int, k: int) -> float:
        a, b = max(0, i - k), min(n, i + k + 1)
        return (prefix[b] - prefix[a]) / (b - a)

    # runs of short blocks (menus, tag lists, share bars)
    run = [0] * n
    i = 0
    while i < n:
        if nwords[i] <= 4:
            j = i
            while j < n and nwords[j] <= 4:
                j += 1
            for k in range(i, j):
                run[k] = j - i
            i = j
        else:
            i += 1
    out = []
    seen = 0
    li = 0
    for i in range(n):
        while li < len(long_idx) - 1 and abs(long_idx[li + 1] - i) <= abs(long_idx[li] - i):
            li += 1
        d_long = abs(long_idx[li] - i) if long_idx else n
        a, b = max(0, i - 3), min(n, i + 4)
        prose_near = sum(1 for k in range(a, b) if k != i and nwords[k] >= 15 and ends[k]) / 6
        a5, b5 = max(0, i - 5), min(n, i + 6)
        out.append([
            i / max(1, n - 1),
            seen / total,
            mean_lw(i, 1), mean_lw(i, 3), mean_lw(i, 7),
            math.log1p(run[i]),
            prose_near,
            math.log1p(abs(i - longest)),
            float(i < longest),
            math.log1p(d_long),
            math.log1p((wprefix[b5] - wprefix[a5]) / (b5 - a5)),
            ends[i - 1] if i > 0 else 0.0,
            ends[i + 1] if i + 1 < n else 0.0,
        ])
        seen += chars[i]
    return out
