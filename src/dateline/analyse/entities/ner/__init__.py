"""Hybrid named-entity recognition: trained model (Dutch) + gazetteers + patterns.

``recognise(doc, lang)`` takes a spaCy ``Doc`` and returns non-overlapping ``Hit``s (token
offsets).  Which source wins where they overlap, in this order:

1. listed names (media, platforms, organisations) - exact and curated;
2. a name after a title ("premier X", "President X") - a person, whatever the model said;
   then (outside ``conll`` mode) streets, buildings and natural features named by a listed
   head noun ("Royal Street", "Manila Cathedral");
3. actor roles ("Afghaanse functionarissen", "rebels") - only outside ``conll`` mode,
   because CoNLL annotates proper names only;
4. the model's entities (nl) or capitalised runs classified by rules (en, de, fr);
5. place names from the gazetteer where nothing else was found;
6. demonyms ("Vlaamse", "British") as MISC where nothing else was found.
"""

from __future__ import annotations

from ...places.gazetteer import gazetteer, prominent
from . import model
from .consistency import harmonise
from .lexicon import lexicon
from .matcher import (Hit, Toks, dateline_at, extend_org, find_capitalised, find_demonyms, find_names,
                      find_apposed_persons, find_given_name_persons, find_local_places, find_org_phrases, find_places, find_roles,
                      find_thing_names, find_titled_persons, is_cap)
from .tokenize import SUPPORTED

__all__ = ["Hit", "Toks", "recognise", "recognise_parts", "lone_nouns", "make_doc", "SUPPORTED"]


def make_doc(text: str, lang: str):
    return model.make_doc(text, lang)


def _classify_run(toks: Toks, hit: Hit, lex, places: set, persons: set) -> Hit | None:
    """Label a capitalised run found without a model."""
    text = toks.span_text(hit.start, hit.end)
    if text in places:
        return Hit(hit.start, hit.end, "LOC", "place", "gazetteer")
    words = toks.text[hit.start : hit.end]
    if len(words) >= 2:
        rest = " ".join(words[1:])
        if words[0] in lex.compass and rest in gazetteer().proper:  # "South Florida"
            return Hit(hit.start, hit.end, "LOC", "place", "pattern")
        if words[0] not in lex.compass and any(  # "Chicago Tribune", "Iran Human Rights"
                p.precision == "country" or p.population >= 1_000_000
                for p in gazetteer().candidates(words[0])):
            return Hit(hit.start, hit.end, "ORG", "organisation", "pattern")
    if any(w in lex.org_words for w in toks.lower[hit.start : hit.end]):
        return Hit(hit.start, hit.end, "ORG", "organisation", "pattern")
    dem = lex.demonyms.get(text)
    if dem is not None:
        return Hit(hit.start, hit.end, "MISC", "other", "gazetteer", dem.norm, dem.country)
    if _acronym(text, lex):
        return Hit(hit.start, hit.end, "ORG", "organisation", "pattern")
    if lex.lang == "de" and text not in persons:  # German nouns are capitalised: no guessing
        return None
    if hit.end - hit.start >= 2 or text in persons:
        return Hit(hit.start, hit.end, "PER", "person", "pattern")
    return Hit(hit.start, hit.end, "MISC", "other", "pattern")


