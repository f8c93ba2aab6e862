"""Reading numbers in running text: tokens with offsets, digit numbers, number words, phrases.

Shared by the quantity and event stages. Everything language-specific (number words,
modifiers, units, noun classes, time words) comes from the data files in ``lang/<code>/``;
this module only knows how to scan tokens and apply the range rules documented in
``lang/xx/quantities/quantity_rules.txt``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...lang import load_table

SUPPORTED = ("nl", "en", "de", "fr")
# Separators per language: (thousands, decimal).
SEPARATORS = {"en": (",", "."), "nl": (".", ","), "de": (".", ","), "fr": (".", ",")}


class Token:
    """One token with its offsets; flags are computed once because every stage asks."""

    __slots__ = ("text", "start", "end", "low", "is_digit", "is_word", "lemma", "sent_start", "pos")

    def __init__(self, text: str, start: int, end: int, low: str, lemma: str | None = None,
                 sent_start: bool = False, pos: str = ""):
        self.text, self.start, self.end, self.low = text, start, end, low
        self.is_digit = text[0].isdigit()
        self.is_word = text[0].isalpha()
        self.lemma = lemma if lemma is not None else low  # from the linguistic layer
        self.sent_start = sent_start
        self.pos = pos  # UPOS from the layer

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokens_from_parse(parsed) -> list[Token]:
    """The linguistic layer's tokens (space tokens left out) with their lemmas and sentence
    starts; offsets are offsets into the parsed text."""
    from ..layer.table import table

    tt = table(parsed)
    out = []
    append = out.append
    for k, word in enumerate(tt.text):
        if tt.space[k]:
            continue
        start = tt.idx[k]
        append(Token(word, start, start + len(word), word.lower(),
                     (tt.lemma[k] or word).lower().replace("_", ""), tt.sent_start[k], tt.pos[k]))
    return out


def tokenize(text: str, lang: str) -> list[Token]:
    """Tokens of ``text`` by the linguistic layer (for callers without an article's parse)."""
    from ..layer import parse

    return tokens_from_parse(parse(text, lang))


def phrase_tokens(phrase: str, lang: str = "en") -> tuple[str, ...]:
    """A listed phrase split by the layer's tokenizer, lower-cased."""
    from ..layer import load

    return tuple(t.lower_ for t in load(lang if lang in SUPPORTED else "en").tokenizer(phrase)
                 if not t.is_space)


class PhraseTable:
    """Multi-word phrases looked up at a token position (longest first)."""

    def __init__(self, rows: list[tuple[tuple[str, ...], object]]):
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self.by_last: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for toks, data in rows:
            if toks:
                self.by_first.setdefault(toks[0], []).append((toks, data))
                self.by_last.setdefault(toks[-1], []).append((toks, data))
        for d in (self.by_first, self.by_last):
            for v in d.values():
                v.sort(key=lambda r: -len(r[0]))

    def match_at(self, tokens: list[Token], i: int):
        """Longest phrase starting at token i: (n_tokens, data) or None."""
        for toks, data in self.by_first.get(tokens[i].low, ()):
            n = len(toks)
            if i + n <= len(tokens) and all(tokens[i + k].low == toks[k] for k in range(n)):
                return n, data
        return None

    def match_ending(self, tokens: list[Token], i: int):
        """Longest phrase ending at token i (inclusive): (n_tokens, data) or None."""
        for toks, data in self.by_last.get(tokens[i].low, ()):
            n = len(toks)
            if i - n + 1 >= 0 and all(tokens[i - n + 1 + k].low == toks[k] for k in range(n)):
                return n, data
        return None


@dataclass
class LangData:
    """Everything the quantity scanner needs for one language, loaded once."""

    lang: str
    words: dict[str, tuple[int, str]]  # number word -> (value, kind)
    word_re: re.Pattern  # a whole token made of number-word pieces ("zeventienhonderd")
    modifiers: PhraseTable  # data: rule name
    vague: PhraseTable  # data: (low, high)
    units: PhraseTable  # data: (unit, position)
    nouns: dict[str, str]  # noun -> class
    adj_suffixes: tuple[str, ...]
    months: dict[str, int]
    street_suffixes: tuple[str, ...] = ()  # "Kerkstraat 12": a word ending so before a house number
    number_word_cache: dict = field(default_factory=dict)


@lru_cache(maxsize=None)
def lang_data(lang: str) -> LangData:
    words: dict[str, tuple[int, str]] = {}
    for row in load_table(lang, "number_words.tsv"):
        words[row[0].lower()] = (int(row[1]), row[2])
    pieces = sorted((w for w, (_, k) in words.items() if k not in ("join", "article")), key=len, reverse=True)
    joins = [w for w, (_, k) in words.items() if k == "join"]
    piece = "|".join(map(re.escape, pieces)) or "(?!)"
    join = "|".join(map(re.escape, joins)) or "(?!)"
    # Pieces glued, optionally with a join inside ("vijfentwintig", "zweiundzwanzig").
    word_re = re.compile(rf"(?:{piece})(?:(?:{join})?(?:{piece}))*")
    mods, vague = [], []
    for row in load_table(lang, "quantity_modifiers.tsv"):
        toks = phrase_tokens(row[0], lang)
        if row[1] == "vague":
            vague.append((toks, (int(row[2]), int(row[3]))))
        else:
            mods.append((toks, row[1]))
    unit_rows = load_table(lang, "quantity_units.tsv")
    units = [(phrase_tokens(r[0], lang), (r[1], r[2])) for r in unit_rows if r[2] != "street-suffix"]
    street_suffixes = tuple(r[0].lower() for r in unit_rows if r[2] == "street-suffix")
    nouns: dict[str, str] = {}
    suffixes = []
    for row in load_table(lang, "quantity_nouns.tsv"):
        if row[1] == "adj-suffix":
            suffixes.append(row[0].lstrip("-"))
        else:
            nouns.setdefault(row[0].lower(), row[1])
    months = {r[0].lower(): int(r[2]) for r in load_table(lang, "time_words.tsv") if r[1] == "month"}
    return LangData(lang, words, word_re, PhraseTable(mods), PhraseTable(vague), PhraseTable(units),
                    nouns, tuple(suffixes), months, street_suffixes)


def parse_digits(text: str, lang: str) -> float | None:
    """'2,5' (nl) -> 2.5; '1,700' (en) -> 1700; '2.500' (nl) -> 2500."""
    thousands, decimal = SEPARATORS.get(lang, (",", "."))
    t = text.replace("\u00a0", "").replace("\u202f", "")
    if thousands in t:
        head, *groups = t.split(thousands)
        if all(len(g.split(decimal)[0]) == 3 for g in groups):
            t = head + "".join(groups)
    t = t.replace(decimal, ".")
    if t.count(".") > 1 or t.count(",") > 0:
        return None
    try:
        return float(t)
    except ValueError:
        return None


def word_value(words: list[str], lang: str, data: LangData) -> int | None:
    """Value of a run of number words, via text2num, falling back to the table."""
    if len(words) == 1 and words[0] in data.words and data.words[words[0]][1] != "join":
        return data.words[words[0]][0]
    try:
        from text_to_num import text2num

        return int(text2num(" ".join(words), lang))
    except Exception:
        return None


def is_number_word(tok: Token, data: LangData) -> bool:
    if not tok.is_word:
        return False
    cached = data.number_word_cache.get(tok.low)
    if cached is None:
        kind = data.words.get(tok.low, (0, ""))[1]
        cached = kind not in ("join", "article") and (kind != "" or data.word_re.fullmatch(tok.low) is not None)
        if len(data.number_word_cache) < 100_000:
            data.number_word_cache[tok.low] = cached
    return cached


def apply_rule(rule: str, n: float) -> tuple[float | None, float | None, float | None]:
    """(low, best, high) of a modifier rule applied to N (see lang/xx/quantities/quantity_rules.txt)."""
    if rule == "below":
        return math.floor(round(0.9 * n, 6)), n - 1, n - 1
    if rule == "less":
        return None, None, n - 1
    if rule == "above":
        return n + 1, n + 1, math.ceil(round(1.1 * n, 6))
    if rule == "atleast":
        return n, n, None
    if rule == "atmost":
        return None, n, n
    if rule == "approx":
        return math.floor(round(0.9 * n, 6)), n, math.ceil(round(1.1 * n, 6))
    return n, n, n


def as_number(x: float | None):
    """Whole numbers as int (40, not 40.0) so records read naturally."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
