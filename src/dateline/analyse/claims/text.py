"""Tokens, sentences and quotations for the claim rules.

Tokens, lemmas and the parse come from the linguistic layer (``tokens_from_parse``);
sentences for claims are cut by a few rules here because news quotes ("…," zegt hij) must
stay with their attribution. Every token keeps its character offsets into ``Article.body``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "''" is the doubled apostrophe some archives (the New York Times) use as a quote mark
OPEN_QUOTES = {'"': '"', "“": "”", "„": "”", "«": "»", "‘": "’", "‚": "‘", "»": "«", "''": "''"}
END_PUNCT = {".", "!", "?", "…"}
CLOSERS = {")", "]", '"', "”", "’", "»", "'", "''"}


@dataclass(slots=True)
class Tok:
    i: int  # index in the sentence-independent token list
    text: str
    lower: str
    lemma: str
    start: int
    end: int
    quoted: bool = False  # inside a quotation
    pos: str = ""  # UPOS from the layer
    dep: str = ""  # dependency label from the layer ("nsubj", "ccomp", ...)
    head: int = -1  # index of the syntactic head in the same token list

    @property
    def is_upper(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


FRENCH_CLITICS = {"-il", "-elle", "-on", "-ils", "-elles", "-je", "-tu", "-nous", "-vous"}


SOFT_HYPHEN = "\xad"  # a hyphenation hint some papers leave in their text; invisible, but it
# hides the word from the lexicons ("\xadreageert" is no form of "reageren")


def _without_soft_hyphen(word: str, lang: str) -> tuple[str, str, str]:
    """(text, lower, lemma) of a word with its soft hyphens taken out; the lemma from
    simplemma, since the layer lemmatised the word with the hyphen in it."""
    clean = word.replace(SOFT_HYPHEN, "")
    try:
        import simplemma

        lemma = simplemma.lemmatize(clean.lower(), lang=lang) if lang else clean.lower()
    except (ImportError, ValueError):
        lemma = clean.lower()
    return clean, clean.lower(), lemma.lower()


def tokens_from_parse(parsed) -> tuple[list[Tok], set[int]]:
    """The layer's tokens as claim tokens (space tokens left out), and the indexes after which
    a line break stood (always a sentence boundary). ``head`` is a claim-token index."""
    from ..layer.table import table

    tt = table(parsed)
    text = parsed.text
    toks: list[Tok] = []
    breaks: set[int] = set()
    index: dict[int, int] = {}
    for k, word in enumerate(tt.text):
        if tt.space[k]:
            continue
        start = tt.idx[k]
        if toks and "\n" in text[toks[-1].end:start]:
            breaks.add(len(toks) - 1)
        low = word.lower()
        if low in FRENCH_CLITICS and toks and toks[-1].end == start:
            # "dit-elle", "a-t-il": the layer gives "-elle" / "-t", "-il"; the rules read the
            # pronoun alone after "-" or "-t-" (the inverted subject of a French verb)
            if toks[-1].text.lower() == "-t":
                toks[-1].text, toks[-1].lower, toks[-1].end = toks[-1].text + "-", "-t-", start + 1
            else:
                toks.append(Tok(len(toks), "-", "-", "-", start, start + 1, pos="PUNCT", dep="punct", head=tt.head[k]))
            start, word, low = start + 1, word[1:], low[1:]
        index[k] = len(toks)
        lemma = (tt.lemma[k] or word).lower().lstrip("-") or low
        end = start + len(word)
        if SOFT_HYPHEN in word and word.strip(SOFT_HYPHEN):  # "zo \xadreageert": read the word without it
            word, low, lemma = _without_soft_hyphen(word, getattr(parsed, "lang_", ""))
        toks.append(Tok(len(toks), word, low, lemma, start, end, pos=tt.pos[k], dep=tt.dep[k], head=tt.head[k]))
    for tok in toks:  # spaCy index -> claim-token index (a space head cannot occur)
        tok.head = index.get(tok.head, tok.i)
    if toks:
        breaks.add(len(toks) - 1)
    return toks, breaks


# straight and curly double marks are mixed in scraped text ("…”, “…"): each closes the other
QUOTE_CLOSERS = {'"': {'"', "”"}, "“": {"”", '"'}, "„": {"”", "“"}, "«": {"»"}, "»": {"«"},
                 "‘": {"’"}, "‚": {"‘", "’"}, "''": {"''"}}


SINGLE_BEFORE = {"(", "[", "—", "–", "-", ":", ",", ";"}
ELISIONS = {"s", "t", "n", "k", "m", "r"}  # 's avonds, 't, 'n, rock 'n' roll


def _single_opens(toks: list[Tok], i: int, breaks: set[int] = frozenset()) -> bool:
    """A straight single quote that opens a quotation (Flemish papers quote so: *'Wraakroepend',
    noemt hij het*): at a word's start, glued to the word after it, not an elision ('s, 't)."""
    n = len(toks)
    if i + 1 >= n or toks[i + 1].start != toks[i].end or not toks[i + 1].text[:1].isalnum() \
            or toks[i + 1].lower in ELISIONS:
        return False
    # at a clause's start: a scare-quoted word or a fragment inside a sentence ("ontkent
    # 'ongevoelige' uitspraak", "aan te reiken 'om het ... te weerleggen'") is no quotation
    return i == 0 or toks[i - 1].text in SINGLE_BEFORE or toks[i - 1].text in END_PUNCT \
        or i - 1 in breaks


def _single_closes(toks: list[Tok], j: int) -> bool:
    """A straight single quote that closes one: glued to what it follows, not to a letter after it."""
    if toks[j - 1].end != toks[j].start:
        return False
    return j + 1 >= len(toks) or toks[j + 1].start > toks[j].end or not toks[j + 1].text[:1].isalnum()


def mark_quotes(toks: list[Tok], breaks: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Mark tokens inside quotation marks; return (open, close) token index pairs.

    Each opening mark pairs with its own closer within the paragraph. A quote that runs over
    several paragraphs (news style: no closing mark at the paragraph end, the next paragraph
    reopens with the same mark) pairs its first opening mark with the final closer. Any other
    unclosed mark (a stray one) is ignored rather than allowed to swallow the text after it.
    """
    pairs = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i].text
        if (t in QUOTE_CLOSERS or t == "'" and _single_opens(toks, i, breaks)) \
                and not (t == "‘" and i + 1 < n and toks[i + 1].start == toks[i].end
                         and toks[i + 1].text[:1].islower()):
            closers = QUOTE_CLOSERS.get(t, {"'"})
            j = i + 1
            while j < n and j - i < 1200:
                if (j - 1) in breaks:
                    # a quote running over paragraphs: the next one reopens with the same mark
                    if toks[j].text == t and toks[j - 1].text not in closers:
                        j += 1
                        continue
                    break
                if toks[j].text in closers and (t != "'" or _single_closes(toks, j)):
                    break
                j += 1
            if j < n and toks[j].text in closers and j > i + 1 and (j - 1) not in breaks:
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
            # skip closing marks, but not a straight '"' that opens the next quote
            while j < n and toks[j].text in CLOSERS and not (j + 1 < n and toks[j + 1].quoted
                                                            and not toks[j].quoted):
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
