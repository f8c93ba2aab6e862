"""Session 8: a city at home of half a big city's size beats a big namesake abroad (from a
real French page: Saint-Denis by Paris had been placed on Réunion)."""

from dateline.analyse.places.gazetteer import resolve


def test_home_city_of_half_big_size_beats_a_big_namesake_abroad():
    assert resolve("Saint-Denis", None, ("FR",)).country == "FR"
    assert resolve("Saint-Denis", None, ("RE",)).country == "RE"


def test_big_city_abroad_still_beats_a_small_home_town():
    assert resolve("Paris", None, ("US",)).country == "FR"
