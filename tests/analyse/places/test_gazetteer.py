"""The gazetteer's points and kinds: GeoNames's own point for a country or region, and the
countries of the United Kingdom as regions of their own."""

from __future__ import annotations

import math

import pytest

from dateline.analyse.places import geocode


def km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@pytest.mark.parametrize("name,point", [
    ("United States", (39.76, -98.5)),  # GeoNames 6252001, not the CIA's 38 N 97 W
    ("Canada", (60.11, -113.64)),
    ("California", (37.25, -119.75)),  # GeoNames's ADM1 point, not the mean of its towns
])
def test_a_country_or_region_has_the_point_geonames_gives_it(name, point):
    geo = geocode(name)
    assert km((geo["lat"], geo["lon"]), point) < 5


@pytest.mark.parametrize("name", ["England", "Engeland", "Scotland", "Écosse", "Wales"])
def test_the_countries_of_the_united_kingdom_are_regions_of_gb(name):
    geo = geocode(name)
    assert geo["country"] == "GB" and geo["precision"] == "region"
    assert geo["geonames_id"] != geocode("United Kingdom")["geonames_id"]


def test_a_small_town_is_found_only_within_the_articles_countries():
    assert geocode("Kinsale") is None  # 1,000-15,000 people: not without context
    town = geocode("Kinsale", None, ("GB", "IE"))
    assert town["country"] == "IE" and town["precision"] == "city"
    assert geocode("Kinsale", None, ("FR",)) is None  # not believed outside the article's countries
    assert geocode("Kinsale", "province", ("IE",)) is None  # the context asks for a province


def test_a_compass_word_before_a_place_gives_the_places_point():
    assert geocode("South Florida")["geonames_id"] == geocode("Florida")["geonames_id"]
    assert geocode("Northern Kabul")["geonames_id"] == geocode("Kabul")["geonames_id"]


# session 7, real pages: an armed group read as an other name of a German city, a force as a
# Polish town (invented names and calls only)
@pytest.mark.parametrize("name", ["Hamas", "HAMAS", "Google", "White House", "Police"])
def test_organisations_and_forces_are_no_towns(name):
    assert geocode(name) is None


def test_an_organisation_alias_that_is_a_union_keeps_its_point():
    assert geocode("EU")["precision"] == "continent"
