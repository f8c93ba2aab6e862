"""Event lexicons per language: triggers, instruments, cues and unknown-place/time phrases.

All words come from data files in ``lang/<code>/``: ``event_triggers.tsv`` (word or
lemma -> PLOVER type, mode, role of numbers), ``event_cues.tsv`` (hedge, negation, passive
auxiliaries, agent and locative prepositions, place nouns, pronouns, definite articles),
``unknown_cues.txt`` and the noun classes of ``quantity_nouns.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...lang import load_table
from ..quantities.parse import PhraseTable, Token, phrase_tokens


_MISSING = object()


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    role: str | None  # fatalities | injured | arrested | None
    kind: str  # trigger | instrument
    # Second sense (event_senses.tsv): (cue kind, trigger) used when such a cue is in the sentence.
    alt: tuple[str, "Trigger"] | None = None
    # Found as the last part of a written-together compound ("pensioenbetoging", "NAVO-top"):
    # such a word is no name, even when capitalised or tagged as a proper noun.
    compound: bool = False


@dataclass
class EventLexicon:
    lang: str
    words: dict[str, Trigger]  # single word (surface or lemma) -> trigger
    phrases: PhraseTable  # multi-word triggers
    cues: dict[str, set[str]] = field(default_factory=dict)  # kind -> single-word cues
    cue_phrases: PhraseTable | None = None  # multi-word cues, data = kind
    unknown: PhraseTable | None = None  # data = place | time | both
    nouns: dict[str, str] = field(default_factory=dict)  # quantity_nouns classes
    # Modality rules (lang/xx/events/event_modality.tsv): (cue kind, type) -> new type.
    modality: dict[tuple[str, str], str] = field(default_factory=dict)
    word_cache: dict = field(default_factory=dict)  # word form -> single-word trigger hit
    not_compounds: frozenset[str] = frozenset()  # compounds that are no event (event_not_compounds.txt)
    not_heads: tuple[str, ...] = ()  # word endings that are no compound's last part ("-gratie": migratie)


def _trigger(row: tuple[str, ...]) -> Trigger:
    mode = row[2] if len(row) > 2 and row[2] not in ("-", "") else None
    role = row[3] if len(row) > 3 and row[3] not in ("-", "") else None
    kind = row[4] if len(row) > 4 else "trigger"
    return Trigger(row[1], mode, role, kind)


@lru_cache(maxsize=None)
def lexicon(lang: str, extra: tuple[str, ...] = ()) -> EventLexicon:
    """The lexicon of one language; ``extra`` names more trigger files (derived lists)."""
    words: dict[str, Trigger] = {}
    phrases = []
    for name in ("event_triggers.tsv", *extra):
        for row in load_table(lang, name):
            if len(row) < 2:
                continue
            toks = phrase_tokens(row[0], lang)
            if len(toks) == 1:
                words.setdefault(toks[0], _trigger(row))
            elif toks:
                phrases.append((toks, _trigger(row)))
    for row in load_table(lang, "event_senses.tsv"):
        base = words.get(row[0].lower()) if len(row) >= 5 else None
        if base is not None:
            other = Trigger(row[2], None if row[3] == "-" else row[3], None if row[4] == "-" else row[4], base.kind)
            words[row[0].lower()] = Trigger(base.type, base.mode, base.role, base.kind, (row[1], other))
    modality = {(row[0], t): row[2] for row in load_table("xx", "event_modality.tsv") if len(row) >= 3
                for t in row[1].split(",")}
    cues: dict[str, set[str]] = {}
    cue_phrases = []
    for row in load_table(lang, "event_cues.tsv"):
        toks = phrase_tokens(row[0], lang)
        if len(toks) == 1:
            cues.setdefault(row[1], set()).add(toks[0])
        elif toks:
            cue_phrases.append((toks, row[1]))
    unknown = [(phrase_tokens(r[1], lang), r[0]) for r in load_table(lang, "unknown_cues.txt") if len(r) > 1]
    nouns = {r[0].lower(): r[1] for r in load_table(lang, "quantity_nouns.tsv") if len(r) > 1}
    rows = [r[0].lower() for r in load_table(lang, "event_not_compounds.txt") if r and r[0]]
    not_compounds = frozenset(w for w in rows if not w.startswith("-"))
    not_heads = tuple(w[1:] for w in rows if w.startswith("-"))
    return EventLexicon(lang, words, PhraseTable(phrases), cues, PhraseTable(cue_phrases),
                        PhraseTable(unknown), nouns, modality, not_compounds=not_compounds, not_heads=not_heads)


@lru_cache(maxsize=None)
def threaten_modes() -> dict[tuple[str, str], str]:
    """(type, mode or "*") of a threatened act -> THREATEN mode (lang/xx/events/threaten_modes.tsv)."""
    return {(r[0], r[1]): r[2] for r in load_table("xx", "threaten_modes.tsv") if len(r) >= 3}


def threaten_mode(etype: str, mode: str | None) -> str | None:
    table = threaten_modes()
    return table.get((etype, mode or "-")) or table.get((etype, "*"))


@lru_cache(maxsize=None)
def type_defaults() -> dict[str, tuple[str | None, str | None]]:
    """PLOVER type -> (mode, role) for events a learned model finds (lang/xx/events/event_type_defaults.tsv)."""
    out = {}
    for row in load_table("xx", "event_type_defaults.tsv"):
        if len(row) >= 3:
            out[row[0]] = (None if row[1] == "-" else row[1], None if row[2] == "-" else row[2])
    return out


def trigger_at(lex: EventLexicon, tokens: list[Token], i: int) -> tuple[int, Trigger] | None:
    """The trigger starting at token i: (number of tokens, trigger) or None."""
    t = tokens[i]
    if t.low in lex.phrases.by_first:  # (checked here: most words start no phrase)
        hit = lex.phrases.match_at(tokens, i)
        if hit:
            return hit
    if not t.is_word:
        return None
    cache = lex.word_cache
    hit = cache.get(t.low, _MISSING)
    if hit is _MISSING:  # word form, else lemma; remembered per word form
        trig = lex.words.get(t.low) or lex.words.get(t.lemma)
        hit = (1, trig) if trig else None
        if len(cache) > 200_000:
            cache.clear()
        cache[t.low] = hit
    return hit


COMPOUND_LANGS = {"nl", "de"}  # languages that write compounds as one word
MIN_HEAD, MIN_MODIFIER = 4, 3  # letters of a compound's listed last part and of what stands before it
_HYPHENS = "-\u2010\u2011"


def _noun_trigger(lex: EventLexicon, part: str) -> Trigger | None:
    """A listed one-word trigger that can end a compound: a noun as listed ("betoging"), or the
    plural of one ("aanvallen" -> "aanval", "gesprekken" -> "gesprek", "betogers" -> "betoger").
    Listed words ending in -en that are no plural of a listed noun are verbs ("prijzen" is
    praising; "energieprijzen" are prices) and end no compound."""
    trig = lex.words.get(part)
    if trig is None or trig.kind != "trigger":
        return None
    if part.endswith("en"):
        stem = part[:-2]
        singular = lex.words.get(stem) or (lex.words.get(stem[:-1]) if len(stem) > 2 and stem[-1] == stem[-2] else None)
        return trig if singular is not None and singular.type == trig.type and len(stem) >= MIN_HEAD - 1 else None
    return trig


def compound_trigger(lex: EventLexicon, t: Token) -> Trigger | None:
    """The trigger a noun compound takes from its last part: Dutch (and German) write compounds
    as one word, so "pensioenbetoging" is a betoging and "gifgasaanvallen" are aanvallen. After a
    hyphen the last part may be short ("NAVO-top", "EU-top"); written together it has at least
    MIN_HEAD letters after at least MIN_MODIFIER ("zelfmoord" and the like are listed in
    ``event_not_compounds.txt``). Soft hyphens are ignored ("veiligheids\xadonderzoek")."""
    if lex.lang not in COMPOUND_LANGS or t.pos not in ("NOUN", "PROPN", "X") or not t.is_word:
        return None
    low = t.low.replace("\u00ad", "")
    for w in {low, t.lemma.replace("\u00ad", "")}:
        if w in lex.not_compounds or any(w.endswith(h) for h in lex.not_heads):
            return None
    if low != t.low and lex.words.get(low) is not None and lex.words[low].kind == "trigger":
        return lex.words[low]  # a word broken by a soft hyphen ("aan\xadslag")
    cut = max(low.rfind(h) for h in _HYPHENS)
    if cut > 0:
        last = low[cut + 1:]
        if len(last) >= 3 and t.text.replace("\u00ad", "")[cut + 1:][:1].islower():
            trig = _noun_trigger(lex, last) or _noun_trigger(lex, t.lemma[t.lemma.rfind("-") + 1:])
            if trig is not None:
                return replace(trig, compound=True)
        return None
    for w in (t.lemma.replace("\u00ad", ""), low):
        for k in range(MIN_MODIFIER, len(w) - MIN_HEAD + 1):
            trig = _noun_trigger(lex, w[k:])
            if trig is not None:
                return replace(trig, compound=True)
    return None


def _particle_verbs(lex: EventLexicon, tokens: list[Token], parsed, hits) -> None:
    """Separable verbs by the parse: a particle the parser hangs on its verb as ``compound:prt``
    ("Politie pakt tien daklozen op omdat ...", "klaagt de minister aan") makes particle + the
    verb's lemma the word looked up ("oppakken", "aanklagen"). A verb whose particle makes an
    unlisted verb loses its own sense ("schiet een voorstel af" is no shooting)."""
    at = {t.start: k for k, t in enumerate(tokens)}
    for tok in parsed:
        if tok.dep_ != "compound:prt" or tok.head is tok:
            continue
        k = at.get(tok.head.idx)
        if k is None or not tokens[k].is_word:
            continue
        verb = tokens[k]
        if verb.lemma.startswith(tok.lower_):
            continue  # the lemma holds its particle already ("opgepakt" -> oppakken)
        trig = lex.words.get(tok.lower_ + verb.lemma)
        if trig is not None and trig.kind == "trigger":
            hits[k] = (1, trig)
        elif hits[k] is not None and hits[k][0] == 1 and hits[k][1].kind == "trigger":
            hits[k] = None


def triggers_of(lex: EventLexicon, tokens: list[Token], parsed=None) -> list[tuple[int, Trigger] | None]:
    """trigger_at for every token (computed once per text, shared by the lexicon scan and the model),
    then noun compounds whose last part is a listed noun (``compound_trigger``) and separable
    verbs: with the layer's parse (``parsed``) a particle attached to its verb; without it, a
    particle that ends its clause ("wees het voorstel af", "trat zurück.") joins a verb up to 8
    tokens before it. Particle + the verb's lemma is looked up."""
    hits = [trigger_at(lex, tokens, k) for k in range(len(tokens))]
    if lex.lang in COMPOUND_LANGS:
        covered = -1
        for k, t in enumerate(tokens):
            if hits[k] is not None:
                covered = max(covered, k + hits[k][0] - 1)
            elif k > covered and t.is_word:
                trig = compound_trigger(lex, t)
                if trig is not None:
                    hits[k] = (1, trig)
    if parsed is not None and lex.cues.get("particle"):
        _particle_verbs(lex, tokens, parsed, hits)
    particles = lex.cues.get("particle")
    if not particles:
        return hits
    n = len(tokens)
    for k, t in enumerate(tokens):
        if t.low not in particles or k == 0 or (k + 1 < n and tokens[k + 1].text not in CLAUSE_END):
            continue
        for m in range(k - 1, max(-1, k - 9), -1):
            v = tokens[m]
            if v.text in CLAUSE_END:
                break
            if not v.is_word or hits[m] is not None:
                continue
            trig = lex.words.get(t.low + v.lemma)
            if trig is not None and trig.kind == "trigger":
                hits[m] = (1, trig)
                break
    return hits


CLAUSE_END = {".", ",", ";", ":", "!", "?", ")", "\"", "”"}


def sentence_bounds(tokens: list[Token]) -> list[tuple[int, int]]:
    """Sentences as (first token, end token) index pairs: the linguistic layer's sentences
    (a paragraph break always starts one)."""
    out, first = [], 0
    for k in range(1, len(tokens)):
        if tokens[k].sent_start:
            out.append((first, k))
            first = k
    if tokens:
        out.append((first, len(tokens)))
    return out
