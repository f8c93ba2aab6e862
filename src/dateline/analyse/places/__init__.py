"""Geocoding of place mentions: name (+ context) -> GeoNames record.

``geocode("Kabul")`` -> ``{name, country, geonames_id, lat, lon, precision}``; the context
words before a name ("provincie Helmand", "the city of X") choose between a city and a
province of the same name, and the article's countries break ties between namesakes.
"""

from __future__ import annotations

from .gazetteer import Place, gazetteer, resolve

__all__ = ["Place", "gazetteer", "resolve", "geocode"]


def geocode(name: str, precision: str | None = None, countries: tuple[str, ...] = ()) -> dict | None:
    name = " ".join(name.split())
    place = resolve(name, precision, countries)
    if place is None and name.isupper() and len(name) > 3:  # "KABUL" in a dateline
        place = resolve(name.title(), precision, countries)
    return place.as_geo() if place else None
