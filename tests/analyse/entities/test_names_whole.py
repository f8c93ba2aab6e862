"""A country's name that opens with its demonym stays one place (read on a real English page:
*Czech Republic* became the adjective *Czech* and a town called Republic in the United States)."""

from dateline.analyse.entities import entity_spans


def test_czech_republic_is_one_place_and_a_demonym_before_a_town_stays_apart():
    text = "The shooting was the worst in the Czech Republic's modern history."
    got = {text[s.start:s.end]: s for s in entity_spans(text, "en")}
    assert "Republic" not in got and got["Czech Republic"].label == "LOC"
    assert got["Czech Republic"].attrs["geo"]["country"] == "CZ"
    text = "De Canadese Gander werd zwaar getroffen door de storm."
    labels = {text[s.start:s.end]: s.label for s in entity_spans(text, "nl")}
    assert labels.get("Canadese") == "MISC" and labels.get("Gander") == "LOC"


def test_a_hyphenated_country_name_is_one_place_not_its_last_part():
    # "Papouasie-Nouvelle-Guinée" is split at its hyphens; its last part alone is Guinea, in Africa
    text = "Un tremblement de terre de magnitude 6,8 a touché la Papouasie-Nouvelle-Guinée mercredi."
    [place] = [s for s in entity_spans(text, "fr") if s.label == "LOC"]
    assert text[place.start:place.end] == "Papouasie-Nouvelle-Guinée" and place.attrs["geo"]["country"] == "PG"


def test_a_newspaper_named_after_its_city_is_a_medium_not_a_place():
    # session 7: "The San Francisco Chronicle says" had become a place, and an arrest took place there
    text = "The Hayward Chronicle says police are looking into the stabbing. The Chronicle says he ran."
    got = {text[s.start:s.end]: s for s in entity_spans(text, "en")}
    [paper] = [s for k, s in got.items() if k.endswith("Hayward Chronicle")]
    assert paper.attrs.get("kind") == "media"
    assert got["Chronicle"].attrs.get("kind") == "media"
    text = "Het Limburgs Dagblad meldt dat de verdachte is opgepakt."
    got = {text[s.start:s.end]: s for s in entity_spans(text, "nl")}
    assert not [s for s in got.values() if s.label == "LOC"]


def test_a_name_after_island_is_a_place():
    text = "Bij de aardbevingen die het Indonesische eiland Lombok trof, vielen 555 doden."
    got = {text[s.start:s.end]: s.label for s in entity_spans(text, "nl")}
    assert got.get("Lombok") == "LOC"


def test_a_name_after_a_kinship_noun_is_a_person():
    # session 7: "William's younger sister Pearl" had become Pearl, Mississippi
    text = "Laura said her younger daughter Pearl, aged six, is struggling."
    got = {text[s.start:s.end]: s.label for s in entity_spans(text, "en")}
    assert got.get("Pearl") == "PER"


def test_a_county_of_the_article_s_country_beats_a_town_abroad():
    # session 7: "Sandgate near Folkestone, Kent" had put Kent in Washington state, and
    # "Canterbury" in New Zealand, in a story set in England
    text = ("The boy was hit near Folkestone, Kent, on Friday. The coroner for Canterbury opened "
            "an inquest in Maidstone. A man was arrested in Dover, Kent.")
    got = {text[s.start:s.end]: s for s in entity_spans(text, "en") if s.label == "LOC"}
    assert got["Kent"].attrs["geo"]["country"] == "GB"
    assert got["Canterbury"].attrs["geo"]["country"] == "GB"


def test_a_word_before_police_is_no_person():
    text = "A man was in custody, the Metropolitan police said."
    got = {text[s.start:s.end]: s.label for s in entity_spans(text, "en")}
    assert got.get("Metropolitan") != "PER"


def test_a_german_role_noun_after_an_article_is_not_part_of_the_name():
    text = "Die Pädagogin María Teresa Blandón sagte, die Regierung lüge."
    names = [text[s.start:s.end] for s in entity_spans(text, "de") if s.label == "PER"]
    assert names and not any("Pädagogin" in n for n in names)


def test_listed_companies_are_no_towns_or_persons():
    text = "Bayer a racheté Monsanto en 2018 pour 63 milliards de dollars."
    got = {text[s.start:s.end]: s.label for s in entity_spans(text, "fr")}
    assert got == {"Bayer": "ORG", "Monsanto": "ORG"}
