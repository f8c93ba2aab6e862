"""Session 8, from a real page: a one-word place right before a person's name is that person's
first name ("Chad Morris" had put a St. Louis bar fight on the map of Africa). Invented."""

from dateline.analyse.entities import entity_spans


def _ents(text):
    return [(text[e.start:e.end], e.label) for e in entity_spans(text, "en")]


def test_place_word_before_a_surname_is_a_first_name():
    assert ("Chad Morris", "PER") in _ents("Chad Morris, co-owner of the bar, said police beat him.")


def test_the_place_alone_stays_a_place():
    assert ("Chad", "LOC") in _ents("Fighting continued in Chad on Monday, officials said.")
