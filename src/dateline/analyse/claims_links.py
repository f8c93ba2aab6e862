"""Stance links between claims: which later claim disputes or confirms which earlier one.

Three signals, most precise first:
1. A dispute/confirm cue whose object names a claim ("zetten vraagtekens bij de claim",
   "denied the report"): link to the nearest earlier claim.
2. A dispute/confirm cue with a clause ("denied that …"), or an emphatic affirmative in the
   content ("de aanval heeft wel plaatsgevonden", "did take place"): link to the claim the
   last dispute targeted, else to the earlier claim sharing most content words.
3. Two claims with the same verb about the same noun but different numbers, by different
   speakers ("40 soldiers killed" vs "12 soldiers killed"): the later disputes the earlier.
"""

from __future__ import annotations

from .claims_lexicon import ClaimLexicon
from .claims_rules import Found
from .claims_text import Tok


def _content_words(toks: list[Tok], f: Found, lx: ClaimLexicon) -> set[str]:
    return {toks[k].lemma for k in range(*f.content)
            if toks[k].is_word and not toks[k].text.isdigit() and len(toks[k].lower) > 2
            and toks[k].lower not in lx.grammar}


def _emphatic(toks: list[Tok], f: Found, lx: ClaimLexicon) -> Tok | None:
    a, b = f.content
    for k in range(a, b):
        p = lx.confirm.match_at(toks, k)
        if p and p.tag == "emphatic":
            nxt = toks[k + 1] if k + 1 < b else None
            if nxt is not None and lx.is_(nxt, "neg"):
                continue
            if lx.lang == "en" and toks[k].lower in ("did", "does") and (nxt is None or not nxt.is_word):
                continue
            return toks[k]
    return None


def _figures(toks: list[Tok], f: Found) -> list[tuple[str, str]]:
    """(number, noun lemma) pairs in the content: "40 soldaten" -> ("40", "soldaat")."""
    out = []
    for k in range(*f.content):
        if toks[k].text.replace(".", "").replace(",", "").isdigit() and k + 1 < f.content[1]:
            out.append((toks[k].text, toks[k + 1].lemma))
    return out


def link_claims(toks: list[Tok], found: list[Found], lx: ClaimLexicon, body: str) -> list[list[dict]]:
    """Links per claim (same order as ``found``), targets as indexes into ``found``."""
    links: list[list[dict]] = [[] for _ in found]
    words = [_content_words(toks, f, lx) for f in found]
    last_disputed: int | None = None
    for j, f in enumerate(found):
        cue_text = body[toks[f.cue[0]].start:toks[f.cue[1] - 1].end]
        target = None
        kind = f.stance
        if f.stance and f.referent:
            target = next((i for i in range(j - 1, -1, -1) if not found[i].referent), None)
        elif f.stance:
            target = _best_overlap(words, j, min_shared=2)
        else:
            emph = _emphatic(toks, f, lx)
            if emph is not None:
                kind, cue_text = "confirms", emph.text
                target = last_disputed if last_disputed is not None else _best_overlap(words, j, 2)
        if target is None and not f.stance:
            target = _conflicting_figures(toks, found, words, j)
            if target is not None:
                kind, cue_text = "disputes", "conflicting figures"
        if target is not None and kind:
            links[j].append({"type": kind, "target": target, "cue": cue_text})
            if kind == "disputes":
                last_disputed = target
    return links


def _best_overlap(words: list[set[str]], j: int, min_shared: int) -> int | None:
    best, best_n = None, min_shared - 1
    for i in range(j - 1, -1, -1):
        n = len(words[i] & words[j])
        if n > best_n:
            best, best_n = i, n
    return best


def _conflicting_figures(toks, found, words, j) -> int | None:
    mine = _figures(toks, found[j])
    if not mine:
        return None
    for i in range(j - 1, -1, -1):
        theirs = _figures(toks, found[i])
        same_noun_other_number = any(n1 == n2 and v1 != v2 for v1, n1 in mine for v2, n2 in theirs)
        same_noun_same_number = any(n1 == n2 and v1 == v2 for v1, n1 in mine for v2, n2 in theirs)
        shared_verbs = (words[i] & words[j]) - {n for _, n in mine}
        if same_noun_other_number and not same_noun_same_number and shared_verbs:
            return i
    return None
