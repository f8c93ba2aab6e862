"""A given name opens a person's name (``xx/entities/given_names.txt``): forms read on real
English pages where the model split a name or read a surname as a town. Invented sentences."""

from __future__ import annotations

from dateline.analyse.entities import entity_spans
from dateline.lang import load_list


def labels(text: str, lang: str = "en") -> dict[str, str]:
    return {text[s.start:s.end]: s.label for s in entity_spans(text, lang)}


def test_a_given_name_and_surname_are_one_person_and_the_bare_surname_too():
    text = ("Officers found Weizman in a small room with his professor, Martin Rivera. "
            "Rivera said they locked the door.")
    got = labels(text)
    assert got.get("Martin Rivera") == "PER"
    assert got.get("Rivera") == "PER"  # not the Uruguayan region of that name
    assert "Martin" not in got


def test_not_an_organisation_or_a_title_case_headline():
    got = labels("She studied at Charles University before moving to Berlin.")
    assert got.get("Charles University") != "PER" and "Charles" not in got
    got = labels("Daniel Craig Returns To Bond Set In Style")
    assert not any(label == "PER" and len(name.split()) >= 4 for name, label in got.items())


def test_the_list_holds_given_names_and_no_places_or_function_words():
    names = set(load_list("xx", "given_names.txt"))
    assert {"Daniel", "Martin"} <= names
    assert not names & {"Georgia", "Paris", "Austin", "The", "Will"}
