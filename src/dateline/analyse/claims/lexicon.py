"""Claim lexicons for one language, loaded once from ``lang/<code>/`` data files.

Every word list the claim rules use lives in a data file (see docs/claims.md for the list);
this module only turns them into lookups.  Words are compared both as lower-cased forms and
as lemmas (the linguistic layer's lemmatizer on both sides), so a lexicon written in base
forms ("zetten vraagtekens bij") also matches inflected text ("zette vraagtekens bij").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ...lang import load_list, load_table
from ..layer.lemmas import lemma

# hedges.txt tags of modal verbs: they hedge only outside a reported clause ("modal-perfect":
# German "sollen", hearsay only with a perfect infinitive)
MODAL_TAGS = frozenset({"modal", "modal-perfect"})

SUPPORTED = ("nl", "en", "de", "fr")


@dataclass(frozen=True)
class Phrase:
    """A multi-word lexicon entry: words (lower) and their lemmas, plus an optional tag."""

    words: tuple[str, ...]
    lemmas: tuple[str, ...]
    tag: str = ""


def _phrase(text: str, lang: str, tag: str = "") -> Phrase:
    words = tuple(w.lower() for w in text.split())
    return Phrase(words, tuple(lemma(w, lang) for w in words), tag)


class PhraseIndex:
    """Finds lexicon phrases in a token list, longest first, matching form or lemma per word."""

    def __init__(self, phrases: list[Phrase], forms_only: bool = False):
        if forms_only:  # hedges: "aurait" hedges, "a" (same lemma avoir) does not
            phrases = [Phrase(p.words, p.words, p.tag) for p in phrases]
        self.by_first: dict[str, list[Phrase]] = {}
        for p in phrases:
            for key in {p.words[0], p.lemmas[0]}:
                self.by_first.setdefault(key, []).append(p)
        for lst in self.by_first.values():
            lst.sort(key=lambda p: -len(p.words))

    def match_at(self, toks, i: int) -> Phrase | None:
        t = toks[i]
        a, b = self.by_first.get(t.lower), self.by_first.get(t.lemma)
        if a is None and b is None:
            return None
        cands = a if b is None or b is a else b if a is None else sorted(a + b, key=lambda p: -len(p.words))
        for p in cands:
            n = len(p.words)
            if i + n > len(toks):
                continue
            if all(toks[i + k].lower == p.words[k] or toks[i + k].lemma == p.lemmas[k]
                   for k in range(n)):
                return p
        return None


@dataclass
class ClaimLexicon:
    lang: str
    verbs: dict[str, str] = field(default_factory=dict)  # lemma -> class (say/tell/belief/...)
    particle_verbs: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # lemma -> [(particle, class)]
    according: PhraseIndex | None = None  # "volgens", "according to" (pre) / "aldus" (post)
    hedges: PhraseIndex | None = None
    dispute: PhraseIndex | None = None
    confirm: PhraseIndex | None = None
    channels: list[tuple[tuple[str, ...], int, int]] = field(default_factory=list)
    platforms: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # first word -> names
    outlets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    media_nouns: frozenset = frozenset()
    reporting_nouns: frozenset = frozenset()
    evidence_nouns: frozenset = frozenset()  # "poll", "onderzoek": subjects of evidence verbs
    grammar: dict[str, set[str]] = field(default_factory=dict)  # word -> classes

    def is_(self, tok, cls: str) -> bool:
        return cls in self.grammar.get(tok.lower, ())


def _tagged(lang: str, name: str) -> list[Phrase]:
    out = []
    for row in load_list(lang, name):
        text, _, tag = row.partition("\t")
        out.append(_phrase(text.strip(), lang, tag.strip()))
    return out


def _channel_patterns(lang: str) -> list[tuple[tuple[str, ...], int, int]]:
    """Channel phrases as (words, first word of the channel part, end of it)."""
    pats = []
    for row in load_list(lang, "channels.txt"):
        words = row.replace("[", " [ ").replace("]", " ] ").split()
        clean, start, end = [], 0, 0
        for w in words:
            if w == "[":
                start = len(clean)
            elif w == "]":
                end = len(clean)
            else:
                clean.append(w if w == "<platform>" else w.lower())
        pats.append((tuple(clean), start, end or len(clean)))
    return pats


def _by_first_word(names) -> dict[str, list[tuple[str, ...]]]:
    """Names (word tuples) indexed by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(set(names), key=len, reverse=True):
        if name:
            out.setdefault(name[0], []).append(name)
    return out


@lru_cache(maxsize=None)
def lexicon(lang: str) -> ClaimLexicon:
    """The claim lexicon of ``lang``; an unsupported language falls back to English rules."""
    if lang not in SUPPORTED:
        lang = "en"
    lx = ClaimLexicon(lang)
    for row in load_table(lang, "reporting_verbs.tsv"):
        cls = row[1] if len(row) > 1 else "say"
        # the row's own form too: simplemma reads some infinitives as nouns ("tonen" -> "toon")
        for lem in {lemma(row[0], lang), row[0].lower()}:
            if len(row) > 2 and row[2]:
                lx.particle_verbs.setdefault(lem, []).append((row[2].lower(), cls))
            else:
                lx.verbs.setdefault(lem, cls)
    lx.according = PhraseIndex(_tagged(lang, "according_to.txt"))
    lx.hedges = PhraseIndex(_tagged(lang, "hedges.txt"), forms_only=True)
    lx.dispute = PhraseIndex(_tagged(lang, "stance_dispute.txt"))
    lx.confirm = PhraseIndex(_tagged(lang, "stance_confirm.txt"))
    lx.channels = _channel_patterns(lang)
    lx.platforms = _by_first_word(tuple(p.split()) for p in load_list("xx", "claim_platforms.txt"))
    outlets = [tuple(o.split()) for o in load_list("xx", "claim_outlets.txt")]
    for row in load_table("xx", "agencies.tsv"):
        outlets += [tuple(a.split()) for a in (row[1] if len(row) > 1 else row[0]).split("|")]
    lx.outlets = _by_first_word(outlets)
    lx.media_nouns = frozenset(lemma(w, lang) for w in load_list(lang, "media_nouns.txt"))
    lx.reporting_nouns = frozenset(lemma(w, lang) for w in load_list(lang, "reporting_nouns.txt"))
    lx.evidence_nouns = frozenset(x for w in load_list(lang, "evidence_nouns.txt")
                                  for x in (w.lower(), lemma(w, lang)))
    for row in load_table(lang, "claims_grammar.tsv"):
        if len(row) >= 2:
            lx.grammar.setdefault(row[0].lower(), set()).add(row[1])
    return lx
