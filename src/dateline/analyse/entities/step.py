"""EntityStep: the ``entities`` layer (people, organisations, media, platforms, groups,
roles and geocoded places) over ``Article.body``.

Recognition is hybrid (see ``analyse/entities/ner``): the NER of the linguistic layer (a model per
language, trained by this project) plus gazetteers and patterns from the language data files.  Places are geocoded (``analyse/places``).  Roles without a
country of their own ("de regering") take the article's country: the dateline's, else the
most frequent country among the places named.
"""

from __future__ import annotations

from collections import Counter

from ...types import Article, Span
from ..base import AnalysisStep
from .ner import SUPPORTED, Hit, make_doc, recognise
from .ner.consistency import harmonise
from .ner.matcher import Toks
from .ner.lexicon import lexicon
from ..places import geocode
from ..places.gazetteer import gazetteer

KIND_OF_LABEL = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}


def _dateline_hit(sdoc, place: str | None, hits: list[Hit]) -> list[Hit]:
    """The dateline place ("KABUL (ANP) ..."), if the body starts with it and no hit covers it."""
    if not place:
        return hits
    head = sdoc.text[:200].casefold()
    at = head.find(place.casefold())
    if at < 0:
        return hits
    span = sdoc.char_span(at, at + len(place), alignment_mode="expand")
    if span is None or any(h.start < span.end and span.start < h.end for h in hits):
        return hits
    return sorted(hits + [Hit(span.start, span.end, "LOC", "place", "pattern")], key=lambda h: h.start)


def entity_spans(text: str, lang: str | None, dateline_place: str | None = None,
                 parsed=None) -> list[Span]:
    """All entity spans of ``text`` (the function behind EntityStep, usable on its own).
    ``parsed`` is the layer's doc of ``text`` when the caller has it; else it is parsed here."""
    lang = lang if lang in SUPPORTED else "en"
    if not text.strip():
        return []
    sdoc = parsed if parsed is not None else make_doc(text, lang)
    return _spans(sdoc, lang, dateline_place)


def _spans(sdoc, lang: str, dateline_place: str | None) -> list[Span]:
    lex = lexicon(lang)
    toks = Toks(sdoc)
    hits = harmonise([(toks, recognise(sdoc, lang, toks=toks))])[0]
    hits = _dateline_hit(sdoc, dateline_place, hits)

    def cue(h: Hit) -> str | None:
        return h.precision or (lex.place_cues.get(toks.lower[h.start - 1]) if h.start else None)


    # Places first: their countries are the context for everything else.
    geos: dict[int, dict | None] = {}
    countries: Counter = Counter()
    dateline_country = None
    for n, h in enumerate(hits):
        if h.label != "LOC":
            continue
        geos[n] = geocode(toks.span_text(h.start, h.end), cue(h))
        if geos[n]:
            countries[geos[n]["country"]] += 1
            if dateline_place and dateline_country is None and h.start < 3:
                dateline_country = geos[n]["country"]
    for h in hits:
        if h.country and h.kind not in ("media", "platform"):
            countries[h.country] += 1
    context = tuple([dateline_country] if dateline_country else []) + tuple(
        c for c, _ in countries.most_common(3) if c != dateline_country)
    home = context[0] if context else None

    spans = []
    for n, h in enumerate(hits):
        span = sdoc[h.start : h.end]
        words = toks.span_text(h.start, h.end)
        attrs = {"kind": h.kind or KIND_OF_LABEL[h.label], "norm": h.norm or words,
                 "country": h.country, "source": h.source}
        if h.label == "LOC":
            geo = geocode(words, cue(h), context) if context else geos.get(n)
            attrs["geo"] = geo
            if geo:
                attrs["norm"], attrs["country"] = geo["name"], geo["country"]
        elif h.source == "model":
            entry = lex.names.get(tuple(toks.text[h.start : h.end]))
            if entry is not None:
                attrs.update(kind=entry.kind, norm=entry.norm, country=entry.country)
        if h.kind in ("role", "group") and h.country is None and home:
            attrs["country"], attrs["country_from"] = home, "context"
        if h.label == "MISC" and attrs.get("country") and words in lex.demonyms:
            # "Syrian", "Britse": the demonym names its country; the map shows it as such
            country = gazetteer().country(attrs["country"])
            if country is not None:
                attrs["geo"], attrs["geo_from"] = country.as_geo(), "demonym"
        spans.append(Span(span.start_char, span.end_char, h.label, attrs, f"e{len(spans) + 1}"))
    return spans


class EntityStep(AnalysisStep):
    """Adds the ``entities`` layer (see the contract in docs/entities.md)."""

    name = "entities"
    adds = "entities"
    needs = ("parsed",)

    def analyse(self, article: Article, lang: str) -> None:
        article.add_layer("entities", entity_spans(article.body, lang, article.dateline_place,
                                                   article.parsed))
