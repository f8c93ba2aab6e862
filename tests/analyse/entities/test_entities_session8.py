"""Names read on real English pages (session 8): a department and a research firm taken for
places, a person with a place word in her name, a title before a name; invented sentences."""

from __future__ import annotations

from dateline.analyse.entities.step import entity_and_place_spans


def _ents(text, lang="en"):
    ents, _ = entity_and_place_spans(text, lang)
    return {text[e.start:e.end]: (e.label, e.attrs.get("kind")) for e in ents}


def test_a_department_with_its_name_is_one_organisation():
    got = _ents("The Commerce Department said exports fell in May.")
    assert got.get("Commerce Department") == ("ORG", "organisation")
    assert "Commerce" not in got


def test_a_title_word_before_department_makes_no_person():
    got = _ents("The Justice Department opened a case against the firm.")
    assert ("PER", "person") not in got.values()


def test_a_name_an_apposition_calls_a_pollster_is_a_person():
    got = _ents("\"It is close,\" said Marla Lake, a Democratic pollster.")
    assert got.get("Marla Lake") == ("PER", "person")


def test_a_name_an_apposition_calls_an_adviser_is_a_person_and_research_is_a_firm():
    got = _ents("\"Nobody knows,\" said Toby Varga, a former economic adviser who is now at Hollin Research.")
    assert got.get("Toby Varga") == ("PER", "person")
    assert got.get("Hollin Research") == ("ORG", "organisation")


def test_chair_is_a_title():
    got = _ents("The bank is under pressure. Chair Maria Quell declined to comment.")
    assert got.get("Maria Quell") == ("PER", "person")
    assert "Chair" not in got
