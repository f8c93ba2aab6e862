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
