"""ClaimStep: attributed claims with speaker, cue, channel, outlet, hedge and stance links.

Adds the layer "claims": one Span per claim over its CONTENT (label "CLAIM", ids "c1"..),
attrs as in the shared contract (speaker, cue, channel, outlet, hedged, hedge, links) plus
documented extras (kind, cue_parts, reported_by, addressee; see docs/claims.md).
Runs after EntityStep and uses its spans when present (media entities decide outlets and
entity ids are attached); without entities it falls back to the phrase text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ...lang import load_list
from ...types import Article, Span
from ..base import AnalysisStep
from .bounds import cut_after_content, cut_at_main_reports
from .context import cut_datelines, dateline_tokens, resolve_pronouns
from .lexicon import SUPPORTED, ClaimLexicon, lexicon
from .layout import colon_claims, share_headline_speaker, signed_lines
from .links import link_claims
from .model import tagged_claims
from .parse import anaphoric_claims, parse_speakers
from .pointers import pointer_claims
from .source_verbs import source_verb_claims
from .phrases import outlet_in
from .quotes import apply_hedges, quote_claims
from .fronts import refused_to_say
from .german import _de_reported_run, _de_speaker_edges, _de_writer_verb
from .rules import Found, according_claims, noun_claims, verb_claims
from ..times import day_words
from .speaker_check import check_speakers
from .subjects import PERSON_RELATIVES, _participle
from .text import mark_quotes, sentences, tokens_from_parse


VERB_SECOND = {"nl", "de"}  # main clauses put the verb second: "Zelf ontkent de man …"


class ClaimStep(AnalysisStep):
    name = "claims"
    adds = "claims"
    needs = ("parsed",)  # entities are used when present

    def analyse(self, article: Article, lang: str) -> None:
        article.add_layer("claims", find_claims(article, lang))


def _abbreviations(lang: str) -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in load_list(lang, "claims_abbreviations.txt"))


def find_claims(article: Article, lang: str | None = None) -> list[Span]:
    lang = lang or article.language or "en"
    if lang not in SUPPORTED:
        return []
    if article.parsed is None:  # called on its own (tools, tests): parse here
        from ..layer import parse

        article.parsed = parse(article.body, lang)
    lx = lexicon(lang)
    toks, breaks = tokens_from_parse(article.parsed)
    if not toks:
        return []
    pairs = mark_quotes(toks, breaks)
    sents = cut_datelines(sentences(toks, breaks, _abbreviations(lang)), dateline_tokens(article, toks))
    used: set[int] = set()
    found: list[Found] = quote_claims(toks, pairs, sents, lx, used, breaks)
    found += colon_claims(toks, sents, breaks, pairs, lx, used)
    # claims by the sentence of their cue, and by what they say, so that each sentence reads its
    # own claims and a new claim is checked against its likes only (linear on long pages)
    sent_starts = [s for s, _ in sents]
    by_sent: dict[int, list[Found]] = {}
    likes: dict[tuple, list[Found]] = {}

    def register(f: Found) -> None:
        likes.setdefault((f.cue, f.content, f.kind), []).append(f)
        by_sent.setdefault(bisect_right(sent_starts, f.cue[0]) - 1, []).append(f)

    def keep(f: Found) -> bool:
        """Record ``f`` unless an equal claim is already there (what ``f not in found`` said)."""
        if any(g is f or g == f for g in likes.get((f.cue, f.content, f.kind), ())):
            return False
        register(f)
        return True

    for f in found:
        register(f)
    for n, (s, e) in enumerate(sents):
        here = [f for f in by_sent.get(n, ()) if s <= f.cue[0] < e]
        verbs = verb_claims(toks, s, e, lx, used, here)
        here += verbs
        here += according_claims(toks, s, e, lx, used, here)
        here += noun_claims(toks, s, e, lx, used)
        _participle_speakers(toks, s, here, lx)
        if not here:
            here += signed_lines(toks, s, e, lx, used)
        hedged = apply_hedges(toks, s, e, lx, here)
        if hedged:
            here.append(hedged)
        found += [f for f in here if keep(f)]
    found += pointer_claims(toks, sents, lx, used)
    found += source_verb_claims(toks, sents, lx, used)
    found += tagged_claims(article.body, toks, sents, found, lang)
    anaphoric = anaphoric_claims(toks, sents, lx, set())
    taken = {f.cue for f in anaphoric}
    found = [f for f in found if f.cue not in taken] + anaphoric
    found.sort(key=lambda f: (min(f.cue[0], f.content[0]), f.cue[0]))
    found = _dedupe(found)
    cut_after_content(toks, found)
    for f in found:
        if f.stance and _bare_noun_cue(toks, f):
            f.stance = None
    parse_speakers(toks, found, sents, not_speakers=day_words(lang), verb_second=lang in VERB_SECOND, lang=lang)
    found = [f for f in check_speakers(toks, found, lang, lx) if _says_something(toks, f.content)
             and not _verb_for_speaker(toks, f.speaker, lang) and not refused_to_say(toks, f.cue)
             and not _opens_a_colon(toks, f) and not _holderless_belief(f, lang)]
    _trim_speaker_edges(toks, found, day_words(lang), lang)
    cut_at_main_reports(toks, found)
    if lang == "de":
        found = [f for f in found if not _de_writer_verb(toks, f)]
    found = [f for f in found if not _reads_its_host(f, found)]
    if lang == "nl":
        found = _media_as_outlets(toks, found, lx, article.layers.get("entities"))
    found = _without_topic_labels(toks, found, article.layers.get("entities"), lx)
    share_headline_speaker(found)
    if lang == "de":
        _de_reported_run(toks, sents, breaks, found, lx)
    body = article.body
    links = link_claims(toks, found, lx, body)
    for f in found:
        if f.resumed is not None and f.resumed[1] > f.content[1]:
            # the claim's span runs on over its attribution to the quotation's second piece
            f.content = (f.content[0], f.resumed[1])
    ents = sorted(article.layers.get("entities", []), key=lambda e: e.start)
    media = [(e.start, e.end) for e in ents if (e.attrs or {}).get("kind") == "media"]
    spans = [_to_span(f, n, toks, body, lx, ents, media, links[n]) for n, f in enumerate(found)]
    index = {id(f): n for n, f in enumerate(found)}
    for span, f in zip(spans, found):
        if f.follows is not None and id(f.follows) in index:
            span.attrs["continues"] = f"c{index[id(f.follows)] + 1}"
    resolve_pronouns(spans, toks, sents, ents, body, lang)
    return spans


def _participle_speakers(toks, s: int, here: list[Found], lx: ClaimLexicon) -> None:
    """A participle cue with no speaker (*X said …, adding: “…”*) speaks for the speaker of the
    sentence's claim before it."""
    for f in here:
        if f.speaker is None and _participle(toks, s, f.cue[0], lx):
            prev = [g for g in here if g.cue[0] < f.cue[0] and g.speaker is not None]
            if prev:
                f.speaker = max(prev, key=lambda g: g.cue[0]).speaker


