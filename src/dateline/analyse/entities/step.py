"""EntityStep: the ``entities`` layer (people, organisations, media, platforms, groups,
roles and geocoded places) over ``Article.body``.

Recognition is hybrid (see ``analyse/entities/ner``): the NER of the linguistic layer (a model per
language, trained by this project) plus gazetteers and patterns from the language data files.  Places are geocoded (``analyse/places``).  Roles without a
country of their own ("de regering") take the article's country: the dateline's, else the
most frequent country among the places named.
"""

from __future__ import annotations

from dataclasses import replace

from collections import Counter

from ...types import Article, Span
from ..base import AnalysisStep
from .ner import SUPPORTED, Hit, lone_nouns, make_doc, recognise
from .ner.consistency import harmonise
from .ner.matcher import Toks
from .ner.lexicon import lexicon
from ..places import geocode, geocode_within
from ..places.gazetteer import BIG_CITY, gazetteer, prominent, resolve

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
    return entity_and_place_spans(text, lang, dateline_place, parsed)[0]


def entity_and_place_spans(text: str, lang: str | None, dateline_place: str | None = None,
                           parsed=None) -> tuple[list[Span], list[Span]]:
    """The entity spans of ``text`` and its place mentions (the ``places`` layer, see
    ``_place_mentions``)."""
    lang = lang if lang in SUPPORTED else "en"
    if not text.strip():
        return [], []
    sdoc = parsed if parsed is not None else make_doc(text, lang)
    return _spans(sdoc, lang, dateline_place)


# A place name inside another entity's name counts when it names a country or a continent
# (the EU, "Radio Free Europe"), a region of one
# of the article's countries, a capital or a city of EMBEDDED_CITY people or more called so,
# or a place the article names on its own: "Air France", "Mississippi State", "Culinary
# Institute of America"; not the town Union in "European Union", not the region Centre (Burkina
# Faso) in "Cancer Centre", not Enterprise (Nevada) in "American Enterprise Institute", not a
# given name ("Nadia", another name of Navadwip), nor a region inside the name of a thing
# ("Davis Cup", "Hang Seng Index": see thing_heads.txt).
EMBEDDED_CITY = 250_000  # tune half of GeoWebNews: the same from 100,000 to 300,000
CONTINENT_OF_ADJECTIVE = (("ans", ""), ("ans", "e"), ("an", "e"), ("an", ""), ("n", ""))  # Europeans, African


def _continent(word: str):
    """The continent a demonym without a country names: "European" -> Europe, "Africans" -> Africa."""
    for cut, add in CONTINENT_OF_ADJECTIVE:
        if word.endswith(cut) and len(word) > len(cut) + 2:
            for p in gazetteer().candidates(word[: -len(cut)] + add):
                if p.precision == "continent":
                    return p
    return None


def _embedded_name(toks, i: int, j: int, name: str, lex) -> bool:
    """``toks[i:j]`` may be a place name inside an entity's name: capitalised, listed in the
    gazetteer, not part of a hyphenated word (Dyfed-Powys), not one common or compass word."""
    if not toks.cap[i] or name not in gazetteer().proper:
        return False
    if (i and toks.text[i - 1] == "-" and not toks.ws[i - 1]) or (j < toks.n and toks.text[j] == "-" and not toks.ws[j - 1]):
        return False
    low = name.lower()
    return j > i + 1 or not (low in lex.common_words or low in lex.stopwords or name in lex.compass
                             or name in lex.given_names)