def recognise(doc, lang: str, conll: bool = False, toks: Toks | None = None) -> list[Hit]:
    lang = lang if lang in SUPPORTED else "en"
    lex = lexicon(lang)
    toks = toks or Toks(doc)
    taken = [False] * len(doc)
    out: list[Hit] = []

    def free(h: Hit) -> bool:
        return not any(taken[h.start : h.end])

    def place(h: Hit) -> None:
        out.append(h)
        for k in range(h.start, h.end):
            taken[k] = True

    for h in find_names(toks, lex):
        place(h)
    titled = find_titled_persons(toks, lex)
    for h in titled:
        if free(h):
            place(h)
    for h in find_thing_names(toks, lex):  # "Hang Seng Index", "Davis Cup": no person, no place
        if free(h):
            place(h)
    apposed = find_apposed_persons(toks, lex)
    for h in apposed:  # before streets and sites: "Celinda Lake, a Democratic pollster"
        if free(h) and not conll:
            place(h)
    local = [False] * len(doc)  # tokens of a street, building or site name
    if not conll:  # streets, buildings, sites: not names to CoNLL-style sets
        for h in find_local_places(toks, lex):
            if free(h):
                place(h)
                for k in range(h.start, h.end):
                    local[k] = True
    for h in find_given_name_persons(toks, lex):
        if free(h):
            place(h)
    for h in apposed:
        if free(h):
            place(h)
    if not conll:
        for h in find_org_phrases(toks, lex):
            if free(h):
                place(h)
        person_starts = {h.start for h in titled}
        for h in find_roles(toks, lex):
            if free(h) and h.end not in person_starts:  # "minister [De Jonge]": a title
                place(h)
    gaz_places = find_places(toks, lex)
    for h in gaz_places:  # a shouted dateline place ("SAN FRANCISCO —") before the model's guess
        if free(h) and toks.text[h.start].isupper() and len(toks.text[h.start]) > 1 and toks.initial[h.start]:
            place(h)
    if model.has_model(lang):
        base = []
        for s, e, lab in model.annotate(doc, lang):
            hit = Hit(s, e, lab, "", "model")
            if not conll and lab != "ORG" and e - s == 1 and _acronym(toks.text[s], lex):
                hit = Hit(s, e, "ORG", "organisation", "model")
            elif not conll and lab in ("PER", "LOC") and e - s >= 2 and toks.lower[e - 1] in lex.org_words \
                    and toks.text[e - 1][:1].isupper():
                hit = Hit(s, e, "ORG", "organisation", "model")  # "Arena Group", "Acme Inc." are no persons
            elif not conll and toks.lower[e - 1] in lex.media_heads and toks.text[e - 1][:1].isupper() \
                    and (e - s >= 2 or s > 0 and toks.lower[s - 1] == "the"):
                # "The San Francisco Chronicle says": a newspaper, not a place an event happens at
                hit = Hit(s, e, "ORG", "media", "model")
            base.extend(_check_model_hit(toks, extend_org(toks, hit, lex), lex))
        if not conll:
            # a capitalised run ending in an organisation word is one organisation, however the
            # model cut it ("the Commerce Department" had become the town Commerce + an ORG)
            for run in find_capitalised(toks, lex):
                if run.end - run.start < 2 or toks.lower[run.end - 1] not in lex.org_words \
                        or not toks.text[run.end - 1][:1].isupper():
                    continue
                start = run.start + 1 if _descriptor(toks, run.start, lex) or _common_opener(toks, run.start, lex) \
                    else run.start
                inside = [h for h in base if start <= h.start and h.end <= run.end]
                if run.end - start >= 2 and inside and not (len(inside) == 1 and inside[0].start == start and inside[0].end == run.end) and not any(
                        h.start < run.end and run.start < h.end and h not in inside for h in base):
                    base = [h for h in base if h not in inside] + [Hit(start, run.end, "ORG", "organisation", "pattern")]
            base.sort(key=lambda h: h.start)
    else:
        places_text = {toks.span_text(h.start, h.end) for h in gaz_places}
        persons = {toks.text[h.end - 1] for h in titled}
        base = []
        for run in find_capitalised(toks, lex):
            h = _classify_run(toks, run, lex, places_text, persons)
            if h is not None:
                base.append(h)
                if h.label == "PER":
                    persons.add(toks.text[h.end - 1])
    for h in base:
        # a known place name of several words around the model's shorter one is the name
        # ("Papouasie-Nouvelle-Guinée", not "Guinée" = Guinea)
        longer = next((g for g in gaz_places if g.start <= h.start and h.end <= g.end
                       and g.end - g.start > h.end - h.start and "-" in toks.text[g.start:g.end]), None)
        if longer is not None and free(longer):
            place(longer)
        elif free(h):
            place(h)
        elif h.source == "model" and not (h.label == "LOC" and any(local[h.start:h.end])):
            # partly covered: keep the part outside curated hits (not the rest of a place
            # the model read longer than the street or site name: "[Marathon County] Democrats")
            _trim_and_place(h, taken, place, toks, lex)
    if model.has_model(lang):  # a capitalised name the model missed that ends in an org word
        for run in find_capitalised(toks, lex):  # ("Novatek Semiconductor", "Acme Group")
            if run.end - run.start >= 2 and toks.lower[run.end - 1] in lex.org_words:
                start = run.start + 1 if _descriptor(toks, run.start, lex) or _common_opener(toks, run.start, lex) \
                    else run.start
                h = Hit(start, run.end, "ORG", "organisation", "pattern")
                if h.end - h.start >= 2 and free(h):
                    place(h)
    for h in gaz_places:
        if free(h):
            place(h)
    for h in find_demonyms(toks, lex):
        if free(h) and toks.cap[h.start] and (conll or h.kind in ("demonym-adj", "demonym-noun")):
            place(Hit(h.start, h.end, "MISC", "other", h.source, h.norm, h.country))
    if conll:  # CoNLL tags "EU-burgers", "Axa-transactie" (name + common noun) as MISC
        for i, w in enumerate(toks.text):
            if not taken[i] and not toks.initial[i] and _name_compound(w) \
                    and w.partition("-")[0] not in lex.not_org_acronyms:  # not "FM-radio"
                place(Hit(i, i + 1, "MISC", "other", "pattern"))
    out.sort(key=lambda h: h.start)
    out = [h for h in (_without_blank_ends(h, toks) for h in out) if h is not None and not _not_a_name(h, toks, lex)]
    return _merge_split_names(out, toks, lex)


