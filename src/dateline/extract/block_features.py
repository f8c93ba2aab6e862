"""Features of every block of a scraped page, from form, position and language data only.

No feature looks at a site's own words: block length and punctuation, function-word share
(``stopwords.txt``), chrome-phrase cover (``chrome.txt``), link-like marks, repetition within
the page, runs of short blocks (menus), and where the block stands relative to the page's
prose (the longest block, the nearest long block).  ``page_features`` gives one row per
block (a numpy array; the page-relative columns are computed for all blocks at once);
``FEATURES`` names the columns.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from functools import lru_cache
from operator import itemgetter

import numpy as np

from ..lang import load_table
from . import chrome
from .blocks import normalise

_TOKEN = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?…][\"”’'»)]?(?:\s|$)")
_LINKY = re.compile(r"https?:|www\.|\.com\b|\.org\b|@\w|\s[|•»›·]\s|^[»›•·>]|[»›]$")
_DATEY = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_ENDS_PROSE = ".!?…\"”’'»)"
_MAY_END = re.compile(r"[.!?…]")  # cheap test before the sentence-end count

LOCAL = [
    "bias", "log_words", "w1", "w2_3", "w4_6", "w7_12", "w13_25", "w26_50", "w51",
    "ends_prose", "ends_colon", "sent_per_word", "comma_per_word", "stop_share",
    "short_token_share", "cap_share", "digit_share", "upper_share", "mean_word_len",
    "linky", "chrome_cover", "chrome_hit", "datey_short", "repeated", "starts_lower",
    "caption_cue", "bio_cue", "title_case", "ends_ellipsis",
]
CONTEXT = [
    "pos", "char_pos", "ctx1_log_words", "ctx3_log_words", "ctx7_log_words", "short_run",
    "prose_near3", "dist_longest", "before_longest", "dist_long_block", "density5",
    "prev_ends_prose", "next_ends_prose",
]
# The page's language, one column each for the languages the training pages hold many of.
# Chrome, stop words and page genres differ by language (the English pages are news with full
# gold bodies; the German ones blogs, shops and news with snippet gold), so the trees may
# decide differently per language instead of averaging the two into one looser rule.
LANG_COLUMNS = ("en", "de")
LANGUAGE = [f"lang_{code}" for code in LANG_COLUMNS]
FEATURES = LOCAL + CONTEXT + LANGUAGE
REPEATED = LOCAL.index("repeated")


_ASCII_ALPHA = string.ascii_letters.encode()
_ASCII_DIGIT = string.digits.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()


def _char_counts(text: str) -> tuple[int, int, int]:
    """Letters, digits, upper-case letters (str.isalpha/isdigit/isupper).  An ASCII block is
    counted by deleting byte classes in C; on ASCII the two ways agree exactly."""
    if text.isascii():
        raw = text.encode()
        n = len(raw)
        return (n - len(raw.translate(None, _ASCII_ALPHA)), n - len(raw.translate(None, _ASCII_DIGIT)),
                n - len(raw.translate(None, _ASCII_UPPER)))
    return sum(map(str.isalpha, text)), sum(map(str.isdigit, text)), sum(map(str.isupper, text))


CUE_WORDS = 60  # captions and author bios are short; a cue word in a long paragraph says nothing


@lru_cache(maxsize=None)
def _cue_pattern(lang: str | None) -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """One phrase pattern for the feature cue kinds (caption, bio) of
    ``lang/<code>/extract/block_cues.tsv`` (one pass over a block), and the kinds each phrase stands for.
    The ``credit`` kind is the segmenter's (``segment.is_caption``)."""
    kinds: dict[str, set[str]] = {}
    for code in chrome._langs(lang):
        for row in load_table(code, "block_cues.tsv"):
            if len(row) == 2 and row[0] in ("caption", "bio"):
                kinds.setdefault(row[1].lower(), set()).add(row[0])
    alt = chrome._trie_regex(sorted(kinds)) or r"(?!x)x"
    return (re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.I),
            {ph: frozenset(k) for ph, k in kinds.items()})


def _cues(text: str, lang: str | None) -> tuple[float, float]:
    """(caption cue, author-bio cue) present in the block."""
    pattern, kinds = _cue_pattern(lang)
    found: set[str] = set()
    for ph in pattern.findall(text):
        found |= kinds.get(ph.lower(), frozenset())
    return float("caption" in found), float("bio" in found)


def _title_case(toks: list[str]) -> float:
    """Share of capitalised words among the longer words after the first: headlines and
    teaser links are in Title Case, prose capitalises names only."""
    longer = [t for t in toks[1:] if len(t) > 3 and not t.isdigit()]
    return sum(t[0].isupper() for t in longer) / len(longer) if len(longer) >= 2 else 0.0


_LINK_MARKS = ("http", "www.", ".com", ".org", "@", "|", "•", "»", "›", "·", ">")


def may_be_linky(text: str) -> bool:
    """Substring tests that every ``_LINKY`` match needs: most blocks skip the regex."""
    return any(m in text for m in _LINK_MARKS)