def _place_mentions(toks, hits: list[Hit], spans: list[Span], lex, context: tuple) -> list[Span]:
    """Every mention of a place name, as GeoWebNews counts toponyms: the entities that are
    places or demonyms, plus the place names inside other entities' names (an organisation,
    a role or group: "Air France", "Mississippi State", "the Russian government", "Russian
    diplomats"). Each carries ``geo`` and ``role`` (``name``, ``demonym`` or ``embedded``) and,
    for an embedded one, the id of the entity it sits in."""
    out: list[Span] = []
    local = {s.attrs["geo"]["geonames_id"] for h, s in zip(hits, spans) if h.label == "LOC" and s.attrs.get("geo")}

    def add(i: int, j: int, geo: dict | None, role: str, within: str | None = None) -> None:
        start, end = toks.doc[i].idx, toks.doc[j - 1].idx + len(toks.text[j - 1])
        attrs = {"kind": "place", "role": role, "norm": geo["name"] if geo else toks.span_text(i, j),
                 "country": geo["country"] if geo else None, "geo": geo}
        if within:
            attrs["within"] = within
        out.append(Span(start, end, "LOC", attrs))

    for h, s in zip(hits, spans):
        geo = s.attrs.get("geo")
        if h.label == "LOC":
            add(h.start, h.end, geo, "name")
            continue
        words = toks.span_text(h.start, h.end)
        if h.label == "MISC" and words in lex.demonyms:
            if geo is None:
                place = _continent(words)
                geo = place.as_geo() if place else None
            if geo is not None:
                add(h.start, h.end, geo, "demonym")
            continue
        if h.label == "PER" and h.kind != "role":
            continue  # a person's name: Jackson, Florence
        thing = toks.text[h.end - 1] in lex.thing_heads  # "Davis Cup", "Hang Seng Index"
        i = h.start
        while i < h.end:
            for j in range(min(h.end, i + 4), i, -1):
                name = toks.span_text(i, j)
                if j <= i + 2 and name in lex.demonyms:
                    dem = lex.demonyms[name]  # "Russian diplomats", "the British government"
                    country = gazetteer().country(dem.country)
                    if country is not None:
                        add(i, j, country.as_geo(), "demonym", s.id)
                        break
                if h.label == "PER" or not _embedded_name(toks, i, j, name, lex):
                    continue
                place = resolve(name, None, context)
                whole = (i, j) == (h.start, h.end)
                if place is None or not (
                        place.geonames_id in local or place.precision in ("country", "continent")
                        or (place.precision in ("region", "province") and place.country in context and not thing)
                        or (place.precision == "city" and prominent(place, name, EMBEDDED_CITY) and not whole
                            and not (i == h.start and j < h.end and toks.cap[j]))):
                    continue
                add(i, j, place.as_geo(), "embedded", s.id)
                break
            else:
                i += 1
                continue
            i = j
    return sorted(out, key=lambda sp: (sp.start, sp.end))


def _spans(sdoc, lang: str, dateline_place: str | None) -> tuple[list[Span], list[Span]]:
    lex = lexicon(lang)
    toks = Toks(sdoc)
    parts = [(toks, recognise(sdoc, lang, toks=toks))]
    hits = lone_nouns(parts, harmonise(parts), lang)[0]
    hits = _dateline_hit(sdoc, dateline_place, hits)
    hits = _whole_hyphenated_places(toks, hits, lex)
    hits = _first_names_of_places(toks, hits)

    def cue(h: Hit) -> str | None:
        return h.precision or (lex.place_cues.get(toks.lower[h.start - 1]) if h.start else None)


    # Places first: their countries are the context for everything else.
    geos: dict[int, dict | None] = {}
    countries: Counter = Counter()
    dateline_country = None
    counted: set[str] = set()  # each place name once: a town named five times is still one place
    for n, h in enumerate(hits):
        if h.label != "LOC":
            continue
        name = toks.span_text(h.start, h.end)
        geos[n] = geocode(name, cue(h))
        if geos[n] and name not in counted:
            counted.add(name)
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
            if geo is None and h.precision == "admin" and h.end - h.start >= 2:
                # "Kildare County", "Benue Province": the province the words before the head
                # name, when it lies in one of the article's countries (not Suffolk, England for
                # a Suffolk County of New York)
                geo = geocode(toks.span_text(h.start, h.end - 1), "province", context)
                if geo is not None and (geo["precision"] not in ("province", "region")
                                        or geo["country"] not in context[:1]):
                    geo = None
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
    _town_in_region(toks, hits, spans)
    _locate_local_places(toks, hits, spans)
    return spans, _place_mentions(toks, hits, spans, lex, context)


