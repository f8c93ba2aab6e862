"""Claims that point back instead of saying: a pronoun object and a bare stance verb.

  S dat (adv) V                  "Eerder had ook minister X dat al gemeld."
                                 "…, hoewel Jambon dat ontkende"
  S V(stance).                   "'…', zou X gezegd hebben. De president ontkent."

Dutch and German news end a report this way. The annotated sets mark the pronoun itself as the
content of the first form (it is what was reported; the links read what it points to) and the
sentence before as what the second denies or confirms. By the words, since the parse of these
short clauses is often wrong: the verb closes its clause, and only adverbs stand between the
pronoun and it, so that a relative clause (*het rapport dat hij schreef*) is no claim.
"""

from __future__ import annotations

from .lexicon import ClaimLexicon
from .rules import Found
from .subjects import _speaker_left
from .text import END_PUNCT, Tok

Range = tuple[int, int]
POINTERS = {"nl": {"dat", "dit"}, "de": {"das", "dies"}}
CLAUSE_END = END_PUNCT | {",", ";", ":"}


def _cue_at(toks: list[Tok], k: int, lx: ClaimLexicon) -> tuple[str, str | None] | None:
    """(kind, stance) when token ``k`` is a reporting or stance verb."""
    if lx.confirm.match_at(toks, k):
        return "stance", "confirms"
    if lx.dispute.match_at(toks, k):
        return "stance", "disputes"
    cls = lx.verbs.get(toks[k].lemma)
    return (cls, None) if cls in ("say", "tell", "announce") else None


def _closes_clause(toks: list[Tok], k: int, e: int) -> bool:
    return k + 1 >= e or toks[k + 1].text in CLAUSE_END


def pointer_claims(toks: list[Tok], sents: list[Range], lx: ClaimLexicon, used: set[int]) -> list[Found]:
    pointers = POINTERS.get(lx.lang)
    if not pointers:
        return []
    out = []
    for n, (s, e) in enumerate(sents):
        for k in range(s + 2, e):
            if k in used or toks[k].quoted or not _closes_clause(toks, k, e):
                continue
            cue = _cue_at(toks, k, lx)
            if cue is None:
                continue
            p = k - 1
            while p > s and (lx.is_(toks[p], "adv") or lx.is_(toks[p], "neg")):
                p -= 1
            if toks[p].lower in pointers and toks[p].pos == "PRON":
                content, left = (p, p + 1), p  # "X dat al gemeld"
            elif p == k - 1 and cue[0] == "stance" and n > 0 and toks[k + 1:e] and \
                    all(toks[j].text in END_PUNCT for j in range(k + 1, e)):
                ps, pe = sents[n - 1]  # "X ontkent.": what the sentence before said
                while pe > ps and not toks[pe - 1].is_word:
                    pe -= 1
                content, left = (ps, pe), k
            else:
                continue
            speaker, _front, _cs = _speaker_left(toks, s, left, lx)
            if speaker is None or content[1] <= content[0]:
                continue
            used.add(k)
            out.append(Found(content, (k, k + 1), cue[0], speaker, stance=cue[1], referent=True))
    return out
