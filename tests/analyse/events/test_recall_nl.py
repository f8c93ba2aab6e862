"""Dutch event forms that the trigger list alone missed (analyse/events/lexicon.py and senses.py):
compounds ending in a trigger noun, separable verbs split by the parse, prison terms as detention,
and penalties only asked for. Invented sentences in the forms read on the train part of our
EventDNA split (no corpus text)."""

from __future__ import annotations

import pytest

from dateline.analyse.events import find_events
from dateline.analyse.events.lexicon import compound_trigger, lexicon
from dateline.analyse.quantities.parse import Token


def events(text: str) -> list[tuple[str, str]]:
    return [(e.label, text[e.start:e.end]) for e in find_events(text, "nl")]


def noun(word: str, lemma: str | None = None) -> Token:
    return Token(word, 0, len(word), word.lower(), (lemma or word).lower(), False, "NOUN")


@pytest.mark.parametrize("word,lemma,expected", [
    ("pensioenbetoging", None, "PROTEST"),
    ("gifgasaanvallen", "gifgasaanval", "ASSAULT"),
    ("mesaanvallen", None, "ASSAULT"),  # plural of a listed noun, without the lemma
    ("NAVO-top", None, "CONSULT"),
    ("EU-top", None, "CONSULT"),
    ("crisisvergadering", None, "CONSULT"),
    ("veiligheids\u00adonderzoek", None, "ACCUSE"),  # a soft hyphen
    ("boemeltrein\u00adstaking", None, "PROTEST"),
])
def test_compound_takes_the_type_of_its_last_part(word, lemma, expected):
    trig = compound_trigger(lexicon("nl"), noun(word, lemma))
    assert trig is not None and trig.type == expected and trig.compound


@pytest.mark.parametrize("word", [
    "energieprijzen",  # "prijzen" is listed as the verb (praise): a plural of no listed noun
    "zelfmoord",  # listed in event_not_compounds.txt
    "hartaanval",
    "transmigratie",  # "-gratie" ends no compound
    "Navo-Top",  # after a hyphen the last part must be written in lower case
    "stop",  # too short to hold a modifier and a head
    "laptop",
])
def test_no_compound_trigger(word):
    assert compound_trigger(lexicon("nl"), noun(word)) is None


def test_a_capitalised_compound_is_no_name():
    assert ("CONSULT", "NAVO-top") in events("De leiders ontmoeten elkaar op de NAVO-top in Brussel.")
    assert ("PROTEST", "pensioenbetoging") in events("De pensioenbetoging trok dinsdag tienduizenden mensen.")


def test_separable_verb_split_by_its_object():
    # the particle stands mid-clause, before a subordinate clause: the parse joins it to its verb
    assert ("COERCE", "pakt") in events("Politie pakt twaalf jongeren op omdat ze de orde verstoorden.")


def test_particle_that_makes_an_unlisted_verb_removes_the_bare_sense():
    assert events("De ministers schieten het Britse voorstel af.") == []


@pytest.mark.parametrize("text,expected", [
    ("De rechtbank veroordeelde de man tot vijf jaar cel.", [("SANCTION", "veroordeelde"), ("COERCE", "jaar cel")]),
    ("De vrouw kreeg twee jaar celstraf voor de fraude.", [("COERCE", "celstraf")]),
])
def test_prison_term_is_detention(text, expected):
    got = events(text)
    assert all(e in got for e in expected)


@pytest.mark.parametrize("text", [
    "Het openbaar ministerie heeft vijf jaar cel gevorderd tegen de man.",
    "De verdachte riskeert dertig jaar cel.",
])
def test_penalty_asked_for_or_risked_is_no_detention(text):
    assert not any(label == "COERCE" for label, _ in events(text))


@pytest.mark.parametrize("text,expected", [
    ("De Europese top in Brussel begon dinsdag.", ("CONSULT", "top")),
    ("Het leger begon een offensief in het noorden.", ("ASSAULT", "offensief")),
    ("Betogers bekogelden de agenten met stenen.", ("ASSAULT", "bekogelden")),
    ("De gevangenen werden jarenlang gefolterd.", ("ASSAULT", "gefolterd")),
    ("De rechter besliste over de opsluiting van het gezin.", ("COERCE", "opsluiting")),
    ("Twee strijders werden gevangengenomen in het oosten.", ("COERCE", "gevangengenomen")),
])
def test_words_from_the_plover_definitions(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text", [
    "De auto's vielen vijftig meter de diepte in.",  # "invallen" is no raid as a separable verb
    "De transmigratie naar Groot-Brittannië neemt toe.",
    "De energieprijzen stijgen opnieuw.",
    "Hij klom naar de top van de berg.",
])
def test_no_phantom_event(text):
    assert events(text) == []


def test_future_cue_of_a_trial_does_not_make_the_shooting_future():
    got = events("Hij zal berecht worden voor een schietpartij in Vorst.")
    assert ("ASSAULT", "schietpartij") in got


def test_future_offensive_stays_a_threat():
    assert ("THREATEN", "offensief") in events("Het leger zal morgen met een offensief beginnen.")
