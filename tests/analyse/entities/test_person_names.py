"""A given name opens a person's name (``xx/entities/given_names.txt``): forms read on real
English pages where the model split a name or read a surname as a town. Invented sentences."""

from __future__ import annotations

from dateline.analyse.entities import entity_spans
from dateline.lang import load_table


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
    rows = load_table("xx", "given_names.txt")
    names = {r[0] for r in rows}
    sex = {r[0]: r[1] for r in rows if len(r) > 1}
    assert sex.get("Martin") == "m" and sex.get("Mary") == "f" and not sex.get("Kim")
    assert {"Daniel", "Martin"} <= names
    assert not names & {"Georgia", "Paris", "Austin", "The", "Will"}


def test_the_family_name_leading_a_long_name_is_the_person():
    # "Kim" alone is also a town in the gazetteer; here it is Kim Jong Un's family name
    text = ("Nordkoreas Machthaber Kim Jong Un ist wieder aufgetaucht. Kim soll an der Eröffnung "
            "einer Fabrik teilgenommen haben.")
    got = labels(text, "de")
    assert got.get("Kim Jong Un") == "PER" and got.get("Kim") == "PER"


def test_blank_tokens_never_end_a_name():
    from dateline.analyse.entities.ner import Hit, Toks
    from dateline.analyse.entities.ner import _without_blank_ends
    from dateline.analyse.layer import parse

    doc = parse("Gespräche über Kim Jong Un\n\nNordkorea schweigt.", "de")
    toks = Toks(doc)
    blank = next(i for i, t in enumerate(doc) if not t.text.strip())
    assert _without_blank_ends(Hit(blank, blank + 1, "PER", "", "model"), toks) is None
    trimmed = _without_blank_ends(Hit(blank - 3, blank + 1, "PER", "", "model"), toks)
    assert (trimmed.start, trimmed.end) == (blank - 3, blank)
    assert [s.label for s in entity_spans("Nordkorea schweigt über Kim Jong Un\n\nDie Regierung schweigt.", "de")
            if not (s.attrs.get("norm") or "x").strip()] == []


def test_a_name_an_apposition_calls_a_person_is_a_person():
    from dateline.analyse.entities.step import entity_and_place_spans

    text = ("The shooting began after Jakob Weizman, a journalist at the university, arrived for an exam. "
            "Another witness, Ivo Havranek, 43, dismissed the bangs. Talks in Paris, France, went on.")
    ents, _ = entity_and_place_spans(text, "en")
    got = {text[e.start:e.end]: e.label for e in ents}
    assert got.get("Jakob Weizman") == "PER" and got.get("Ivo Havranek") == "PER"
    assert "Ivo" not in got and got.get("Paris") == "LOC"
