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
