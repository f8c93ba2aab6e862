"""Finding the speaker of a claim in the words around its cue (subjects, appositions,
relative pronouns, impersonal and participle constructions) for ``claims_rules.py``.

Phrase edges come from ``claims_phrases.py``; the closed-class words from
``claims_grammar.tsv``. Every helper returns token ranges (start, end) or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang import load_list
from .lexicon import ClaimLexicon
from .phrases import STOP_PUNCT, is_verbish, np_right, trim_speaker
from .text import CLOSERS, Tok

if TYPE_CHECKING:
    from .rules import Found

Range = tuple[int, int]
INFINITIVE = {"to"}  # "declined to comment", "by saying": not a noun slot


def _is_comp(toks: list[Tok], j: int, e: int, lx: ClaimLexicon) -> bool:
    """A complementizer, not the demonstrative it may also be ("bevestigde dat bericht")."""
    t = toks[j]
    if not lx.is_(t, "comp"):
        return False
    if lx.is_(t, "det") and j + 1 < e:
        nxt = toks[j + 1]
        after = toks[j + 2] if j + 2 < e else None
        if nxt.lemma in lx.reporting_nouns and (after is None or after.text in STOP_PUNCT):
            return False
    return True



# "was called", "so-called", "to be described": not a speaker's act (object verbs only)
PASSIVE_BEFORE = {"is", "are", "was", "were", "be", "been", "being", "so", "to", "wordt", "werd",
                  "worden", "werden", "wird", "wurde", "est", "été", "sont"}


def _speaker_left(toks, s, c, lx) -> tuple[Range | None, Range | None, int]:
    """Subject before the cue, a fronted "volgens X" phrase, and the clause start."""
    cs = c
    while cs > s:
        t = toks[cs - 1]
        if t.text in (",", ";", ":", "—", "–", "―", "?", "!") or (_is_comp(toks, cs - 1, c, lx) and not lx.is_(t, "det")) \
                or (t.text in CLOSERS and not t.quoted and t.text != ")"):
            break
        cs -= 1
    front = None
    p = lx.according.match_at(toks, cs) if cs < c else None
    a = cs
    if p and p.tag != "post":
        ns = cs + len(p.words)
        ne = np_right(toks, ns, c, lx)
        if ne > ns:
            front = (ns, ne)
            a = ne
    a, b = trim_speaker(toks, a, c, lx)
    if b - a == 1 and toks[a].lower in FLOATING and a - 1 > cs and lx.is_(toks[a - 1], "aux"):
        a2, b2 = trim_speaker(toks, cs, a - 1, lx)  # "X and Y have both argued": X and Y
        if b2 > a2:
            a, b = a2, b2
    if b - a > 1 and toks[b - 1].lower in RELATIVES:
        b -= 1  # "The man who said": the man
    if b > a and not all(lx.is_(toks[k], "det") for k in range(a, b)):
        return (a, b), front, cs
    if front is None and all(lx.is_(toks[k], "adv") or lx.is_(toks[k], "aux") for k in range(cs, c)):
        name = _appositive_name(toks, s, cs, lx)
        if name is not None:  # "Smith, the attorney general, said": the name, not the title
            return name, None, name[0]
    return None, front, cs


BOUNDARY = {",", ";", ":", "—", "–", "―", '"', "”", "''", "»", "’"}
FLOATING = frozenset({"both", "all", "each"})  # a quantifier after the auxiliary: "have both said"
NAME_PARTICLES = frozenset(w.lower() for w in load_list("xx", "name_particles.txt"))


def _appositive_name(toks, s, cs, lx) -> Range | None:
    """The name before an apposition that ends at ``cs``: "X, the AG," / "X — a teacher —".
    The apposition may hold commas, so each earlier separator is tried, nearest first; the
    name (1–5 capitalised words) must open its clause."""
    if cs - 1 <= s or toks[cs - 1].text not in (",", "—", "–", "―") or toks[cs - 1].quoted:
        return None
    sep = toks[cs - 1].text
    for p1 in range(cs - 3, max(s, cs - 30) - 1, -1):
        if toks[p1].text != sep or toks[p1].quoted:
            continue
        a = p1
        while a > s and p1 - a < 6 and (toks[a - 1].is_upper and toks[a - 1].is_word
                                        or a - 2 >= s and toks[a - 1].lower in NAME_PARTICLES
                                        and toks[a - 2].is_upper):
            a -= 1  # "Jan de Vries": lower-case particles between capitalised words
        if a < p1 and (a == s or toks[a - 1].text in BOUNDARY or lx.is_(toks[a - 1], "conj")):
            return a, p1
        if lx.lang == "en" and 1 <= cs - 1 - (p1 + 1) <= 5 and all(
                toks[k].is_upper and toks[k].is_word and toks[k].pos == "PROPN" for k in range(p1 + 1, cs - 1)) \
                and toks[p1 - 1].pos == "NOUN" and not toks[p1 - 1].is_upper \
                and all(toks[k].is_word or toks[k].text in ("'s", "’s") for k in range(s, p1)) and p1 - s <= 6:
            return p1 + 1, cs - 1  # "The chief, Paul Manafort, suggested": the name after the
            # role that opens the sentence (the speaker check joins the role to it)
    return None


RELATIVES = {"who", "which", "that", "whom", "die", "dat", "wie", "der", "qui", "que"}
PERSON_RELATIVES = {"who", "die", "der", "qui"}  # ", who said" stands for the name before it


APPOSED_MAX = 14  # tokens of a subject with its apposition between commas


def _plain_subject(toks, speaker, cs, lx) -> bool:
    """Object and evidence verbs are too ambiguous without a clean subject right before them:
    a short phrase opening its clause, no verb-like word inside, not a relative pronoun."""
    if speaker is None:
        return False
    a, b = speaker
    comma = next((k for k in range(a + 1, b) if toks[k].text == ","), None)
    if comma is not None and b - a <= APPOSED_MAX and a <= cs + 1 and _plain_subject(toks, (a, comma), cs, lx) \
            and not any(is_verbish(toks[k], lx) for k in range(comma, b)):
        return True  # "De oppositie, de centrumlinkse Republikeinse Volkspartij (CHP), noemt …"
    # (Dutch: a title and its "van" phrase with a name run longer: "De woordvoerder van de
    # Spaanse regeringspartij Partido Popular noemt …")
    if b - a > (10 if lx.lang == "nl" else 6) or a > cs + 1 or (b - a == 1 and toks[a].lower in RELATIVES):
        return False
    links = ("of", "van", "von", "de")
    return not any(is_verbish(toks[k], lx) or lx.is_(toks[k], "prep") and not lx.is_(toks[k], "det")
                   and toks[k].lower not in links
                   # "She made a phone call": a determiner inside starts a second phrase
                   or k > a and lx.is_(toks[k], "det") and not lx.is_(toks[k], "pron")
                   and toks[k - 1].lower not in links for k in range(a, b))




def _impersonal(toks, speaker, c, lx) -> bool:
    """A one-word impersonal subject: generic ("men", "on") or "it/het/es" with a passive
    auxiliary between it and the verb."""
    if speaker is None or speaker[1] - speaker[0] != 1:
        return False
    t = toks[speaker[0]]
    return lx.is_(t, "gen") or lx.is_(t, "imp") and any(lx.is_(toks[x], "passive") for x in range(speaker[1], c))


def _evidence_subject(toks, speaker, c, lx) -> Range | None:
    """ "A poll from Marquette released Wednesday found …": a longer subject is fine for an
    evidence verb when it names a poll, study, report … (evidence_nouns.txt); the speaker is
    cut before the participle or relative clause that follows the noun."""
    if speaker is None or c - speaker[1] > 2 or c - speaker[0] > 12:
        return None
    a, b = speaker
    noun = next((k for k in range(a, b) if toks[k].lower in lx.evidence_nouns
                 or toks[k].lemma in lx.evidence_nouns), None)
    if noun is None:
        return None
    end = next((k for k in range(noun + 1, b) if toks[k].text == "," or toks[k].lower in RELATIVES
                or is_verbish(toks[k], lx)), b)
    return a, end


def _subject_before_comma(toks, s, p, lx) -> Range | None:
    """The phrase before the comma at ``p``, skipping one relative clause or apposition
    segment ("X, who runs Y," / "X, a teacher,"): a short phrase without a verb."""
    for _ in range(2):
        q = p
        while q > s and toks[q - 1].text not in (",", ";", ":", "—", "–", "―"):
            q -= 1
        a, b = trim_speaker(toks, q, p, lx)
        if 0 < b - a <= 6 and toks[a].lower not in RELATIVES \
                and not any(is_verbish(toks[x], lx) for x in range(a, b)):
            return (a, b) if toks[a].is_upper or lx.is_(toks[a], "det") else None
        if q <= s:
            return None
        p = q - 1
    return None


def _participle(toks, s, c, lx) -> bool:
    """An English -ing reporting verb opening a participle clause: ", saying …", "by saying"."""
    t = toks[c]
    return (lx.lang == "en" and c > s and t.lower.endswith("ing") and t.lemma in lx.verbs
            and toks[c - 1].lower in (",", "—", "–", "―", "by", "after", "while"))


def _sentence_subject(toks, s, c, lx, earlier: list[Found]) -> Range | None:
    """The subject a participle clause hangs on: the speaker of the sentence's previous claim,
    else the noun phrase opening the sentence."""
    prev = sorted((f for f in earlier if f.cue[0] < c and f.speaker is not None), key=lambda f: f.cue[0])
    if prev:
        return prev[-1].speaker
    a = s
    while a < c and not toks[a].is_word:
        a += 1
    if a < c and toks[a].quoted:
        return None  # "“We will win,” …, adding …": a quotation's first word is nobody
    ne = np_right(toks, a, c, lx)
    return (a, ne) if ne > a and not lx.is_(toks[a], "prep") else None


def _shared_subject(toks, cs, c, lx, earlier: list[Found]) -> Range | None:
    """ "X called him a liar and said …": a verb right after "and" shares the subject of the
    previous claim of the sentence."""
    k = c - 1
    while k >= cs and lx.is_(toks[k], "adv"):
        k -= 1
    if k < cs or not lx.is_(toks[k], "conj"):
        return None
    prev = [f for f in earlier if f.cue[0] < c and f.speaker is not None]
    return prev[-1].speaker if prev else None
