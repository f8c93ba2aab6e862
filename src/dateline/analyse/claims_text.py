"""Tokens, sentences and quotations for the claim rules.

spaCy's blank tokenizer (no model: rules only) gives the tokens; sentences are cut by a small
rule set here instead of spaCy's sentencizer because news quotes ("…," zegt hij) must stay with
their attribution. Every token keeps its character offsets into ``Article.body``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .claims_lexicon import lemma

OPEN_QUOTES = {'"': '"', "“": "”", "„": "”", "«": "»", "‘": "’", "‚": "‘", "»": "«"}
CLOSE_QUOTES = {'"', "”", "“", "»", "’", "‘", "«"}
END_PUNCT = {".", "!", "?", "…"}
CLOSERS = {")", "]", '"', "”", "’", "»", "'"}


@dataclass(slots=True)
class Tok:
    i: int  # index in the sentence-independent token list
    text: str
    lower: str
    lemma: str
    start: int
    end: int
    quoted: bool = False  # inside a quotation

    @property
    def is_upper(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


@lru_cache(maxsize=None)
def _tokenizer(lang: str):
    import spacy

    try:
        return spacy.blank(lang).tokenizer
    except Exception:  # a language spaCy does not know: its multi-language rules
        return spacy.blank("xx").tokenizer


def tokenize(text: str, lang: str, offset: int = 0) -> tuple[list[Tok], set[int]]:
    """Tokens of ``text`` (offsets shifted by ``offset``) and the indexes after which a
    line break stood (always a sentence boundary)."""
    toks: list[Tok] = []
    breaks: set[int] = set()
    for t in _tokenizer(lang)(text):
        if t.is_space:
            if "\n" in t.text and toks:
                breaks.add(len(toks) - 1)
            continue
        if toks and "\n" in text[toks[-1].end - offset:t.idx]:
            breaks.add(len(toks) - 1)
        toks.append(Tok(len(toks), t.text, t.text.lower(), lemma(t.text, lang),
                        offset + t.idx, offset + t.idx + len(t.text)))
    return toks, breaks


def mark_quotes(toks: list[Tok]) -> list[tuple[int, int]]:
    """Mark tokens inside quotation marks; return (open, close) token index pairs.

    Straight double quotes pair up in order; typographic ones pair open with their closer.
    An unclosed quote is ignored rather than swallowing the rest of the text.
    """
    pairs = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i].text
        if t in OPEN_QUOTES and not (t == "‘" and i + 1 < n and toks[i + 1].start == toks[i].end
                                     and toks[i + 1].text[:1].islower()):
            closers = {OPEN_QUOTES[t], '"', "”", "“"} if t not in ("‘", "‚") else {"’", "‘"}
            j = i + 1
            while j < n and toks[j].text not in closers and j - i < 400:
                j += 1
            if j < n and toks[j].text in closers and j > i + 1:
                pairs.append((i, j))
                for k in range(i + 1, j):
                    toks[k].quoted = True
                i = j + 1
                continue
        i += 1
    return pairs


def sentences(toks: list[Tok], breaks: set[int], abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence (start, end) token ranges. A quote's closing mark and a following
    attribution stay in the sentence the quote ends."""
    out, start, n = [], 0, len(toks)
    for i, t in enumerate(toks):
        end_here = i in breaks
        if not end_here and t.text in END_PUNCT and not t.quoted:
            j = i + 1
            while j < n and toks[j].text in CLOSERS:
                j += 1
            nxt = toks[j] if j < n else None
            if nxt is None or nxt.is_upper or nxt.text[:1].isdigit() or nxt.text in OPEN_QUOTES:
                prev = toks[i - 1].lower if i else ""
                if not (t.text == "." and prev in abbreviations):
                    # keep closing marks with the sentence they close
                    if j - 1 > i:
                        continue
                    end_here = True
        elif (not end_here and t.text in CLOSERS and i > 0 and toks[i - 1].text in END_PUNCT
              and (t.text == ")" or toks[i - 1].quoted)):
            j = i + 1
            while j < n and toks[j].text in CLOSERS:
                j += 1
            nxt = toks[j] if j < n else None
            if j - 1 == i and (nxt is None or nxt.is_upper or nxt.text in OPEN_QUOTES):
                end_here = True
        if end_here:
            out.append((start, i + 1))
            start = i + 1
    if start < n:
        out.append((start, n))
    return out