def _first_names_of_places(toks, hits: list[Hit]) -> list[Hit]:
    """A one-word place right before a person's name with nothing between is that person's
    first name (*Chad Morris*, *Jordan Peterson*, *Israel Adesanya*): "Chad" had put a bar fight
    in St. Louis on the map of Africa."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "LOC" and prev.end - prev.start == 1 and h.label == "PER" \
                and h.start == prev.end and toks.cap[prev.start] and toks.ws[prev.start]:
            out[-1] = Hit(prev.start, h.end, "PER", h.kind, h.source, None, h.country)
            continue
        out.append(h)
    return out


def _glued(toks, a: int) -> bool:
    """Token a and the next are written together, with no space between."""
    return not toks.ws[a]


def _place_word(word: str, lex) -> bool:
    return bool(gazetteer().candidates(word)) or word in lex.demonyms


def _whole_hyphenated_places(toks, hits: list[Hit], lex) -> list[Hit]:
    """A place name inside a hyphenated name is that whole name (*Nouvelle-Bretagne*, the
    island, not *Bretagne*, the French region): a place hit joined by glued hyphens to
    capitalised words that are no place themselves takes them in, so it is geocoded whole (or,
    unknown, left without a point rather than put in France); *Syria-Iraq* and *Nigeria-Ukrainian*
    stay apart."""
    out: list[Hit] = []
    for h in hits:
        if h.label == "LOC":
            start, end = h.start, h.end
            while start >= 2 and toks.text[start - 1] == "-" and toks.cap[start - 2] \
                    and _glued(toks, start - 2) and _glued(toks, start - 1) \
                    and not _place_word(toks.text[start - 2], lex):
                start -= 2
            while end + 1 < toks.n and toks.text[end] == "-" and toks.cap[end + 1] \
                    and _glued(toks, end - 1) and _glued(toks, end) \
                    and not _place_word(toks.text[end + 1], lex):
                end += 2
            if (start, end) != (h.start, h.end):
                h = replace(h, start=start, end=end)
        if out and out[-1].label == "LOC" and h.label == "LOC" and h.start < out[-1].end:
            out[-1] = replace(out[-1], end=max(out[-1].end, h.end))
            continue
        if out and h.start < out[-1].end:
            continue  # a hit now inside the widened place
        out.append(h)
    return out


def _town_in_region(toks, hits: list[Hit], spans: list[Span]) -> None:
    """"Moscow, Idaho", "Paris, Texas": a town followed by a comma and a region or country is
    the namesake in that country (the Russian capital would otherwise win on size)."""
    for n in range(len(hits) - 1):
        h, nxt = hits[n], hits[n + 1]
        region = spans[n + 1].attrs.get("geo") or {}
        if (h.label != "LOC" or nxt.label != "LOC" or nxt.start != h.end + 1 or toks.text[h.end] != ","
                or region.get("precision") not in ("region", "province", "country")):
            continue
        geo = spans[n].attrs.get("geo")
        if geo is not None and (geo["country"] == region["country"] or geo["precision"] != "city"):
            continue
        inside = geocode_within(toks.span_text(h.start, h.end), region["country"])
        if inside is not None:
            spans[n].attrs.update(geo=inside, norm=inside["name"], country=inside["country"])


# kinds of lang/<code>/place_heads.tsv that lie within a town (not "area", a sea or a
# peninsula, nor "admin", a county)
LOCAL_KINDS = ("street", "site", "water", "land")


def _locate_local_places(toks, hits: list[Hit], spans: list[Span]) -> None:
    """A street, building or site the gazetteer lacks ("Royal Street", "Karl Bremer Hospital")
    gets the point of the town it is in, as far as the article says: the nearest city of
    BIG_CITY people or more named in the same sentence, else the one the article names most
    often (a smaller town is too often a misread word: *Franklin* the street); ``geo_from`` says
    so and ``geo.near`` names the town. Left without a point when the article names no city."""
    todo = [n for n, h in enumerate(hits) if h.label == "LOC" and h.precision in LOCAL_KINDS
            and spans[n].attrs.get("geo") is None]
    if not todo:
        return
    sentence, k = [], 0
    for start in toks.initial:
        k += start
        sentence.append(k)
    towns = [(n, spans[n].attrs["geo"]) for n, h in enumerate(hits) if h.label == "LOC"
             and (spans[n].attrs.get("geo") or {}).get("precision") == "city"
             and spans[n].attrs.get("geo_from") is None and _population(spans[n].attrs["geo"]) >= BIG_CITY]
    if not towns:
        return
    counts = Counter(g["geonames_id"] for _, g in towns)
    best = max(towns, key=lambda t: (counts[t[1]["geonames_id"]], -t[0]))[1]
    for n in todo:
        h = hits[n]
        near = [(abs(hits[m].start - h.start), g) for m, g in towns
                if sentence[hits[m].start] == sentence[h.start]]
        town = min(near, key=lambda t: t[0])[1] if near else best
        attrs = spans[n].attrs
        attrs["geo"] = {"name": attrs["norm"], "country": town["country"], "geonames_id": None,
                        "lat": town["lat"], "lon": town["lon"], "precision": h.precision, "near": town["name"]}
        attrs["geo_from"], attrs["country"] = "context", town["country"]


def _population(geo: dict) -> int:
    return next((p.population for p in gazetteer().candidates(geo["name"])
                 if p.geonames_id == geo["geonames_id"]), 0)


class EntityStep(AnalysisStep):
    """Adds the ``entities`` layer (see the contract in docs/entities.md)."""

    name = "entities"
    adds = "entities"
    needs = ("parsed",)

    def analyse(self, article: Article, lang: str) -> None:
        entities, places = entity_and_place_spans(article.body, lang, article.dateline_place,
                                                  article.parsed)
        article.add_layer("entities", entities)
        article.add_layer("places", places)
