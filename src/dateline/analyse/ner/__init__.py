"""Hybrid named-entity recognition: trained model (Dutch) + gazetteers + patterns.

``recognise(doc, lang)`` takes a spaCy ``Doc`` and returns non-overlapping ``Hit``s (token
offsets).  Which source wins where they overlap, in this order:

1. listed names (media, platforms, organisations) - exact and curated;
2. a name after a title ("premier X", "President X") - a person, whatever the model said;
3. actor roles ("Afghaanse functionarissen", "rebels") - only outside ``conll`` mode,
   because CoNLL annotates proper names only;
4. the model's entities (nl) or capitalised runs classified by rules (en, de, fr);
5. place names from the gazetteer where nothing else was found;
6. demonyms ("Vlaamse", "British") as MISC where nothing else was found.
"""

from __future__ import annotations

from . import model
from .lexicon import lexicon
from .matcher import (Hit, find_capitalised, find_demonyms, find_names, find_places,
                      find_roles, find_titled_persons, is_cap)
from .tokenize import SUPPORTED

__all__ = ["Hit", "recognise", "make_doc", "SUPPORTED"]


def make_doc(text: str, lang: str):
    return model.make_doc(text, lang)


def _classify_run(doc, hit: Hit, lex, places: set, persons: set) -> Hit | None:
    """Label a capitalised run found without a model."""
    span = doc[hit.start : hit.end]
    text = span.text
    if text in places:
        return Hit(hit.start, hit.end, "LOC", "place", "gazetteer")
    if any(t.lower_ in lex.org_words for t in span):
        return Hit(hit.start, hit.end, "ORG", "organisation", "pattern")
    dem = lex.demonyms.get(text)
    if dem is not None:
        return Hit(hit.start, hit.end, "MISC", "other", "gazetteer", dem.norm, dem.country)
    if len(span) >= 2 or text in persons:
        return Hit(hit.start, hit.end, "PER", "person", "pattern")
    return Hit(hit.start, hit.end, "MISC", "other", "pattern")


def recognise(doc, lang: str, conll: bool = False) -> list[Hit]:
    lang = lang if lang in SUPPORTED else "en"
    lex = lexicon(lang)
    taken = [False] * len(doc)
    out: list[Hit] = []

    def free(h: Hit) -> bool:
        return not any(taken[h.start : h.end])

    def place(h: Hit) -> None:
        out.append(h)
        for k in range(h.start, h.end):
            taken[k] = True

    for h in find_names(doc, lex):
        place(h)
    titled = find_titled_persons(doc, lex)
    for h in titled:
        if free(h):
            place(h)
    if not conll:
        person_starts = {h.start for h in titled}
        for h in find_roles(doc, lex):
            if free(h) and h.end not in person_starts:  # "minister [De Jonge]": a title
                place(h)
    gaz_places = find_places(doc, lex)
    if model.has_model(lang):
        base = [Hit(s, e, lab, "", "model") for s, e, lab in model.annotate(doc, lang)]
    else:
        places_text = {doc[h.start : h.end].text for h in gaz_places}
        persons = {doc[h.end - 1].text for h in titled}
        base = []
        for run in find_capitalised(doc, lex):
            h = _classify_run(doc, run, lex, places_text, persons)
            if h is not None:
                base.append(h)
                if h.label == "PER":
                    persons.add(doc[h.end - 1].text)
    for h in base:
        if free(h):
            place(h)
        elif h.source == "model":  # partly covered: keep the part outside curated hits
            _trim_and_place(h, taken, place)
    for h in gaz_places:
        if free(h):
            place(h)
    for h in find_demonyms(doc, lex):
        if free(h) and is_cap(doc[h.start].text) and (conll or h.kind == "demonym-adj"):
            place(Hit(h.start, h.end, "MISC", "other", h.source, h.norm, h.country))
    out.sort(key=lambda h: h.start)
    return out


def _trim_and_place(h: Hit, taken: list[bool], place) -> None:
    start, end = h.start, h.end
    while start < end and taken[start]:
        start += 1
    while end > start and taken[end - 1]:
        end -= 1
    if end > start and not any(taken[start:end]):
        place(Hit(start, end, h.label, h.kind, h.source))
