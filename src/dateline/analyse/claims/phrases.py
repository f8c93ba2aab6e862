"""Phrase edges for the claim rules: noun phrases, channels and news outlets.

There is no parser here on purpose (speed, four languages): noun phrases are found from
closed-class words (``claims_grammar.tsv``), capitalisation and a few verb lists, which is
enough for the short subjects and sources news attribution uses ("een legerwoordvoerder",
"de Britse krant The Times", "Afghan officials").
"""

from __future__ import annotations

from ..times import day_words
from .lexicon import MODAL_TAGS, ClaimLexicon
from .text import Tok

STOP_PUNCT = {",", ";", ":", ".", "!", "?", "(", ")", "—", "–", "―", "-", "-t-", '"', "“", "”", "„", "«", "»", "''"}


def is_verbish(t: Tok, lx: ClaimLexicon) -> bool:
    """Auxiliaries, reporting verbs, complementizers and forms that look inflected from a
    verb (nl/de: the lemma is an infinitive in -en; en: a past form in -ed)."""
    if lx.is_(t, "aux") or t.lemma in lx.verbs or t.lemma in lx.particle_verbs:
        return True
    if lx.is_(t, "comp") and not lx.is_(t, "det"):
        return True
    if t.is_upper:
        return False
    if lx.lang in ("nl", "de") and t.pos == "VERB" and t.lower.endswith("en"):
        return True  # an infinitive: "…, laat het parket weten"
    if t.lemma == t.lower:
        return False
    if lx.lang in ("nl", "de"):
        return t.lemma.endswith("en") or t.lemma in ("doen", "gaan", "staan", "slaan", "zien", "tun", "sein")
    if lx.lang == "en":
        return t.lower.endswith("ed")
    return False


NAME_PARTICLES = {"den", "der", "ter", "ten", "van", "von", "de", "le", "la", "du", "di", "da", "del", "dos"}


# words after German "so" that make it no "so X" attribution ("So oder so", "so dass", "so weit")
DE_SO_NOT = frozenset({"oder", "dass", "wie", "weit", "lange", "viel", "viele", "sehr", "gut", "genannt",
                       "etwas", "bald", "schnell", "auch", "ist", "war", "sind", "z.b.", "z.", "etwa",
                       "beispielsweise", "zum"})


def so_speaker_follows(toks: list[Tok], i: int, lx: ClaimLexicon) -> bool:
    """German post marker *so* attributes only when a noun phrase follows (*…, so der
    Minister*, *so Müller*), not in *Obwohl …, so ist es …* or *So oder so*."""
    if lx.lang != "de":
        return True
    n = i + 1
    if toks[i].lemma.lower() == "laut" or toks[i].lower.startswith("laut"):
        # "laut der Polizei", "laut jüngsten Umfragen"; not the adjective ("einen lauten Knall",
        # "laut und deutlich", "laut getönt")
        return toks[i].lower == "laut" and n < len(toks) and not toks[n].quoted and (
            toks[n].pos in ("DET", "PROPN", "NOUN", "NUM", "X") and toks[n].lower not in DE_SO_NOT
            or toks[n].pos == "ADJ" and n + 1 < len(toks) and toks[n + 1].pos in ("NOUN", "PROPN"))
    if toks[i].lower != "so":
        return True
    return n < len(toks) and toks[n].is_word and not toks[n].quoted and toks[n].lower not in DE_SO_NOT \
        and toks[n].pos in ("DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM", "X")


CLAUSE_DEPS = frozenset({"ROOT", "root", "ccomp", "conj", "advcl", "parataxis", "xcomp"})


def np_right(toks: list[Tok], i: int, end: int, lx: ClaimLexicon, max_len: int = 12) -> int:
    """End (exclusive) of the noun phrase starting at token ``i``; ``i`` when none starts there."""
    if i < end and lx.is_(toks[i], "pron") and not lx.is_(toks[i], "det"):
        return i + 1
    j = i
    while j < end and j - i < max_len:
        t = toks[j]
        if j > i and t.text in ("-", "/") and j + 1 < end and toks[j - 1].end == t.start \
                and t.end == toks[j + 1].start and toks[j + 1].is_word and toks[j - 1].is_word:
            j += 2  # "the NBC-Wall Street Journal poll", "a Reuters/Ipsos poll": one word, glued
            continue
        if t.text in STOP_PUNCT or t.quoted != toks[i].quoted:
            break
        if not (t.is_word or t.text in ("'s", "’s", "&", "'", "’")):
            break
        if j > i and lx.is_(t, "pron") and not lx.is_(t, "det"):
            break  # "told reporters he feels …": a pronoun starts the next clause
        after_det = lx.is_(toks[j - 1], "det") and not lx.is_(toks[j - 1], "pron") \
            or j > i and toks[j - 1].dep == "amod" and toks[j - 1].head == j  # "eensluidende berichten"
        # a capitalised word inside the phrase is a name ("the National Post"), not a verb
        if j > i and lx.lang == "en" and t.pos == "VERB" and not t.is_upper and t.dep in CLAUSE_DEPS:
            break  # "told lawmakers no evidence supports …": a clause's verb ends the phrase before it
        if j > i and (is_verbish(t, lx) and not after_det and not t.is_upper
                      or lx.is_(t, "conj") or lx.is_(t, "neg")
                      or lx.is_(t, "adv") and not t.is_upper):
            break
        if j > i and t.lower in ("du", "des") and j + 1 < end \
                and (toks[j + 1].is_upper or lx.is_(toks[j + 1], "det")):
            j += 1  # "une source du Quai d'Orsay": French "of the" is a determiner too
            continue
        if j > i and lx.is_(t, "det") and not lx.is_(toks[j - 1], "det") \
                and not lx.is_(toks[j - 1], "prep") and not t.is_upper:
            break
        if j > i and t.lower in NAME_PARTICLES and toks[j - 1].is_upper and toks[j - 1].is_word:
            k = j
            while k < end and k - j < 3 and toks[k].lower in NAME_PARTICLES:
                k += 1
            if k < end and toks[k].is_upper and toks[k].is_word and not lx.is_(toks[k], "det"):
                j = k  # a surname's particles: "Jelle Van den Berghe", "Anna van der Meer"
                continue
        if lx.is_(t, "prep") and not lx.is_(t, "det"):
            links = ("van", "of", "von", "de", "der", "du", "des", "for", "d'", "d’")
            if not (j > i and t.lower in links and j + 1 < end
                    and (toks[j + 1].is_upper or lx.is_(toks[j + 1], "det"))):
                break
        j += 1
    # a phrase never ends on a preposition or a determiner
    while j > i and (lx.is_(toks[j - 1], "prep") or lx.is_(toks[j - 1], "det")) and not toks[j - 1].is_upper:
        j -= 1
    return j


