"""Reports whose source follows a preposition: *C, blijkt uit X* / *Dat blijkt uit X.* / *Uit X
blijkt dat C* / *C, klinkt het bij X*.

The verb, a word that must follow it and the preposition before the source are listed per
language in ``SOURCE_VERBS`` (Dutch news uses them for findings and for what a group says; a
data file would need a new row in the shared ``lang/MANIFEST.tsv``). The subject is no speaker here (*het*, *dat*, or
the finding itself); the noun phrase after the preposition is. Read by the words around the
verb, since these are the sentences a small parser reads worst.
"""

from __future__ import annotations

from .lexicon import ClaimLexicon
from .phrases import match_channel, np_right
from .rules import Found, clause_end
from .text import END_PUNCT, Tok

Range = tuple[int, int]
POINTERS = {"dat", "dit", "das", "dies"}


# lemma -> (word right after the verb or None, preposition before the source)
SOURCE_VERBS: dict[str, dict[str, tuple[str | None, str]]] = {
    "nl": {"blijken": (None, "uit"),   # "C, blijkt uit cijfers van X", "Uit X blijkt dat C"
           "klinken": ("het", "bij")},  # "C, klinkt het bij de hulpdiensten", "C, klinkt het."
}


def source_verb_claims(toks: list[Tok], sents: list[Range], lx: ClaimLexicon, used: set[int]) -> list[Found]:
    verbs = SOURCE_VERBS.get(lx.lang, {})
    out: list[Found] = []
    if not verbs:
        return out
    for n, (s, e) in enumerate(sents):
        for k in range(s, e):
            row = verbs.get(toks[k].lemma)
            if row is None or k in used or toks[k].quoted:
                continue
            filler, prep = row
            j = k + 1
            if filler is not None:
                if j >= e or toks[j].lower != filler:
                    continue
                j += 1
            cue = (k, j)
            speaker = None
            if j < e and toks[j].lower == prep:
                ne = np_right(toks, j + 1, e, lx)
                if ne > j + 1:
                    cue, speaker, j = (k, j + 1), (j + 1, ne), ne  # the cue "blijkt uit", "klinkt het bij"
            content = _content(toks, sents, n, k, lx, prep)
            if content is None or speaker is None and filler is None and content[0] < k:
                continue  # "De verklaring …, bleek onjuist": only "klinkt het" reports without a source
            if content[0] > k:  # "Uit X blijkt dat C": the source before the verb
                speaker = _fronted_source(toks, s, k, lx, prep)
                if speaker is None:
                    continue
            # kind "according": a preposition introduces the source, as with "volgens X" (and
            # the parse's subject, "het", is never read as a speaker)
            f = Found(content, cue, "according", speaker)
            f.channel = match_channel(toks, j, e, lx) if speaker is None else None
            used.update(range(*cue))
            out.append(f)
    return out


def _content(toks: list[Tok], sents: list[Range], n: int, k: int, lx: ClaimLexicon, prep: str) -> Range | None:
    s, e = sents[n]
    if k - 1 > s and toks[k - 1].text == ",":  # "C, blijkt uit X"
        close = k - 2  # "… geld. 'C', klinkt het": only the quotation (the sentence split
        if close > s and toks[close].text in ("'", '"', "”", "’") and not toks[close].quoted \
                and toks[close - 1].quoted:  # may have kept the sentence before it)
            a = close - 1
            while a > s and toks[a - 1].quoted:
                a -= 1
            return (a, close) if close - a >= 2 else None
        # a short quotation of two words is enough after "klinkt het" ("Vertrouw mij, klinkt het")
        least = 2 if toks[k].lemma == "klinken" else 3
        return (s, k - 1) if k - 1 - s >= least else None
    if k == s + 1 and toks[s].lower in POINTERS and n > 0:  # "Dat blijkt uit X."
        ps, pe = sents[n - 1]
        while pe > ps and (toks[pe - 1].text in END_PUNCT or not toks[pe - 1].is_word):
            pe -= 1
        return (ps, pe) if pe - ps >= 3 else None
    if k + 1 < e and lx.is_(toks[k + 1], "comp") and toks[s].lower == prep:  # "Uit X blijkt dat C"
        end = clause_end(toks, k + 2, e, lx)
        return (k + 2, end) if end - k - 2 >= 3 else None
    return None


def _fronted_source(toks: list[Tok], s: int, k: int, lx: ClaimLexicon, prep: str) -> Range | None:
    ne = np_right(toks, s + 1, k, lx)
    return (s + 1, ne) if toks[s].lower == prep and ne > s + 1 else None