# A belief is someone's: with no holder found (*… felt most keenly by residents*, *expected to
# …*, a passive or an infinitive read as a belief) it is no claim of anyone's; an impersonal one
# (*it is widely believed that …*) stays, hedged. English only: on
# the Dutch tune set the same filter cost a right claim.
HELD_KINDS = frozenset({"belief"})


def _holderless_belief(f: Found, lang: str) -> bool:
    return lang == "en" and f.kind in HELD_KINDS and f.speaker is None and f.reported_by is None and f.hedge is None

# Words that carry no statement on their own: a content of only these is a cue misread
# ("Es könne nicht bestätigt | werden": the content "werden").
EMPTY_POS = frozenset({"AUX", "PART", "DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "SYM"})


def _without_topic_labels(toks, found: list[Found], ents: list[Span] | None, lx: ClaimLexicon) -> list[Found]:
    """A one-word "Name:" that the entity layer reads as no person, organisation or group, and
    that is followed by neither a quote nor words in the first or second person, is a topic
    label ("Glyphosate: radiographie …", "Brexit: talks stall"), not someone speaking
    ("Puigdemont: 'Voorlopig blijven we …'" stays, whatever the tagger made of the name).
    Without an entity layer (tools, tests) nothing is dropped."""
    if ents is None:
        return found
    speakers = [(e.start, e.end) for e in ents
                if e.label in ("PER", "ORG") or (e.attrs or {}).get("kind") in ("person", "role", "group", "organisation", "media")]

    def speaks(f: Found) -> bool:
        a, b = toks[f.speaker[0]].start, toks[f.speaker[1] - 1].end
        return any(s < b and a < e for s, e in speakers)

    def own_words(f: Found) -> bool:  # a quote, or words in the first or second person
        a, b = f.content
        return any(toks[k].quoted or lx.is_(toks[k], "speech") for k in range(max(0, a - 1), b))
    return [f for f in found if not (f.kind == "colon" and toks[f.cue[0]].text == ":" and f.speaker is not None
                                     and f.speaker[1] - f.speaker[0] == 1 and not speaks(f) and not own_words(f))
            and not (f.needs_entity and f.speaker is not None and not speaks(f))]


def _media_as_outlets(toks, found: list[Found], lx: ClaimLexicon, ents: list[Span] | None) -> list[Found]:
    """*Dat heeft generaal X gezegd op een forum, zo melden Amerikaanse media.* / *…, schrijven
    de kranten van Y.*: a medium that reports a sentence in which someone named speaks carried
    that person's words; it is the outlet of their claim, not a claim of its own (as the
    Dutch sets mark it). The medium must be one by the lexicon or the entity layer, and the
    claim it reports must have a speaker."""
    media = [(e.start, e.end) for e in ents or () if (e.attrs or {}).get("kind") == "media"]
    drop = set()
    for f in found:
        if f.speaker is None or f.kind not in ("according", "say") or outlet_in(toks, *f.speaker, lx, media) is None:
            continue
        g = next((g for g in found if g is not f and g.speaker is not None and g.reported_by is None
                  and f.content[0] <= g.cue[0] < f.content[1] and not _overlap(g.speaker, f.speaker)
                  and outlet_in(toks, *g.speaker, lx, media) is None), None)
        if g is not None:
            g.reported_by = f.speaker
            drop.add(id(f))
    return [f for f in found if id(f) not in drop]


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _reads_its_host(f: Found, found: list[Found]) -> bool:
    """A cue inside another claim's content whose own content is that claim's cue or speaker
    (*Selon le ministre, la fermeture sera annoncée mardi*: "annoncée" does not say "Selon le
    ministre"): the words of the report read back as what is reported. (The speaker is the
    one found so far: the check runs after the speaker checks.)"""
    def reads(f, g):
        return g.content[0] <= f.cue[0] < g.content[1] and (_overlap(f.content, g.cue) or _overlap(f.content, g.speaker))

    def loses_to(g) -> bool:
        if not reads(g, f):
            return True
        # two claims read into each other: a named speaker's stays, both when both name one,
        # else the longer content
        if (f.speaker is None) != (g.speaker is None):
            return f.speaker is None
        return f.speaker is None and f.content[1] - f.content[0] < g.content[1] - g.content[0]
    return any(g is not f and reads(f, g) and loses_to(g) for g in found)


TIME_NOUNS = frozenset({"week", "month", "year", "weekend", "week-end", "woche", "monat", "jahr", "maand", "jaar",
                        "semaine", "mois", "année"})
TIME_LEAD = TIME_NOUNS | {"last", "this", "next", "earlier", "later", "on", "vorige", "afgelopen", "deze",
                          "vergangene", "letzte", "letzten", "diese", "dernier", "dernière", "cette", "la", "le"}


def _trim_speaker_edges(toks, found, days, lang: str = "") -> None:
    """A speaker phrase ending in ", vrijdag" / ", on Friday", opening with *Last week*, or
    holding the channel (*Smith, in a statement,*) keeps only its name: the day tells when it
    was said (*Dat zegt de woordvoerder, Sutopo Nugroho, vrijdag*), the channel how. Dutch puts
    the day right after an inverted subject too (*zei Farage zaterdag*, *zei de president
    donderdag op het forum*): a lower-case day word ending the speaker goes. (A relative clause
    after a Dutch right speaker stays: the Dutch sets mark it as part of the source.)"""
    for f in found:
        if f.speaker is None:
            continue
        a, b = f.speaker
        while b - a >= 3 and toks[b - 1].lower in days and (
                toks[b - 2].text == "," or toks[b - 2].lower == "on" and toks[b - 3].text == ","):
            b -= 2 if toks[b - 2].text == "," else 3
        while lang == "nl" and b - a >= 2 and toks[b - 1].lower in days and not toks[b - 1].is_upper \
                and toks[b - 2].is_word:
            b -= 1
        if b - a >= 2 and a > f.cue[0] and toks[b - 1].lower in days:
            b -= 1  # "Dat schrijven de kranten zaterdag": the day is when
        k = a  # "Last week State Department official David Holmes testified": the time leads
        while k < b and (toks[k].lower in TIME_LEAD or toks[k].lower in days):
            k += 1
        if a < k < b - 1 and (toks[k].is_word or toks[k].text == ",") and any(toks[j].lower in days or toks[j].lower in TIME_NOUNS for j in range(a, k)):
            a = k + (toks[k].text == ",")
        rel = next((j for j in range(a + 1, b - 1) if toks[j].text == "," and toks[j + 1].lower in PERSON_RELATIVES), None)
        if rel is not None and a > f.cue[0] and lang != "nl":  # '"…," said Hall, who will testify Thursday': Hall
            # (before the cue the apposition is the speaker's: "Chris Cox, who runs …, says")
            b = rel
        ch = f.channel
        if ch is not None and a < ch[0] < b:  # "Smith, in a statement, called it …": the name
            comma = next((j for j in range(ch[0] - 1, a, -1) if toks[j].text == ","), None)
            if comma is not None:
                b = comma
        if lang == "de":
            a, b = _de_speaker_edges(toks, a, b, f.cue, days)
        if (a, b) != f.speaker:
            f.speaker = (a, b)


def _verb_for_speaker(toks, speaker, lang: str) -> bool:
    """"…, raising hopes of a thaw": a verb (an English -ing form alone) is no one."""
    if speaker is None:
        return False
    words = range(*speaker)
    return all(toks[k].pos == "VERB" and not toks[k].is_upper for k in words) or lang == "en" and len(words) == 1 \
        and toks[speaker[0]].lower.endswith("ing") and toks[speaker[0]].pos != "PROPN" \
        and not toks[speaker[0]].is_upper  # (a name: "says Suckling")


def _says_something(toks, content) -> bool:
    return any(toks[k].pos not in EMPTY_POS for k in range(*content) if toks[k].pos)


def _opens_a_colon(toks, f) -> bool:
    """A cue followed by a colon introduces what comes after it; the words before it are no
    content when no speaker was found in them: a blog comment's header (*Anna on May 3, 2021
    at 9:15 am said:*) read as *"Anna on May 3", said* by nobody."""
    a, b = f.cue
    return (f.speaker is None and f.content[1] <= a and b < len(toks) and toks[b].text == ":"
            and not any(toks[k].quoted for k in range(*f.content)))


STANCE_NOUN_PREPS = frozenset({"about", "over", "on", "regarding", "into", "aan", "bij", "über", "an", "sur", "quant"})


def _bare_noun_cue(toks, f) -> bool:
    """A one-word noun cue disputes only what it is about (*questions about the figures*,
    *twijfels over de cijfers*); alone it asks or lists (*7 key questions heading into the
    debate*, *the prosecutor's questions include ...*)."""
    a, b = f.cue
    if b - a != 1 or toks[a].pos not in ("NOUN", "PROPN") or a == 0:
        return False
    # a noun by its company, not by the tag alone (the tagger makes a headline's "ontkent" a noun)
    before = toks[a - 1]
    nominal = before.pos in ("DET", "NUM", "ADJ") or before.text in ("'s", "’s")
    return nominal and not (b < len(toks) and toks[b].lower in STANCE_NOUN_PREPS)


def _within(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _dedupe(found: list[Found]) -> list[Found]:
    """One claim per cue (follow-on quotes share their cue); a claim whose content equals
    another's keeps the first, unless it points back at it (*X zei … . Y ontkent.*). A bare
    hedge (*De regering zou …*, no speaker) around a claim someone makes (*…, dat meldt De
    Tijd*) is that claim, hedged: one claim, with its speaker."""
    # (a sourceless "C, klinkt het" is someone's report too: "… zouden …, klinkt het" is one claim)
    spoken = [g for g in found if g.kind != "hedge" and (g.speaker is not None or g.kind == "according")]
    merged = set()
    for f in [f for f in found if f.kind == "hedge" and f.speaker is None]:
        g = next((g for g in spoken if _within(g.content, f.content) and _within(f.cue, g.content)), None)
        if g is not None:
            g.hedge = g.hedge or f.hedge or f.cue
            merged.add(id(f))
    found = [f for f in found if id(f) not in merged]
    out, cues, contents = [], set(), set()
    for f in found:
        if (f.cue in cues and f.follows is None) or f.content in contents and not f.referent:
            continue
        cues.add(f.cue)
        contents.add(f.content)
        out.append(f)
    return out


def _entity_for(start: int, end: int, ents: list[Span]) -> Span | None:
    """The entity overlapping [start, end) most; ``ents`` sorted by start."""
    best, best_overlap = None, 0
    for e in ents[max(0, bisect_left(ents, start - 200, key=lambda x: x.start)):]:
        if e.start >= end:
            break
        ov = min(end, e.end) - max(start, e.start)
        if ov > best_overlap:
            best, best_overlap = e, ov
    return best


def _part(r, toks, body, ents=None) -> dict[str, Any] | None:
    if r is None or r[1] <= r[0]:
        return None
    start, end = toks[r[0]].start, toks[r[1] - 1].end
    d: dict[str, Any] = {"text": body[start:end], "start": start, "end": end}
    if ents is not None:
        e = _entity_for(start, end, ents)
        d["entity"] = e.id if e is not None else None
    return d


CUE_NEGATION = frozenset({"not", "n't", "never", "no", "longer"})
# verbs that take the cue as their infinitive and are written with it (PolNeAR: *continue to show*)
CATENATIVES = frozenset({"continue", "begin", "start", "seem", "appear"})


def _written_cue(toks, f: Found, lx: ClaimLexicon) -> tuple[int, int]:
    """The cue as PolNeAR writes it (English): with the auxiliaries and negation before the
    verb (*did not mention*, *has also said*, *isn't saying*), which also tell a reader whether
    it was said at all. Claims keep the verb as their cue inside (links read that); this is
    what the record shows. (Taking the words between the verb and a content after it as well,
    *said on Twitter that*, as PolNeAR also does, scored worse on PolNeAR train and would
    repeat the channel.)"""
    a, b = f.cue
    if lx.lang != "en" or f.kind in ("quote", "colon", "according", "noun", "hedge") or b - a != 1 \
            or toks[a].pos != "VERB":
        return f.cue
    k = a
    taken = set(range(*f.speaker)) if f.speaker else set()
    for r in (f.addressee, f.reported_by, f.outlet):
        if r:
            taken.update(range(*r))
    while a > 0 and k - a < 3 and a - 1 not in taken and not toks[a - 1].quoted and (
            toks[a - 1].pos == "AUX" or toks[a - 1].lower in CUE_NEGATION
            or toks[a - 1].pos == "ADV" and toks[a - 1].head == k and toks[a - 1].lower.endswith("ly")
            or toks[a - 1].lower in ("also", "still", "again")):
        a -= 1
    while a < k and toks[a].pos == "ADV" and toks[a].lower not in CUE_NEGATION:
        a += 1  # the cue opens on its auxiliary or negation, not on an adverb
    if a == k and k >= 2 and toks[k - 1].lower == "to" and toks[k - 2].lemma in CATENATIVES \
            and k - 2 not in taken and not toks[k - 2].quoted:
        a = k - 2  # "polls continue to show", "Trump continued to question": one cue
        while a > 0 and a - 1 not in taken and (toks[a - 1].pos == "AUX" or toks[a - 1].lower in CUE_NEGATION):
            a -= 1  # ("is continuing to insist", "did not continue to")
    return a, b


def _to_span(f: Found, n: int, toks, body, lx: ClaimLexicon, ents, media, links) -> Span:
    outlet = None
    speaker, reported_by = f.speaker, f.reported_by
    if reported_by is not None:
        m = outlet_in(toks, *reported_by, lx, media)
        if m:
            outlet, reported_by = m, None
            if f.kind == "according":  # "aldus de BBC" with no other speaker: the BBC says it
                speaker = m
        elif speaker is None:
            speaker, reported_by = reported_by, None
    if outlet is None and f.addressee is not None:
        outlet = outlet_in(toks, *f.addressee, lx, media)
    if outlet is None and speaker is not None:
        outlet = outlet_in(toks, *speaker, lx, media)
    cs, ce = toks[f.content[0]].start, toks[f.content[1] - 1].end
    attrs: dict[str, Any] = {
        "speaker": _part(speaker, toks, body, ents),
        "cue": _part(_written_cue(toks, f, lx), toks, body),
        "channel": _part(f.channel, toks, body, ents),
        "outlet": _part(outlet, toks, body, ents),
        "hedged": f.hedge is not None,
        "hedge": _part(f.hedge, toks, body),
        "links": [{"type": l["type"], "target": f"c{l['target'] + 1}", "cue": l["cue"]} for l in links],
        "kind": f.kind,
    }
    if f.stance:
        attrs["stance"] = f.stance  # the cue itself disputes or confirms ("ontkent", "confirmed")
    if f.cue_parts:
        attrs["cue_parts"] = [_part(r, toks, body) for r in sorted(f.cue_parts)]
    if reported_by is not None:
        attrs["reported_by"] = _part(reported_by, toks, body, ents)
    if f.addressee is not None and outlet is None:
        attrs["addressee"] = _part(f.addressee, toks, body, ents)
    return Span(cs, ce, "CLAIM", attrs, id=f"c{n + 1}")
