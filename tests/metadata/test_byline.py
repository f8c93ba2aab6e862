"""Bylines per language, and blocks that only look like them."""

import pytest

from dateline.metadata.byline import parse_byline


@pytest.mark.parametrize("text,lang,authors", [
    ("Door Jan de Vries", "nl", ["Jan de Vries"]),
    ("Door Jan de Vries en Fatima el Amrani", "nl", ["Jan de Vries", "Fatima el Amrani"]),
    ("Door onze correspondent Jan ten Brink", "nl", ["Jan ten Brink"]),
    ("Door Jan de Vries | 3 maart 2019, 09:12", "nl", ["Jan de Vries"]),
    ("Tekst: Piet Jansen", "nl", ["Piet Jansen"]),
    ("By Jane Doe and John Roe", "en", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, Reuters", "en", ["Jane Doe"]),
    ("By Jane Doe, political correspondent", "en", ["Jane Doe"]),
    ("By Jane Doe with John Roe in Paris.", "en", None),
    ("By Jane Doe with John Roe", "en", ["Jane Doe", "John Roe"]),
    ("Written by James Presbitero Jr.", "en", ["James Presbitero Jr."]),
    ("BY JANE DOE", "en", ["Jane Doe"]),
    ("Von Anna Schmidt und Max Müller", "de", ["Anna Schmidt", "Max Müller"]),
    ("Von Ursula von der Brügge", "de", ["Ursula von der Brügge"]),
    ("Par Marie Dupont et Jean Martin", "fr", ["Marie Dupont", "Jean Martin"]),
    ("Par Marie Dupont", None, ["Marie Dupont"]),
])
def test_bylines(text, lang, authors):
    assert parse_byline(text, lang) == authors


@pytest.mark.parametrize("text,lang", [
    ("Door de politie werd gezegd dat het rustig bleef.", "nl"),
    ("Door Redactie", "nl"),
    ("By the way, this is not a byline.", "en"),
    ("By Tuesday the vote had passed.", "en"),
    ("Von Montag an gilt die neue Regel.", "de"),
    ("Par ailleurs, le gouvernement a annoncé", "fr"),
    ("Jan de Vries", "nl"),
])
def test_not_bylines(text, lang):
    assert parse_byline(text, lang) is None
