"""Whether a cue the attribution tagger proposes is a word people report with.

The tagger (``model.py``) learnt PolNeAR's cues from context, and on pages unlike its training
text it also tags verbs nobody reports with: *the drones have inflicted so much damage*,
*they are now delivering drones*, *was arrested on suspicion of assault*, *is best known for
playing*. A researcher reading such a "claim" sees a speaker who said nothing. So a tagged cue
is kept only when one of its words is in the reporting lexicon, or is, in PolNeAR's train
split, a gold cue at least ``MIN_RATE`` of the times it occurs there
(``polnear_cue_rates.tsv``, made by ``training/claims_cue_counts.py --write-rates``): *ask*
(.43), *urge* (.48), *expect* (.12) pass; *deliver* (.07), *know* (.08), *attack* (.04),
*post* (.04) and words never a cue do not.
"""

from __future__ import annotations

from functools import lru_cache

from ...lang import load_table
from ..layer.lemmas import lemma
from .lexicon import lexicon
from .text import Tok

MIN_RATE = 0.1  # share of a word's occurrences in PolNeAR train that are gold cues
MIN_CUES = 3  # a rate from fewer gold cues than this is noise (the table keeps >= 3)
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV"})  # not auxiliaries, prepositions, pronouns


@lru_cache(maxsize=None)
def cue_rates(lang: str) -> dict[str, float]:
    rates = {}
    for row in load_table(lang, "polnear_cue_rates.tsv"):
        if len(row) >= 3 and int(row[1]) >= MIN_CUES:
            rates[row[0]] = int(row[1]) / max(int(row[2]), 1)
    return rates


def _forms(tok: Tok) -> set[str]:
    """The word's lemma by the parser and by simplemma (the table's), and for -ing / -ed forms
    the stem with an *e*: both lemmatisers read "noting" as "not"."""
    low = tok.lower
    out = {tok.lemma, low, lemma(low, "en")}
    for suffix in ("ing", "ed"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.add(low[:-len(suffix)] + "e")
    return out


def reporting_word(tok: Tok, rates: dict[str, float], verbs: dict, nouns: frozenset) -> bool:
    if tok.pos not in CONTENT_POS:
        return False
    return any(w in verbs or w in nouns or rates.get(w, 0.0) >= MIN_RATE for w in _forms(tok))


def plausible_cue(toks: list[Tok], cue: tuple[int, int], lang: str, verbs: dict) -> bool:
    """True when a word of the tagged ``cue`` is one people report with. A language without a
    rate table keeps every cue (its tagger, if any, is not checked this way). ``model.py`` asks
    only for cues whose content is a noun phrase: PolNeAR counts many rarer verbs as cues
    (*backed*, *filed*, *named*), and with a clause after them (*noting that …*) they mostly
    are; with a noun phrase they mostly tell what someone did."""
    rates = cue_rates(lang)
    if not rates:
        return True
    nouns = lexicon(lang).reporting_nouns
    return any(reporting_word(toks[j], rates, verbs, nouns) for j in range(*cue))


# Verbs the tagger tags as cues (PolNeAR counts them often enough to pass ``plausible_cue``)
# that tell what someone wants, plans, owns or does, not what they state: *wanted to buy a
# copy*, *intended the profits to serve as …*, *boasts a market cap of …*. Chosen from wrong claims read on real pages (session 7). English only: the
# tagger is English.
DEED_VERBS = {"en": frozenset({
    "want", "intend", "plan", "seek", "boast", "offer", "title", "charge",
    "allow", "decide", "encourage", "consider", "chant",
    # perceptions: "didn't see Holcomb at the Statehouse", "discovered the body" (session 8, real pages)
    "see", "discover", "notice", "witness", "watch"})}


def deed_cue(toks: list[Tok], cue: tuple[int, int], lang: str, verbs: dict) -> bool:
    """True when ``cue`` is a want, plan or deed verb (``DEED_VERBS``: *want*, *seek*,
    *boast*, *title*) and no word of it is in the reporting lexicon: such a cue states nothing
    unless a stated clause follows it (``model._reported_clause``)."""
    deeds = DEED_VERBS.get(lang, frozenset())
    if not deeds:
        return False
    nouns = lexicon(lang).reporting_nouns
    words = [toks[j] for j in range(*cue) if toks[j].pos in CONTENT_POS]
    if any(w in verbs or w in nouns for t in words for w in _forms(t)):
        return False
    if any(t.lemma in OPINION_AS for t in words) and any(
            toks[j].lower == "as" for j in range(cue[1], min(len(toks), cue[1] + 8))):
        return False  # "Analysts see the move as a sign of weakness": an opinion
    return any(w in deeds for t in words for w in _forms(t))


OPINION_AS = frozenset({"see", "view", "regard"})  # "see X as Y" holds an opinion
