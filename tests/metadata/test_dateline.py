"""Datelines at paragraph starts, and agency credits anywhere in a text."""

import pytest

from dateline.metadata.dateline import find_agency_credit, parse_dateline


@pytest.mark.parametrize("para,place,agency,rest", [
    ("Den Haag (ANP) - Het kabinet wil meer geld.", "Den Haag", "ANP", "Het kabinet"),
    ("DEN HAAG - Het kabinet wil meer geld.", "Den Haag", None, "Het kabinet"),
    ("'S-HERTOGENBOSCH (ANP). De rechtbank heeft", "'s-Hertogenbosch", "ANP", "De rechtbank"),
    ("BRUSSEL (Belga) - De Belgische regering", "Brussel", "Belga", "De Belgische"),
    ("PARIS, 3 March (AFP) - France said", "Paris", "AFP", "France said"),
    ("(AP) — The senator said", None, "AP", "The senator"),
    ("WASHINGTON (Reuters) - The Senate voted", "Washington", "Reuters", "The Senate"),
    ("New York (REUTERS) - Stocks fell", "New York", "Reuters", "Stocks"),
    ("FRANKFURT AM MAIN (dpa) - Die Bank", "Frankfurt am Main", "dpa", "Die Bank"),
    ("BERLIN (dpa) – Die Regierung", "Berlin", "dpa", "Die Regierung"),
    ("Amsterdam - De gemeente Amsterdam wil meer groen.", "Amsterdam", None, "De gemeente"),
    ("WASHINGTON—The Senate voted on Tuesday.", "Washington", None, "The Senate"),
    ("ALPHEN AAN DEN RIJN (ANP) - Een man", "Alphen aan den Rijn", "ANP", "Een man"),
    ("PARIJS (AFP/ANP) - De Franse", "Parijs", "AFP/ANP", "De Franse"),
])
def test_datelines(para, place, agency, rest):
    m = parse_dateline(para)
    assert m is not None
    assert (m.place, m.agency) == (place, agency)
    assert m.start == 0 and para[m.end:].startswith(rest)


@pytest.mark.parametrize("para", [
    "Volgens de politie (die ter plaatse was) - er vielen geen gewonden.",
    "Het kabinet - dat al maanden verdeeld is - valt.",
    "Rutte (VVD) zei dinsdag dat hij blijft.",
    "UPDATE - De wedstrijd is afgelast.",
    "Noord-Holland heeft de meeste regen gehad.",
    "Conclusie: het werkt niet.",
    "Jansen - een oud-wethouder - zegt dat hij blijft.",
    "Die Polizei (Berlin) teilte mit, dass",
    "The president (who spoke) - briefly - said",
    "Den Haag",
    "",
])
def test_not_datelines(para):
    assert parse_dateline(para) is None


@pytest.mark.parametrize("text,agency", [
    ("Het kabinet wil meer geld voor defensie. (ANP)", "ANP"),
    ("Het kabinet wil meer geld.\nBron: ANP", "ANP"),
    ("The Senate voted on Tuesday. © Reuters 2021", "Reuters"),
    ("Die Regierung plant neue Gesetze. Quelle: dpa", "dpa"),
    ("Le gouvernement a annoncé. Source : AFP", "AFP"),
    ("Copyright 2020 The Associated Press. All rights reserved.", "AP"),
    ("(ANP/Reuters)", "ANP/Reuters"),
])
def test_agency_credit(text, agency):
    assert find_agency_credit(text) == agency


@pytest.mark.parametrize("text", [
    "Foto: ANP",
    "Photo: Reuters / Jane Doe",
    "Het kabinet wil meer geld voor defensie.",
    "The map app we use (ap) is fine.",
])
def test_no_agency_credit(text):
    assert find_agency_credit(text) is None


@pytest.mark.parametrize("para,place", [
    ("NEW DELHI: The government said on Monday that it would", "New Delhi"),
    ("KEREM SHALOM, Israel — There is no shortage of trucks at the crossing, officials said.", "Kerem Shalom"),
])
def test_more_datelines(para, place):
    m = parse_dateline(para)
    assert m is not None and m.place == place and m.agency is None


@pytest.mark.parametrize("para", [
    "NEXT STORY: First award signals start of a chip push",
    "BOXING DAY: BEST EARLY HOME DEALS",
    "SOURCE: FACTSET, DATATREK RESEARCH",
    "WCQ - UEFA",
    "HYPNOSISMIC -Division Rap Battle- Rhyme Anima",
])
def test_headings_are_not_datelines(para):
    assert parse_dateline(para) is None


@pytest.mark.parametrize("para", [
    "MORE: College football realignment for next year, explained in full",
    "FILE - Members of the tribe walk down to a popular campground in the canyon",
    "The Brain Care Score (BCS)—a new tool to measure brain health—refers to",
    "North Miami - NMB",
])
def test_captions_and_labels_are_not_datelines(para):
    assert parse_dateline(para) is None


@pytest.mark.parametrize("para", [
    "Portland, Maine–based Running Tide is combining land and sea projects",
    "LOS ANGELES, CALIFORNIA - JUNE 03: Actor John Roe attends the premiere of the film",
    "Imperial - F / mph / miles / inches",
    "RM - 'RM' (2015) & 'Mono' (2018)",
])
def test_compound_words_and_captions_are_not_datelines(para):
    assert parse_dateline(para) is None
