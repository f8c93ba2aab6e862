"""Gazetteer and pattern matchers over a spaCy ``Doc``.

Each finder returns ``Hit``s (token offsets + what was found); ``recognise`` in this package
decides which hits win.  All lists come from the language data files via ``Lexicon``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...places.gazetteer import gazetteer, prominent
from .lexicon import Entry, Lexicon

SENTENCE_END = {".", "!", "?", ":", ";", "\u2026"}
GERMAN_ARTICLES = {"der", "die", "das", "des", "den", "dem"}
CONNECTORS = {"of", "for", "van", "voor", "de", "la", "du", "des", "der", "für", "the"}
OPENERS = {'"', "\u201c", "\u201e", "'", "\u2018", "(", "[", "-", "\u2013", "\u2014", "\u00ab"}


@dataclass
class Hit:
    start: int  # token offsets [start, end)
    end: int
    label: str
    kind: str
    source: str  # model | gazetteer | pattern
    norm: str | None = None
    country: str | None = None
    precision: str | None = None  # place-kind cue seen before the name


def is_cap(text: str) -> bool:
    return text[:1].isupper()


class Toks:
    """Plain-Python view of a spaCy Doc's tokens: reading spaCy tokens one attribute at a
    time from Python is slow, and the finders look at each token many times."""

    def __init__(self, doc):
        self.doc = doc
        self.text = [t.text for t in doc]
        self.lower = [t.lower() for t in self.text]
        self.ws = [t.whitespace_ for t in doc]
        self.n = len(self.text)
        self.cap = [is_cap(t) for t in self.text]
        self.initial = self._sentence_starts()
        # UPOS from the linguistic layer ("" on a bare tokenised doc): a listed place name
        # counts only where the tagger says it is a name, not a common word ("Zug", "Dabei")
        self.pos = [t.pos_ for t in doc]
        self.tagged = doc.has_annotation("POS")

    def __len__(self) -> int:
        return self.n

    def _sentence_starts(self) -> list[bool]:
        """First word of a sentence (or of a paragraph / quote), where capitals say nothing."""
        out, start = [], True
        for tok, ws in zip(self.text, self.ws):
            out.append(start)
            if tok.isspace():
                start = start or "\n" in tok
            elif tok in OPENERS and tok not in ("\u2013", "\u2014", "-"):
                pass
            else:
                start = tok in SENTENCE_END or tok in ("\u2013", "\u2014", "--", "-") or "\n" in ws
        return out

    def span_text(self, i: int, j: int) -> str:
        return "".join(self.text[k] + (self.ws[k] if k < j - 1 else "") for k in range(i, j))


def sentence_initial(toks: "Toks", i: int) -> bool:
    return toks.initial[i]


def _first_tokens(keys) -> set[str]:
    return {k[0] for k in keys}


def find_names(toks: Toks, lex: Lexicon) -> list[Hit]:
    """Listed media, platforms and organisations (case-sensitive, longest match)."""
    hits = []
    text, n, firsts = toks.text, toks.n, lex.name_firsts
    i = 0
    while i < n:
        found = None
        if text[i] in firsts:
            for size in range(min(lex.max_len, n - i), 0, -1):
                entry: Entry | None = lex.names.get(tuple(text[i : i + size]))
                if entry is None:
                    continue
                if entry.cue and not (i > 0 and toks.lower[i - 1] in lex.stopwords):
                    continue
                found = Hit(i, i + size, entry.label, entry.kind, "gazetteer", entry.norm, entry.country)
                break
        if found:
            hits.append(found)
            i = found.end
        else:
            i += 1
    return hits


@lru_cache(maxsize=1)
def _hyphen_firsts() -> frozenset[str]:
    """The first parts of hyphenated place names ("Papouasie" of "Papouasie-Nouvelle-Guinée"),
    which the tokenizer splits at the hyphens (the index keys whole words)."""
    return frozenset(w.split("-")[0] for w in gazetteer().first_words if "-" in w)


def find_places(toks: Toks, lex: Lexicon, max_len: int = 6) -> list[Hit]:
    """Capitalised spans that are known place names (countries, regions, cities)."""
    gaz = gazetteer()
    hits = []
    text, lower, n = toks.text, toks.lower, toks.n
    i = 0
    while i < n:
        found = None
        shout = text[i].isupper() and len(text[i]) > 1  # "KABUL (ANP)", "SAN FRANCISCO —"
        if toks.cap[i] and (text[i] in gaz.first_words or shout and text[i].title() in gaz.first_words
                            or i + 1 < n and text[i + 1] == "-" and text[i] in _hyphen_firsts()):
            for size in range(min(max_len, n - i), 0, -1):
                if not toks.cap[i + size - 1]:
                    continue
                if any(not w.isalpha() and w != "-" and "-" not in w and "'" not in w
                       and not (w.endswith(".") and w.replace(".", "").isalpha())  # "Wash.", "N.C."
                       for w in text[i : i + size]):
                    continue
                name = toks.span_text(i, i + size)
                if shout and name in gaz.proper:
                    pass  # a name written in capitals: "UAE", "DPRK"
                elif shout and name.isupper() and len(name) > 3:
                    name = name.title()
                elif shout:
                    continue
                if name not in gaz.proper or name in lex.demonyms:  # "Brits" (a town, too)
                    continue
                if shout and not dateline_at(toks, i, i + size) and not any(prominent(p) for p in gaz.candidates(name)):
                    continue  # "OBAMA", "PEPA" in capitals: a heading or an acronym, not the town;
                    # only a dateline may be a small place
                if size == 1 and (lower[i] in lex.stopwords or len(name) < 3 or text[i] in lex.compass or lower[i] in lex.compass
                                  or lower[i] in lex.calendar):
                    continue  # "West", "North" (names of people too), "March"
                if toks.tagged and not shout and not (size >= 2 and not toks.initial[i]) and not any(
                        toks.pos[k] in ("PROPN", "X") for k in range(i, i + size)):
                    # the layer reads it as a common word: "Dort", "Side", "Zug"; a listed name
                    # of capitalised words inside a sentence is believed whatever the tagger says
                    # ("the Holy See", "to Cape Town" tagged ADJ NOUN / NOUN NOUN)
                    continue
                if size == 1 and toks.initial[i] and not shout and not any(
                        p.precision == "country" or p.population >= 100_000
                        for p in gaz.candidates(name)):
                    continue
                if (i > 0 and toks.cap[i - 1] and toks.tagged and toks.pos[i - 1] == "PROPN" and not shout
                        and text[i - 1] not in gaz.proper and lower[i - 1] not in lex.compass
                        and text[i - 1] not in lex.demonyms and lower[i - 1] not in lex.place_cues
                        and not any(prominent(p) for p in gaz.candidates(name))):
                    continue  # "Evo Morales": a small town's name after another name is a surname
                prec = lex.place_cues.get(lower[i - 1]) if i > 0 else None
                if prec is None and i + size < n and lex.lang == "en":  # "Helmand province"
                    prec = lex.place_cues.get(lower[i + size])
                found = Hit(i, i + size, "LOC", "place", "gazetteer", precision=prec)
                break
        if found:
            hits.append(found)
            i = found.end
        else:
            i += 1
    return hits


DATELINE_MARKS = (",", "-", "--", "\u2013", "\u2014", "(")


def dateline_at(toks: Toks, i: int, j: int) -> bool:
    """``toks[i:j]`` opens the text, or opens a line or sentence and is followed by a
    dateline's mark ("ALLENDALE, N.J. --", "IMMOKALEE \u2013"): a dateline's place."""
    return i == 0 or (toks.initial[i] and j < toks.n and toks.text[j] in DATELINE_MARKS)


NAME_POS = ("PROPN", "NOUN", "ADJ", "NUM", "X")
POSSESSIVE = ("'s", "\u2019s")


def _ordinal(word: str) -> bool:
    return word[:-2].isdigit() and word[-2:].lower() in ("st", "nd", "rd", "th")


def find_local_places(toks: Toks, lex: Lexicon, max_words: int = 4) -> list[Hit]:
    """Streets, buildings, sites and natural features: capitalised words ending in a listed
    head noun ("Royal Street", "Manila Cathedral", "Glenrock Lagoon", "St George's Chapel",
    "Suffolk County"), the head's kind as ``precision``. A street keeps its house number or
    ordinal ("2700 North Fourth Street", "14th St.") and a compass word after its head
    ("Eglinton Avenue West"). Where a name goes on after the head ("Central Park Zoo") it
    names something else, except after an administrative head ("Marathon County Sheriff")."""
    heads = lex.place_heads
    if not heads:
        return []
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    gaz = gazetteer()
    found: list[Hit] = []
    for k in range(1, n):
        kind = heads.get(text[k])
        if kind is None:
            continue
        end = k + 1
        if kind == "street" and end < n and text[end] in lex.compass and not (end + 1 < n and cap[end + 1]):
            end += 1  # "Eglinton Avenue West"
        if kind != "admin" and end < n and cap[end] and text[end][:1].isalpha() and not toks.initial[end]:
            continue  # "Central Park Zoo", "Suffolk County Times" is not the park
        if end + 1 < n and lower[end] == "for" and cap[end + 1]:
            continue  # "Centre for Academic Development": an organisation
        j, words = k, 0
        while j > 0 and words < max_words:
            w = text[j - 1]
            if w in POSSESSIVE and j >= 2 and cap[j - 2]:
                if toks.text[j - 2] in gaz.proper:
                    break  # "Seoul's Jamsil Stadium": the city is a place of its own
                j -= 1  # "St George's Chapel", "Caesar's Palace"
                continue
            if w == "-" and j >= 2 and cap[j - 2] and not toks.ws[j - 2] and not toks.ws[j - 1]:
                j -= 1  # "Miami-Dade County"
                continue
            name_like = cap[j - 1] and (w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()
                                        or (w.endswith(".") and w[:-1].isalpha() and len(w) <= 4))
            if kind == "street" and _ordinal(w):
                name_like = True  # "14th St."
            if not name_like or lower[j - 1] in lex.stopwords or lower[j - 1] in lex.calendar \
                    or (toks.tagged and toks.pos[j - 1] not in NAME_POS):
                break
            j -= 1
            words += 1
            if toks.initial[j] and not (j and text[j - 1] == "-" and not toks.ws[j - 1]):
                break  # the name starts a sentence (a word after a hyphen only seems to)
        if j == k:
            continue
        if kind == "street" and j > 0 and text[j - 1].isdigit():
            j -= 1  # the house number: "2700 North Fourth Street"
        found.append(Hit(j, end, "LOC", "place", "pattern", precision=kind))
    # where two overlap ("Montgomery County" in "Montgomery County History Center") the longer wins
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for h in found:
        if out and h.start < out[-1].end:
            if h.end - h.start > out[-1].end - out[-1].start:
                out[-1] = h
            continue
        out.append(h)
    return out


def find_thing_names(toks: Toks, lex: Lexicon, max_words: int = 4) -> list[Hit]:
    """Names of things: capitalised words ending in a listed head noun of an index, a
    competition, an award or a product ("Hang Seng Index", "Davis Cup Finals", "Mac App
    Store"), as MISC: not a person, and no place is read inside them. Heads in a row count as
    one ("Cup Finals"); a name going on after the head ("Open Society") is something else."""
    heads = lex.thing_heads
    if not heads:
        return []
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    out: list[Hit] = []
    k = 1
    while k < n:
        if text[k] not in heads or not cap[k - 1] or toks.initial[k]:
            k += 1
            continue
        end = k + 1
        while end < n and text[end] in heads and not toks.initial[end]:
            end += 1  # "Davis Cup Finals"
        if end < n and cap[end] and text[end][:1].isalpha() and not toks.initial[end]:
            k = end
            continue
        j, words = k, 0
        while j > 0 and words < max_words:
            w = text[j - 1]
            if not (cap[j - 1] and w.replace("-", "").replace("&", "").isalnum()) \
                    or (not w.isupper() and (lower[j - 1] in lex.stopwords or lower[j - 1] in lex.function_words)) \
                    or lower[j - 1] in lex.calendar or (out and j - 1 < out[-1].end):
                break
            j -= 1
            words += 1
            if toks.initial[j]:
                break
        if j < k:
            out.append(Hit(j, end, "MISC", "other", "pattern"))
        k = end
    return out


def find_demonyms(toks: Toks, lex: Lexicon) -> list[Hit]:
    """Listed demonyms, of one word or two ("South African", "Sri Lankans")."""
    hits = []
    text, n = toks.text, toks.n
    i = 0
    while i < n:
        size = 2 if i + 1 < n and toks.ws[i] == " " and f"{text[i]} {text[i + 1]}" in lex.demonyms else 1
        e = lex.demonyms.get(text[i] if size == 1 else f"{text[i]} {text[i + 1]}")
        if e is not None:
            hits.append(Hit(i, i + size, "MISC", e.kind, "gazetteer", e.norm, e.country))
        i += size
    return hits


def find_roles(toks: Toks, lex: Lexicon, max_len: int = 3) -> list[Hit]:
    """Actors named by their function or group ("Afghaanse functionarissen", "rebels")."""
    hits = []
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    firsts = lex.role_firsts
    i = 0
    while i < n:
        found = None
        if lower[i] in firsts:
            for size in range(min(max_len, n - i), 0, -1):
                entry = lex.roles.get(tuple(lower[i : i + size]))
                if entry is None:
                    continue
                end = i + size
                if cap[i] and lex.lang != "de" and (
                        (i > 0 and cap[i - 1] and not toks.initial[i])
                        or (end < n and cap[end])
                        or (end + 1 < n and lower[end] in CONNECTORS and cap[end + 1])):
                    continue  # "de Vlaamse Regering", "Regering Verhofstadt": part of a name
                start, country = i, None
                before = lex.demonyms.get(text[i - 1]) if i > 0 else None
                after = lex.demonyms.get(text[end]) if end < n else None
                pair = lex.demonyms.get(f"{text[i - 2]} {text[i - 1]}") if i > 1 else None
                if pair is not None and pair.kind == "demonym-adj":  # "South Korean officials"
                    start, country = i - 2, pair.country
                elif before is not None and before.kind == "demonym-adj":
                    start, country = i - 1, before.country
                elif lex.lang == "fr" and after is not None and after.kind == "demonym-adj":
                    end, country = end + 1, after.country
                found = Hit(start, end, entry.label, entry.kind, "pattern", entry.norm, country)
                break
        if found:
            hits.append(found)
            i = found.end
        else:
            i += 1
    return hits


def name_end(toks: Toks, i: int, lex: Lexicon) -> int:
    """End of the capitalised name starting at token i (particles allowed inside)."""
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    j = i
    while j < n:
        w = text[j]
        if cap[j] and (w.isalpha() or "-" in w or "'" in w):
            j += 1
            continue
        if (lower[j] in lex.particles and j > i and j + 1 < n and cap[j + 1]
                and not (lex.lang == "de" and lower[j] in GERMAN_ARTICLES)
                and not (j - i >= 2 and lower[j] in ("van", "von", "of", "de"))):  # "Henk Lensink van Leiden"
            j += 1
            continue
        if w.endswith("-") and lower[j] in lex.particles and j + 1 < n:  # al-Baghdadi
            j += 1
            continue
        break
    return j


def find_titled_persons(toks: Toks, lex: Lexicon) -> list[Hit]:
    """"premier Rutte", "President Joe Biden", "Mr Smith": the name after a title is a person."""
    hits = []
    lower, cap, n = toks.lower, toks.cap, toks.n
    firsts = lex.title_firsts
    max_title = max((len(t) for t in lex.titles), default=1)
    i = 0
    while i < n:
        matched = 0
        if lower[i] in firsts:
            for size in range(min(max_title, n - i), 0, -1):
                if tuple(lower[i : i + size]) in lex.titles:
                    matched = size
                    break
        if matched:
            k = i + matched
            while k < n:  # "Detective Chief Inspector Lisa Walsh", "Major General X"
                if toks.text[k] == "." and toks.text[k - 1].isalpha():
                    k += 1  # "Mr" "." tokenised apart
                    continue
                more = next((m for m in range(min(max_title, n - k), 0, -1)
                             if tuple(lower[k : k + m]) in lex.titles), 0)
                if not more:
                    break
                k += more
            if k < n and cap[k] and lower[k] not in lex.stopwords:
                end = name_end(toks, k, lex)
                if end > k and any(w in lex.org_words for w in lower[k:end + 1]):
                    end = k  # "the Justice Department", "General Motors": an organisation, no person
                if end > k:
                    hits.append(Hit(k, end, "PER", "person", "pattern"))
                    i = end
                    continue
        i += 1
    return hits


def is_country(word: str) -> bool:
    return any(p.precision == "country" for p in gazetteer().candidates(word))


def find_given_name_persons(toks: Toks, lex: Lexicon) -> list[Hit]:
    """"Jakob Weizman", "Martin Rivera": a given name and the capitalised words after it are a
    person, even where the model read the surname alone as a place (*Rivera* is a region of
    Uruguay) or missed the name. Not when a word of the run is an organisation or place word
    (*Charles University*, *Victoria Station*), a month or a country, nor in a run of four or more
    capitalised words (a title-case headline: *Grant Funding Rises Again*)."""
    hits = []
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    i = 0
    while i < n - 1:
        if text[i] in lex.given_names and cap[i + 1] and text[i + 1].isalpha() and lower[i + 1] not in lex.stopwords:
            end = name_end(toks, i + 1, lex)
            words = lower[i + 1:end]
            if i + 1 < end <= i + 3 and not any(w in lex.org_words or w in lex.place_cues or w in lex.calendar
                                       or w in lex.compass for w in words) \
                    and (end >= n or lower[end] not in lex.org_words) \
                    and not is_country(text[end - 1]):
                hits.append(Hit(i, end, "PER", "person", "pattern"))
                i = end
                continue
        i += 1
    return hits


APPOSITION_ARTICLES = {"a", "an", "een", "ein", "eine", "un", "une"}


def _person_noun(word: str, lex: Lexicon) -> bool:
    """A noun for a person: a role, a title, or a noun that counts people (quantity_nouns.tsv)."""
    from ...quantities.parse import lang_data

    if (word,) in lex.roles or (word,) in lex.titles:
        return True
    nouns = lang_data(lex.lang).nouns if lex.lang in ("nl", "en", "de", "fr") else {}
    return nouns.get(word) == "person" or nouns.get(word + "s") == "person" or (word.endswith("ist") and len(word) > 5)


def find_apposed_persons(toks: Toks, lex: Lexicon) -> list[Hit]:
    """A name of two or three capitalised words that an apposition calls a person: an age in
    commas (*Ivo Havranek, 43,*) or a role (*Jakob Weizman, a journalist and masters student*).
    Read on a real page where the model missed both names and the gazetteer made *Ivo* a town
    in Nigeria."""
    hits = []
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    i = 0
    while i < n - 3:
        if not cap[i] or not text[i].isalpha() or lower[i] in lex.determiners or lower[i] in lex.stopwords:
            i += 1
            continue
        end = name_end(toks, i, lex)
        if not 2 <= end - i <= 3 or end + 2 >= n or text[end] != ",":
            i = max(end, i + 1)
            continue
        nxt = text[end + 1]
        aged = nxt.isdigit() and int(nxt) <= 120 and text[end + 2] in (",", ")")
        role = lower[end + 1] in APPOSITION_ARTICLES and any(
            _person_noun(lower[k], lex) or lower[k] in lex.apposition_nouns for k in range(end + 2, min(n, end + 5)))
        words = lower[i:end]
        # (a place word in the name yields to a role: "Celinda Lake, a Democratic pollster")
        if (aged or role) and not any(w in lex.org_words or (w in lex.place_cues and not role) or w in lex.calendar
                                      or w in lex.compass for w in words) and not is_country(text[end - 1]):
            hits.append(Hit(i, end, "PER", "person", "pattern"))
        i = end
    return hits


def find_capitalised(toks: Toks, lex: Lexicon) -> list[Hit]:
    """Runs of capitalised words (for languages without a trained model).

    Sentence-initial function words and lone sentence-initial words are skipped; "of"/"van"
    may join two capitalised parts when an organisation word is in the run ("Ministry of
    Defence"). Labels are decided later from gazetteers, titles and organisation words.
    """
    hits = []
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    i = 0
    while i < n:
        w = text[i]
        if not (cap[i] and (w.isalpha() or "-" in w or "'" in w)):
            i += 1
            continue
        org_head = (lower[i] in lex.org_words and i + 2 < n and lower[i + 1] in CONNECTORS
                    and cap[i + 2])
        descriptor = (toks.initial[i] and len(lower[i]) >= 7 and lower[i] not in lex.org_words
                      and any(lower[i].endswith(o) for o in lex.org_words if len(o) >= 5))
        if descriptor or not org_head and (lower[i] in lex.stopwords or (lower[i],) in lex.roles
                             or (lower[i],) in lex.titles or lower[i] in lex.place_cues
                             or w in lex.demonyms or lower[i] in lex.calendar):
            i += 1
            continue
        end = name_end(toks, i, lex)
        if lex.lang == "de":  # every German noun is capitalised: stop at a common word
            k = i + 1
            while k < end and not ((lower[k],) in lex.roles or lower[k] in lex.place_cues):
                k += 1
            end = k
        # join "X of Y" when an organisation word is involved
        while (end + 1 < n and lower[end] in CONNECTORS and cap[end + 1]
               and any(lower[k] in lex.org_words for k in range(i, name_end(toks, end + 1, lex)))):
            end = name_end(toks, end + 1, lex)
        if end - i == 1 and (toks.initial[i] or lex.lang == "de"):
            i = end
            continue
        hits.append(Hit(i, end, "MISC", "other", "pattern"))
        i = end
    return hits


def find_org_phrases(toks: Toks, lex: Lexicon) -> list[Hit]:
    """"ministerie van Justitie en Veiligheid", "Ministry of Defence": an organisation word
    followed by van/of/voor + capitalised words ("en"/"and" may join two of them)."""
    hits = []
    text, lower, cap, n = toks.text, toks.lower, toks.cap, toks.n
    i = 0
    while i < n:
        if lower[i] in lex.org_words and i + 2 < n and lower[i + 1] in CONNECTORS:
            k = i + 2 + (lower[i + 2] in CONNECTORS and i + 3 < n)
            if k < n and cap[k] and not toks.initial[k]:
                start = i
                while cap[i] and start > 0 and cap[start - 1] and not toks.initial[start] \
                        and lower[start - 1] not in lex.stopwords:
                    start -= 1  # "Nederlandse Vereniging van ...", "Centraal Bureau voor ..."
                end = name_end(toks, k, lex)
                while end + 1 < n and lower[end] in ("en", "and", "et", "und") and cap[end + 1]:
                    end = name_end(toks, end + 1, lex)
                hits.append(Hit(start, end, "ORG", "organisation", "pattern"))
                i = end
                continue
        i += 1
    return hits


def extend_org(toks: Toks, h: Hit, lex: Lexicon) -> Hit:
    """A model ORG that stops before "voor de Statistiek" / "van Ziekenhuizen" when it holds an
    organisation word: take the rest of the name in."""
    lower, cap, n = toks.lower, toks.cap, toks.n
    if h.label == "ORG":  # "Novatek [Semiconductor]", "Acme [Group]": a capitalised org word after it
        end = h.end
        while end < n and cap[end] and lower[end] in lex.org_words:
            end += 1
        if end > h.end:
            h = Hit(h.start, end, h.label, h.kind, h.source, h.norm, h.country)
    if h.label != "ORG" or not any(w in lex.org_words or any(w.endswith(o) for o in lex.org_words
                                                              if len(o) > 4)
                                   for w in lower[h.start : h.end]):
        return h
    end = h.end
    k = end
    while k < n and k - end < 2 and lower[k] in CONNECTORS:
        k += 1
    if k > end and k < n and cap[k]:
        return Hit(h.start, name_end(toks, k, lex), h.label, h.kind, h.source, h.norm, h.country)
    return h