def _function_word(toks: Toks, k: int, lex) -> bool:
    """A function word or sentence adverb: listed (stopwords, function words), or an English
    adverb in -ly as the layer tags it ("Separately"). The tagger's word class alone is not
    believed: it reads many capitalised names as adverbs or determiners (nl, de). Not an
    acronym written like a listed word ("US", "WHO", "IT")."""
    low, word = toks.lower[k], toks.text[k]
    if low in lex.function_words:
        return True
    if word.isupper() and len(word) > 1:
        return False
    return low in lex.stopwords or (lex.lang == "en" and toks.tagged and toks.pos[k] == "ADV"
                                    and low.endswith("ly") and len(low) > 5)


def _not_a_name(h: Hit, toks: Toks, lex) -> bool:
    """What no reader takes for a name: a number, a single letter ("T" of "T-Mobile" split at the
    hyphen; not an initial "V."), words that are all function words or sentence adverbs ("The", "According",
    "Nowadays"), or a heading in capitals that holds a function word ("WINS AGAIN")."""
    if h.source == "gazetteer" and h.label != "LOC":
        return False  # listed names are curated ("The Times" is in the lists whole)
    words = [k for k in range(h.start, h.end) if any(c.isalnum() for c in toks.text[k])]
    if not words or not any(c.isalpha() for k in words for c in toks.text[k]):
        return True  # (no letter at all: "2018", read as an organisation on a German page)
    if len(words) == 1 and len(toks.text[words[0]]) == 1 and toks.text[words[0]].isalpha() \
            and not (h.start and (toks.lower[h.start - 1],) in lex.titles):  # not "V." nor "Frau A"
        return True
    if all(_function_word(toks, k, lex) for k in words):
        return True
    return (h.label == "PER" and len(words) >= 2 and all(toks.text[k].isupper() for k in words)
            and any(len(toks.text[k]) > 1 and toks.lower[k] not in lex.particles
                    and (toks.lower[k] in lex.stopwords or toks.lower[k] in lex.function_words)
                    for k in words))


def _without_blank_ends(h: Hit, toks: Toks) -> Hit | None:
    """The hit without the blank tokens at its ends ("\n\n" the model ran into past a name's
    end); None when nothing else is left."""
    start, end = h.start, h.end
    while start < end and not toks.text[start].strip():
        start += 1
    while end > start and not toks.text[end - 1].strip():
        end -= 1
    if end == start:
        return None
    return h if (start, end) == (h.start, h.end) else Hit(start, end, h.label, h.kind, h.source, h.norm,
                                                          h.country, h.precision)


