"""Geocoding of place mentions: name (+ context) -> GeoNames record.

A name the index lacks is tried without a leading compass word ("South Florida" -> Florida),
then among the small towns (1,000+ people) of the article's countries.

``geocode("Kabul")`` -> ``{name, country, geonames_id, lat, lon, precision}``; the context
words before a name ("provincie Helmand", "the city of X") choose between a city and a
province of the same name, and the article's countries break ties between namesakes.
"""

from __future__ import annotations

from .gazetteer import Place, gazetteer, resolve, resolve_small_town

COMPASS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")

__all__ = ["Place", "gazetteer", "resolve", "geocode", "geocode_within"]


def geocode(name: str, precision: str | None = None, countries: tuple[str, ...] = ()) -> dict | None:
    name = " ".join(name.split())
    place = resolve(name, precision, countries)
    if place is None and name.isupper() and len(name) > 3:  # "KABUL" in a dateline
        place = resolve(name.title(), precision, countries)
    first, _, rest = name.partition(" ")
    if place is None and first in COMPASS and rest:  # "South Florida", "West Wales": the place's point
        place = resolve(rest, precision, countries)
    if place is None and countries and precision not in ("country", "province", "region"):
        place = resolve_small_town(name, countries)  # "Nenagh", in an Irish article
    return place.as_geo() if place else None


def geocode_within(name: str, country: str) -> dict | None:
    """The largest place called ``name`` in ``country``, or None: for "Moscow, Idaho" and
    "Paris, Texas", where the region after the comma says which namesake is meant."""
    cands = [p for p in gazetteer().candidates(" ".join(name.split()))
             if p.country == country and p.precision == "city"]
    place = max(cands, key=lambda p: p.population) if cands else resolve_small_town(name, (country,))
    return place.as_geo() if place else None
