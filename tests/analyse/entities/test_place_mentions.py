"""The ``places`` layer: every mention of a place name, as geoparsing gold sets count toponyms
(places, demonyms, and place names inside other entities' names), each with its geocode."""

from __future__ import annotations

from dateline.analyse.entities.step import entity_and_place_spans


def mentions(text):
    _, places = entity_and_place_spans(text, "en")
    return {text[p.start:p.end]: p.attrs for p in places}


def test_a_demonym_before_a_group_is_its_country():
    got = mentions("The Russian government expelled two diplomats on Monday, officials in Moscow said.")
    assert got["Russian"]["role"] == "demonym" and got["Russian"]["geo"]["country"] == "RU"
    assert got["Moscow"]["role"] == "name" and got["Moscow"]["geo"]["precision"] == "city"


def test_a_country_inside_an_organisations_name_is_an_embedded_place():
    text = "Passengers on the Air France flight from Paris were delayed for hours."
    ents, places = entity_and_place_spans(text, "en")
    france = next(p for p in places if text[p.start:p.end] == "France")
    assert france.attrs["role"] == "embedded" and france.attrs["geo"]["precision"] == "country"
    host = next(e for e in ents if e.id == france.attrs["within"])
    assert text[host.start:host.end] == "Air France" and host.label == "ORG"


def test_a_continent_adjective_is_the_continent():
    got = mentions("European leaders met in Brussels to discuss the budget.")
    assert got["European"]["geo"]["precision"] == "continent" and got["European"]["geo"]["name"] == "Europe"


def test_no_place_from_a_hyphenated_name_or_a_common_word_in_an_organisation():
    got = mentions("A spokeswoman for the Dyfed-Powys Police said the road was closed near Cardiff. "
                   "Officers of the Centre Police in Dublin arrested two men.")
    assert "Powys" not in got and "Centre" not in got
    assert {"Cardiff", "Dublin"} <= set(got)


def test_a_person_is_no_place_holder():
    got = mentions("Jackson Browne sang in Denver on Friday.")
    assert "Jackson" not in got and "Denver" in got


def test_plural_and_two_word_demonyms_are_their_countries():
    got = mentions("Hundreds of Venezuelans crossed the border, and Sri Lankans and Omani traders "
                   "watched as the South Korean minister arrived.")
    assert got["Venezuelans"]["geo"]["country"] == "VE" and got["Venezuelans"]["role"] == "demonym"
    assert got["Sri Lankans"]["geo"]["country"] == "LK"
    assert got["Omani"]["geo"]["country"] == "OM"
    assert got["South Korean"]["geo"]["country"] == "KR"


def test_the_eu_is_a_place_with_europes_point_and_stays_an_organisation():
    text = "Farmers protested against EU rules, and the European Union promised to listen."
    ents, places = entity_and_place_spans(text, "en")
    got = {text[p.start:p.end]: p.attrs for p in places}
    assert got["EU"]["geo"]["name"] == "Europe" and got["European Union"]["geo"]["precision"] == "continent"
    assert all(e.label != "LOC" for e in ents if text[e.start:e.end] in ("EU", "European Union"))