def _merge_split_names(hits: list[Hit], toks: Toks, lex) -> list[Hit]:
    """"Erik" + "van der Linden" side by side: one person."""
    merged: list[Hit] = []
    for h in hits:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.label == h.label == "PER" and prev.end == h.start
                and toks.lower[h.start] in lex.particles):
            merged[-1] = Hit(prev.start, h.end, "PER", prev.kind or h.kind, prev.source)
            continue
        merged.append(h)
    return merged


def _descriptor(toks: Toks, i: int, lex) -> bool:
    """A sentence-initial common noun naming a kind of organisation ("Energiebedrijf")."""
    w = toks.lower[i]
    return toks.initial[i] and len(w) >= 7 and w not in lex.org_words and any(
        w.endswith(o) for o in lex.org_words if len(o) >= 5)


def _common_opener(toks: Toks, i: int, lex) -> bool:
    """A sentence-initial word that is capitalised only because it opens the sentence."""
    w = toks.text[i]
    return toks.initial[i] and not w.isupper() and (toks.lower[i] in lex.common_words
                                                    or toks.lower[i] in lex.function_words)


def _title_compound(lower: str, lex) -> bool:
    head, dash, tail = lower.rpartition("-")
    return bool(dash) and len(head) >= 2 and (tail,) in lex.titles


def _name_compound(word: str) -> bool:
    """A capitalised name part (two letters or more) hyphenated to a lower-case word."""
    head, _, tail = word.partition("-")
    return (len(head) >= 2 and head[0].isupper() and head.isalnum() and tail.isalpha()
            and tail.islower())


def _acronym(text: str, lex) -> bool:
    """An unknown acronym in news ("FNV", "DEA", "CGT") is most often an organisation."""
    return (2 <= len(text) <= 6 and text.isupper() and text.isalpha()
            and text not in lex.not_org_acronyms and text not in gazetteer().proper)


GERMAN_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen"})
FORCE_NOUNS = frozenset({"police", "army", "navy", "constabulary", "militia", "guard", "guards", "brigade",
                         "battalion", "regiment"})