@lru_cache(maxsize=16384)  # menus and footers recur on every page of a site: compute once
def _form(text: str, lang: str | None, stops: frozenset[str]) -> tuple[float, ...]:
    """LOCAL features except ``repeated`` (which depends on the page, not the block).

    One tokenisation serves all token counts: short tokens and capitalised initials are
    read off the token list rather than by more regex passes over the text."""
    toks = _TOKEN.findall(text)
    n = len(toks)
    nw = max(1, n)
    # the tokens of text.lower(), bar letters whose lower case adds a combining mark (Turkish İ)
    low = list(map(str.lower, toks))
    n_alpha, n_digit, n_upper = _char_counts(text)
    letters = n_alpha or 1
    stripped = text.rstrip()
    last = stripped[-1:] if stripped else ""
    _, cover = chrome.match(text, lang) if n <= 40 else (None, 0.0)
    lens = list(map(len, toks))
    caption, bio = _cues(text, lang) if n <= CUE_WORDS else (0.0, 0.0)
    return (
        1.0,
        math.log1p(n),
        float(n <= 1), float(2 <= n <= 3), float(4 <= n <= 6), float(7 <= n <= 12),
        float(13 <= n <= 25), float(26 <= n <= 50), float(n > 50),
        float(last in _ENDS_PROSE and last != ")"),
        float(last == ":"),
        (len(_SENT_END.findall(text)) if _MAY_END.search(text) else 0) / nw,
        text.count(",") / nw,
        sum(map(stops.__contains__, low)) / nw,
        sum(map((4).__gt__, lens)) / nw,
        sum(map(str.isupper, map(itemgetter(0), toks))) / nw,
        n_digit / max(1, len(text)),
        n_upper / letters,
        min(15.0, sum(lens) / nw) / 5.0,
        float(may_be_linky(text) and bool(_LINKY.search(text))),
        cover,
        float(cover > 0),
        float(n <= 15 and bool(_DATEY.search(text))),
        float(text[:1].islower()),
        caption, bio,
        _title_case(toks),
        float(stripped.endswith(("...", "…"))),
    )


def page_features(blocks: list[str], lang: str | None) -> np.ndarray:
    """One row of FEATURES per block: an array (blocks, features)."""
    stops = chrome.stopwords(lang)
    keys = [normalise(b) for b in blocks]
    counts = Counter(keys)
    local = np.empty((len(blocks), len(LOCAL)))
    if blocks:
        form = np.array([_form(b, lang, stops) for b in blocks], dtype=float)
        local[:, :REPEATED] = form[:, :REPEATED]
        local[:, REPEATED] = [float(counts[k] > 1) for k in keys]
        local[:, REPEATED + 1:] = form[:, REPEATED:]
    lang_cols = np.tile([float(lang == code) for code in LANG_COLUMNS], (len(blocks), 1))
    return np.hstack([local, context_features(blocks, local), lang_cols])


def _runs_of_short(short: np.ndarray) -> np.ndarray:
    """Length of the run of short blocks each short block stands in (0 elsewhere)."""
    n = len(short)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], short.astype(np.int8), [0]))))
    run = np.zeros(n)
    for a, b in zip(edges[::2], edges[1::2]):
        run[a:b] = b - a
    return run


def _window_mean(prefix: np.ndarray, n: int, k: int) -> np.ndarray:
    """Mean over blocks i-k..i+k (clipped to the page) from a prefix-sum array."""
    i = np.arange(n)
    a, b = np.maximum(0, i - k), np.minimum(n, i + k + 1)
    return (prefix[b] - prefix[a]) / (b - a)


def log1p(x: np.ndarray) -> np.ndarray:
    """math.log1p element-wise: numpy's log1p may differ in the last bit, and the trained
    trees' thresholds were learnt on math.log1p values."""
    return np.fromiter(map(math.log1p, x.tolist()), dtype=float, count=len(x))


def _prefix(x: np.ndarray) -> np.ndarray:
    return np.concatenate(([0.0], np.cumsum(x)))


def context_features(blocks: list[str], rows: np.ndarray) -> np.ndarray:
    """CONTEXT columns for all blocks of a page at once (numpy, no per-block Python)."""
    n = len(blocks)
    if not n:
        return np.empty((0, len(CONTEXT)))
    lw = rows[:, 1]
    nwords = np.fromiter(map(math.expm1, lw.tolist()), dtype=float, count=n)  # as trained
    ends = rows[:, 9]
    chars = np.array([len(b) for b in blocks], dtype=float)
    total = chars.sum() or 1
    i = np.arange(n)
    longest = int(np.argmax(nwords))
    long_idx = np.flatnonzero((nwords >= 30) & (ends != 0))
    if len(long_idx):
        pos = np.clip(np.searchsorted(long_idx, i), 1, len(long_idx)) if len(long_idx) > 1 else np.ones(n, int)
        left = long_idx[np.maximum(pos - 1, 0)]
        right = long_idx[np.minimum(pos, len(long_idx) - 1)]
        d_long = np.minimum(np.abs(left - i), np.abs(right - i)).astype(float)
    else:
        d_long = np.full(n, float(n))
    prose = ((nwords >= 15) & (ends != 0)).astype(float)
    pp = _prefix(prose)
    a3, b3 = np.maximum(0, i - 3), np.minimum(n, i + 4)
    prose_near = (pp[b3] - pp[a3] - prose) / 6
    wprefix = _prefix(nwords)
    a5, b5 = np.maximum(0, i - 5), np.minimum(n, i + 6)
    seen = np.concatenate(([0.0], np.cumsum(chars)[:-1]))
    prefix = _prefix(lw)
    prev_end = np.concatenate(([0.0], ends[:-1]))
    next_end = np.concatenate((ends[1:], [0.0]))
    return np.column_stack([
        i / max(1, n - 1),
        seen / total,
        _window_mean(prefix, n, 1), _window_mean(prefix, n, 3), _window_mean(prefix, n, 7),
        log1p(_runs_of_short(nwords <= 4)),
        prose_near,
        log1p(np.abs(i - longest)),
        (i < longest).astype(float),
        log1p(d_long),
        log1p((wprefix[b5] - wprefix[a5]) / (b5 - a5)),
        prev_end,
        next_end,
    ])
