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

__all__ = ["Place", "gazetteer", "resolve", "geocode"]


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