def _check_model_hit(toks: Toks, h: Hit, lex) -> list[Hit]:
    """Correct the model with the gazetteers: a known place it called PER or MISC is a
    place, a country is never an ORG, and a leading demonym ("Canadese Gander") is its own
    MISC entity."""
    gaz = gazetteer()
    if (lex.lang == "de" and h.end - h.start == 1 and toks.tagged and toks.pos[h.start] == "NOUN" and not toks.text[h.start].isupper()
            and toks.text[h.start] not in gaz.proper and tuple(toks.text[h.start:h.end]) not in lex.names):
        # German capitalises every noun: where the tagger reads a common noun ("Krankenhäusern",
        # "Patient"), the model's one-word entity is dropped (GermEval test hybrid P .51 -> .61,
        # F1 .47 either way; in nl the same rule cost recall, so it stays German)
        return []
    if h.end - h.start == 1 and toks.text[h.start] in lex.compass:
        return []  # "North", "West" alone: a direction or a person's name, not a place
    if h.end - h.start >= 2 and not toks.cap[h.end - 1] and toks.lower[h.end - 1] in lex.place_cues:
        # "Helmand province": the name is the place, the common noun after it says its kind
        return [Hit(h.start, h.end - 1, "LOC", "place", h.source, precision=lex.place_cues[toks.lower[h.end - 1]])]
    if h.label == "PER" and h.end - h.start == 1 and h.end < len(toks.text) and not toks.cap[h.end] \
            and toks.lower[h.end] in FORCE_NOUNS and lex.lang == "en":
        # "the Metropolitan police said": one word before a force's noun names the force
        return [Hit(h.start, h.end + 1, "ORG", "organisation", h.source)]
    if h.label in ("PER", "MISC") and h.start > 0 and toks.lower[h.start - 1] in lex.place_cues \
            and (not toks.cap[h.start - 1] or lex.lang == "de"):
        # "het Indonesische eiland Lombok", "the town of"-less "the island Lombok": a place
        return [Hit(h.start, h.end, "LOC", "place", h.source, precision=lex.place_cues[toks.lower[h.start - 1]])]
    if _common_opener(toks, h.start, lex):
        if h.end - h.start == 1:  # "Hevige", "Thans" opening a sentence or heading
            return []
        if toks.lower[h.start] not in lex.stopwords:  # "Het Leven" is a title: keep "Het"
            # "Trendwatcher Carolijn Domensino", "Tegenkandidaat Arias": the name follows
            return _check_model_hit(
                toks, Hit(h.start + 1, h.end, h.label, h.kind, h.source), lex)
    if h.end - h.start >= 2 and _title_compound(toks.lower[h.start], lex):
        # "Likoed-premier Netanyahu", "VN-ambassadeur Holbrooke": the title is not the name
        return _check_model_hit(toks, Hit(h.start + 1, h.end, "PER", "", h.source), lex)
    if lex.lang == "de" and h.label == "PER" and h.end - h.start >= 2 and h.start > 0 and toks.tagged \
            and toks.lower[h.start - 1] in GERMAN_ARTICLES and toks.pos[h.start] == "NOUN":
        # "die Pädagogin María Teresa Blandón": German puts no article before a first name;
        # the noun after it is the person's role
        return _check_model_hit(toks, Hit(h.start + 1, h.end, h.label, h.kind, h.source), lex)
    if h.label == "PER" and h.start > 0 and toks.lower[h.start - 1] in lex.determiners:
        h = Hit(h.start, h.end, "ORG", "", h.source)  # "de Kredietbank": not a person
    if h.label == "MISC" and any(len(o) >= 4 and w.endswith(o) for w in toks.lower[h.start:h.end]
                                for o in lex.org_words):  # "Inlichtingendienst", "Kredietbank"
        h = Hit(h.start, h.end, "ORG", "", h.source)
    if h.label == "PER" and h.end - h.start >= 2 and any(
            len(o) >= 5 and len(w) > len(o) + 2 and w.endswith(o) and toks.cap[k]
            for k, w in enumerate(toks.lower[h.start:h.end], h.start) for o in lex.org_words):
        h = Hit(h.start, h.end, "ORG", "", h.source)  # "Universitätsklinikum Heidelberg": no person
    if _descriptor(toks, h.start, lex) and h.end - h.start >= 2:
        # "Woningcorporatie Mitros", "Chipmaker Novatek Semiconductor" opening a sentence:
        # the first word says what the name is, it is not part of it
        return _check_model_hit(toks, extend_org(toks, Hit(h.start + 1, h.end, "ORG", "organisation", h.source),
                                                 lex), lex)
    first = lex.demonyms.get(toks.text[h.start])
    if (first is not None and first.kind == "demonym-adj" and h.end - h.start > 1
            and toks.span_text(h.start + 1, h.end) in gaz.proper  # not "Europese Centrale Bank"
            and not any(c.precision in ("country", "region")
                        for c in gaz.candidates(toks.span_text(h.start, h.end)))):  # "Czech Republic" is one name
        rest = Hit(h.start + 1, h.end, "LOC", "place", "gazetteer")
        return [Hit(h.start, h.start + 1, "MISC", "other", "gazetteer", first.norm, first.country), rest]
    if h.label == "PER" and h.end - h.start >= 4:  # "Henk Lensink van Leiden": name + van + place/org
        for k in range(h.start + 2, h.end - 1):
            if toks.lower[k] in ("van", "uit", "of", "from") and toks.cap[k - 1] and toks.cap[k - 2] \
                    and toks.cap[k + 1]:
                return [Hit(h.start, k, "PER", "", "model")] + _check_model_hit(
                    toks, Hit(k + 1, h.end, "ORG", "", "model"), lex)
    name = toks.span_text(h.start, h.end)
    if name.isupper() and len(name) > 3 and h.start == 0 and h.end < toks.n and \
            toks.text[h.end] in ("-", "\u2013", "\u2014", "(", ","):
        return [Hit(h.start, h.end, "LOC", "place", "pattern")]  # "MOERDIJK - ..." dateline
    if name.isupper() and len(name) > 3 and name.title() in gaz.proper:
        name = name.title()  # "UTRECHT -" opening the article: a dateline place
        if not dateline_at(toks, h.start, h.end) and not any(prominent(p) for p in gaz.candidates(name)):
            return [h] if h.label != "LOC" else []  # "OBAMA", "PEPA": a heading or an acronym
        if h.label != "LOC":
            return [Hit(h.start, h.end, "LOC", "place", "gazetteer")]
    if name in lex.demonyms:  # "Britse", "Palestijnen": a listed demonym is MISC, keeps its country
        d = lex.demonyms[name]
        return [Hit(h.start, h.end, "MISC", "other", h.source, d.norm, d.country)]
    if (h.label != "LOC" and h.start > 0 and name in gaz.proper
            and (toks.lower[h.start - 1] in lex.locative or toks.lower[h.start - 1] in lex.place_cues)):
        return [Hit(h.start, h.end, "LOC", "place", "gazetteer")]  # "bij Kandahar", "provincie X"
    if h.label != "LOC":
        if name in gaz.proper:
            cands = gaz.candidates(name)
            big = any(p.precision != "city" or p.population >= 100_000 for p in cands) or (
                h.start > 0 and toks.lower[h.start - 1] in lex.locative)  # "bij Lashkar Gah"
            # surnames that are also small towns (Clinton, Durant) stay persons
            if h.label == "MISC" or (h.label == "PER" and big) or any(
                    p.precision == "country" for p in cands):
                return [Hit(h.start, h.end, "LOC", "place", "gazetteer")]
    return [h]


