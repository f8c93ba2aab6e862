"""Gazetteer and pattern matchers over a spaCy ``Doc``.

Each finder returns ``Hit``s (token offsets + what was found); ``recognise`` in this package
decides which hits win.  All lists come from the language data files via ``Lexicon``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..places.gazetteer import gazetteer
from .lexicon import Entry, Lexicon

SENTENCE_END = {".", "!", "?", ":", ";", "\u2026"}
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


def sentence_initial(doc, i: int) -> bool:
    """First word of a sentence (or of a paragraph / quote), where capitals say nothing."""
    j = i - 1
    while j >= 0 and (doc[j].text in OPENERS or doc[j].is_space):
        if doc[j].is_space and "\n" in doc[j].text:
            return True
        j -= 1
    if j < 0:
        return True
    if doc[j].text in ("\u2013", "\u2014", "--"):  # "KABUL (AP) — Rebels ..."
        return True
    return doc[j].text in SENTENCE_END or "\n" in doc[j].whitespace_ + doc[j].text


def find_names(doc, lex: Lexicon) -> list[Hit]:
    """Listed media, platforms and organisations (case-sensitive, longest match)."""
    hits = []
    i, n = 0, len(doc)
    while i < n:
        found = None
        for size in range(min(lex.max_len, n - i), 0, -1):
            entry: Entry | None = lex.names.get(tuple(t.text for t in doc[i : i + size]))
            if entry is None:
                continue
            if entry.cue and not (i > 0 and doc[i - 1].lower_ in lex.stopwords):
                continue
            found = Hit(i, i + size, entry.label, entry.kind, "gazetteer", entry.norm, entry.country)
            break
        if found:
            hits.append(found)
            i = found.end
        else:
            i += 1
    return hits


def find_places(doc, lex: Lexicon, max_len: int = 4) -> list[Hit]:
    """Capitalised spans that are known place names (countries, regions, cities)."""
    gaz = gazetteer()
    hits = []
    i, n = 0, len(doc)
    while i < n:
        found = None
        if is_cap(doc[i].text):
            for size in range(min(max_len, n - i), 0, -1):
                span = doc[i : i + size]
                if not is_cap(span[-1].text) or any(t.is_punct and t.text != "-" for t in span):
                    continue
                text = span.text
                if text not in gaz.proper:
                    continue
                if size == 1 and (doc[i].lower_ in lex.stopwords or len(text) < 3):
                    continue
                cands = gaz.candidates(text)
                if size == 1 and sentence_initial(doc, i) and not any(
                        p.precision == "country" or p.population >= 100_000 for p in cands):
                    continue
                prec = lex.place_cues.get(doc[i - 1].lower_) if i > 0 else None
                if prec is None and i + size < n:  # "Helmand province"
                    prec = lex.place_cues.get(doc[i + size].lower_) if lex.lang == "en" else None
                found = Hit(i, i + size, "LOC", "place", "gazetteer", precision=prec)
                break
        if found:
            hits.append(found)
            i = found.end
        else:
            i += 1
    return hits


def find_demonyms(doc, lex: Lexicon) -> list[Hit]:
    hits = []
    for t in doc:
        e = lex.demonyms.get(t.text)
        if e is not None:
            hits.append(Hit(t.i, t.i + 1, "MISC", e.kind, "gazetteer", e.norm, e.country))
    return hits


def find_roles(doc, lex: Lexicon, max_len: int = 3) -> list[Hit]:
    """Actors named by their function or group ("Afghaanse functionarissen", "rebels")."""
    hits = []
    i, n = 0, len(doc)
    while i < n:
        found = None
        for size in range(min(max_len, n - i), 0, -1):
            words = tuple(t.lower_ for t in doc[i : i + size])
            entry = lex.roles.get(words)
            if entry is None:
                continue
            if is_cap(doc[i].text) and lex.lang != "de" and (
                    (i > 0 and is_cap(doc[i - 1].text) and not sentence_initial(doc, i))
                    or (i + size < n and is_cap(doc[i + size].text))
                    or (i + size + 1 < n and doc[i + size].lower_ in CONNECTORS
                        and is_cap(doc[i + size + 1].text))):
                continue  # "de Vlaamse Regering", "Regering Verhofstadt": part of a name
            start, end, country = i, i + size, None
            before = lex.demonyms.get(doc[i - 1].text) if i > 0 else None
            after = lex.demonyms.get(doc[end].text) if end < n else None
            if before is not None and before.kind == "demonym-adj":
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


def name_end(doc, i: int, lex: Lexicon) -> int:
    """End of the capitalised name starting at token i (particles allowed inside)."""
    n, j = len(doc), i
    while j < n:
        t = doc[j]
        if is_cap(t.text) and t.is_alpha or (t.text[:1].isupper() and "-" in t.text):
            j += 1
            continue
        if t.lower_ in lex.particles and j + 1 < n and is_cap(doc[j + 1].text) and j > i:
            j += 1
            continue
        if t.text.endswith("-") and t.lower_ in lex.particles and j + 1 < n:  # al-Baghdadi
            j += 1
            continue
        break
    return j


def find_titled_persons(doc, lex: Lexicon) -> list[Hit]:
    """"premier Rutte", "President Joe Biden", "Mr Smith": the name after a title is a person."""
    hits = []
    n = len(doc)
    max_title = max((len(t) for t in lex.titles), default=1)
    i = 0
    while i < n:
        matched = 0
        for size in range(min(max_title, n - i), 0, -1):
            if tuple(t.lower_ for t in doc[i : i + size]) in lex.titles:
                matched = size
                break
        if matched:
            k = i + matched
            if k < n and doc[k].text == "." and doc[k - 1].text.isalpha():
                k += 1  # "Mr." tokenised as "Mr" "."
            if k < n and is_cap(doc[k].text) and doc[k].lower_ not in lex.stopwords:
                end = name_end(doc, k, lex)
                if end > k:
                    hits.append(Hit(k, end, "PER", "person", "pattern"))
                    i = end
                    continue
        i += 1
    return hits


def find_capitalised(doc, lex: Lexicon) -> list[Hit]:
    """Runs of capitalised words (for languages without a trained model).

    Sentence-initial function words and lone sentence-initial words are skipped; "of"/"van"
    may join two capitalised parts when an organisation word is in the run ("Ministry of
    Defence"). Labels are decided later from gazetteers, titles and organisation words.
    """
    hits = []
    n, i = len(doc), 0
    connectors = CONNECTORS
    while i < n:
        t = doc[i]
        if not (is_cap(t.text) and (t.is_alpha or "-" in t.text or "'" in t.text)):
            i += 1
            continue
        org_head = (t.lower_ in lex.org_words and i + 2 < n and doc[i + 1].lower_ in CONNECTORS
                    and is_cap(doc[i + 2].text))
        if not org_head and (t.lower_ in lex.stopwords or (t.lower_,) in lex.roles
                             or (t.lower_,) in lex.titles or t.lower_ in lex.place_cues
                             or t.text in lex.demonyms or t.lower_ in lex.calendar):
            i += 1
            continue
        end = name_end(doc, i, lex)
        if lex.lang == "de":  # every German noun is capitalised: stop at a common word
            k = i + 1
            while k < end and not ((doc[k].lower_,) in lex.roles or doc[k].lower_ in lex.place_cues):
                k += 1
            end = k
        # join "X of Y" when an organisation word is involved
        while (end + 1 < n and doc[end].lower_ in connectors and is_cap(doc[end + 1].text)
               and any(w.lower_ in lex.org_words for w in doc[i : name_end(doc, end + 1, lex)])):
            end = name_end(doc, end + 1, lex)
        if end - i == 1 and (sentence_initial(doc, i) or lex.lang == "de"):
            i = end
            continue
        hits.append(Hit(i, end, "MISC", "other", "pattern"))
        i = end
    return hits