def _subject_front(toks: list[Tok], a: int, k: int, r: int, lx: ClaimLexicon) -> bool:
    """Verb second: what stands before the auxiliary at ``k`` is one phrase. It is the subject
    when it opens like a noun phrase and what follows the auxiliary opens with a time word, an
    adverb or a preposition, not with a noun phrase of its own."""
    first, nxt = toks[a], toks[r]
    nominal = first.pos in ("DET", "PROPN", "NOUN", "PRON") and not lx.is_(first, "prep") \
        and not lx.is_(first, "adv") and first.lower not in day_words(lx.lang)
    return nominal and (nxt.lower in day_words(lx.lang) or lx.is_(nxt, "adv") or lx.is_(nxt, "prep")
                        or nxt.pos in ("ADV", "ADP"))


def trim_speaker(toks: list[Tok], a: int, b: int, lx: ClaimLexicon) -> tuple[int, int]:
    """Trim the words before a cue to the subject: drop auxiliaries, adverbs and negations
    at both edges, and keep the part after a fronted auxiliary (V2 inversion)."""
    def skip(t: Tok) -> bool:
        hedge_adverb = any(len(p.words) == 1 and p.tag not in MODAL_TAGS for p in lx.hedges.by_first.get(t.lower, ()))
        return (lx.is_(t, "adv") or lx.is_(t, "neg") or lx.is_(t, "conj") or hedge_adverb
                or t.text in STOP_PUNCT or (lx.is_(t, "aux") and not lx.is_(t, "det")))

    while a < b and skip(toks[b - 1]):
        b -= 1
    # "heeft een legerwoordvoerder" / "a le ministre": keep what follows the auxiliary
    for k in range(b - 1, a - 1, -1):
        if lx.is_(toks[k], "aux") and not lx.is_(toks[k], "det") and k + 1 < b:
            if k > a and _subject_front(toks, a, k, k + 1, lx):
                b = k  # "De minister heeft zondag op de zender X gezegd": the front is the subject
            else:
                a = k + 1
            break
    while a < b and skip(toks[a]):
        a += 1
    if b - a > 14:  # too long to be a subject: keep its last noun phrase
        k = b - 1
        while k > a and toks[k - 1].text not in STOP_PUNCT and b - k < 8:
            k -= 1
        a = k
    return a, b


def match_channel(toks: list[Tok], a: int, b: int, lx: ClaimLexicon) -> tuple[int, int] | None:
    """The channel part of the first channel phrase in toks[a:b] ("op [Telegram]")."""
    for i in range(a, b):
        low = toks[i].lower
        for words, cs, ce in lx.channels:
            if words[0] != low and words[0] != "<platform>":
                continue
            k, j, span = 0, i, None
            ok = True
            while k < len(words):
                if k == cs:
                    span_start = j
                if words[k] == "<platform>":
                    m = _match_names(toks, j, b, lx.platforms)
                    if not m:
                        ok = False
                        break
                    j = m
                elif j < b and toks[j].lower == words[k]:
                    j += 1
                else:
                    ok = False
                    break
                k += 1
                if k == ce:
                    span = (span_start, j)
            if ok and span:
                return span
    return None


def _match_names(toks: list[Tok], i: int, b: int, names) -> int | None:
    """End of the longest name from ``names`` (word tuples, case-sensitive) at toks[i]."""
    if i >= b:
        return None
    for name in names.get(toks[i].text, ()):
        n = len(name)
        if i + n <= b and all(toks[i + k].text == name[k] for k in range(n)):
            return i + n
    return None


def outlet_in(toks: list[Tok], a: int, b: int, lx: ClaimLexicon,
              media_spans: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """Token range of a news medium named in toks[a:b], or None when the phrase is no medium.

    Order: an entity of kind media (character spans given by the caller), a known outlet
    name, or a medium noun followed by a capitalised name ("de krant The Times").
    """
    if a >= b:
        return None
    for s, e in media_spans:
        if s < toks[b - 1].end and e > toks[a].start:
            ks = [k for k in range(a, b) if toks[k].start >= s and toks[k].end <= e]
            if ks:
                return ks[0], ks[-1] + 1
    for i in range(a, b):
        m = _match_names(toks, i, b, lx.outlets)
        if m:
            return i, m
    for i in range(a, b):
        if toks[i].lemma in lx.media_nouns or toks[i].text in lx.media_nouns:
            j = i + 1
            while j < b and toks[j].is_upper:
                j += 1
            if j > i + 1:
                return i + 1, j
            return a, b
    return None