def recognise_parts(docs, lang: str, conll: bool = False) -> list[list[Hit]]:
    """Recognise in several docs that make one document (sentences of a CoNLL document),
    then make labels consistent across them."""
    parts = []
    for d in docs:
        toks = Toks(d)
        parts.append((toks, recognise(d, lang, conll, toks)))
    return lone_nouns(parts, harmonise(parts), lang)


def lone_nouns(parts: list[tuple[Toks, list[Hit]]], hits: list[list[Hit]], lang: str) -> list[list[Hit]]:
    """German capitalises every noun, and the model reads many a lone one as a person
    ("Entwicklungstreiber", "Praxisbeispiele"): a one-word person the model found that ends like
    a common noun (``noun_endings.txt``) is dropped, unless it is a known given name, a word of a
    longer person's name in the same document ("Hartung" after "Jana Hartung"), or follows a
    title ("Frau Hartung"). On GermEval dropping every such one-word person not so backed cost
    more recall than it won precision (F1 .479 -> .471); the endings keep the common nouns only."""
    lex = lexicon(lang)
    if not lex.noun_endings:
        return hits
    names = {w for (toks, _), hs in zip(parts, hits) for h in hs if h.label == "PER" and h.end - h.start >= 2
             for w in toks.text[h.start:h.end]}
    out = []
    for (toks, _), hs in zip(parts, hits):
        keep = []
        for h in hs:
            w = toks.text[h.start]
            if (h.label == "PER" and h.source == "model" and h.end - h.start == 1 and not w.isupper()
                    and _noun_ending(w.lower(), lex) and w not in lex.given_names and w not in names
                    and not (h.start and (toks.lower[h.start - 1],) in lex.titles)):
                continue
            keep.append(h)
        out.append(keep)
    return out


def _noun_ending(word: str, lex) -> bool:
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in lex.noun_endings)


def _trim_and_place(h: Hit, taken: list[bool], place, toks: Toks, lex) -> None:
    start, end = h.start, h.end
    while start < end and taken[start]:
        start += 1
    while end > start and taken[end - 1]:
        end -= 1
    if end > start and not any(taken[start:end]):
        if end - start == 1 and ((toks.lower[start],) in lex.titles or (toks.lower[start],) in lex.roles):
            return  # "Eurocommissaris [Wouter Hoeksema]": the title left over
        place(Hit(start, end, h.label, h.kind, h.source))
