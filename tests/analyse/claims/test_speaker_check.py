"""A claim's speaker is a noun phrase or nothing (analyse/claims/speaker_check.py).

Sentences invented in the forms read on real pages: an idiom's subject, a fragment before an
infinitive, a weekday the parser made a subject, a hyphenated adjective as a cue, a surname
the parser hung elsewhere."""

from __future__ import annotations

import pytest

from dateline.analyse.claims import find_claims
from dateline.types import Article


def speakers(text: str, lang: str) -> list[tuple[str | None, str]]:
    article = Article(page_id="t", source="t", language=lang, paragraphs=[text])
    out = []
    for c in find_claims(article, lang):
        sp = c.attrs["speaker"]
        out.append((sp["text"] if sp else None, c.attrs["cue"]["text"]))
    return out


@pytest.mark.parametrize("lang,text,cue", [
    ("en", "It goes without saying that the new tax is unpopular with farmers.", "saying"),
])
def test_a_phrase_that_is_no_noun_phrase_is_no_speaker(lang, text, cue):
    found = dict((c, s) for s, c in speakers(text, lang))
    assert cue in found and found[cue] is None


def test_a_weekday_is_never_the_speaker_of_an_inverted_report():
    text = ("Un troisième Français a été tué dans le séisme au Népal, a déclaré jeudi le ministre "
            "des Affaires étrangères.")
    assert speakers(text, "fr") == [("le ministre des Affaires étrangères", "déclaré")]


def test_a_surname_the_parse_hangs_elsewhere_stays_with_the_name():
    text = ("Het referendum had een andere afloop kunnen hebben. Dat vertelde de Canadese "
            "klokkenluider Christopher Wylie gisteren in het Britse parlement.")
    assert ("de Canadese klokkenluider Christopher Wylie", "vertelde") in speakers(text, "nl")


def test_a_hyphenated_participle_is_no_cue():
    text = "The magazine ran AI-written reviews of products nobody had tested."
    assert all(cue != "written" for _s, cue in speakers(text, "en"))


def test_the_subject_of_an_absolute_with_clause_speaks():
    text = "Two months later, with J.P. Morgan predicting mass job losses, investors fled."
    assert ("J.P. Morgan", "predicting") in speakers(text, "en")


def test_a_participle_speaks_for_the_noun_it_modifies():
    text = "Articles appeared within a week of a memo announcing that the company would test the tool."
    assert ("a memo", "announcing") in speakers(text, "en")


def test_a_plain_subject_is_kept():
    text = "Len Burman, head of the Tax Policy Center, said the plan would not raise enough money."
    assert speakers(text, "en") == [("Len Burman, head of the Tax Policy Center", "said")]


def test_a_french_inverted_pronoun_is_kept():
    assert speakers("« Nous allons la reconstruire », dit-elle.", "fr") == [("elle", "dit")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Photographer: Stephen Tayo. Creative Director: Ade Samuel."),
    ("fr", "Lire : Que sont les IMSI-catchers, ces valises qui espionnent les téléphones"),
])
def test_label_lines_are_no_claims(lang, text):
    assert speakers(text, lang) == []


def test_a_colon_quote_of_a_named_speaker_stays():
    text = "Minister Jansen: We will not give in to these demands."
    assert speakers(text, "en") == [("Minister Jansen", ":")]


def test_verb_second_inversion_gives_the_speaker_and_disputes_the_accusation():
    # the form of a real Flemish lead: an accusation, then "Zelf ontkent de man alle aantijgingen"
    text = ("De lokale autoriteiten beschuldigen hem ervan dat hij de wandelaars in gevaar heeft "
            "gebracht. Zelf ontkent de man alle aantijgingen.")
    article = Article(page_id="t", source="t", language="nl", paragraphs=[text])
    claims = find_claims(article, "nl")
    denial = [c for c in claims if c.attrs["cue"]["text"] == "ontkent"]
    assert len(denial) == 1
    assert denial[0].attrs["speaker"]["text"] == "de man"
    assert text[denial[0].start:denial[0].end] == "alle aantijgingen"
    accusation = next(c for c in claims if c.attrs["cue"]["text"] == "beschuldigen")
    assert denial[0].attrs["links"] == [{"type": "disputes", "target": accusation.id, "cue": "ontkent"}]


def test_the_object_before_a_verb_final_cue_is_no_speaker():
    text = ("Volgens de krant liep een topatleet tegen de lamp, zonder daarbij de identiteit van "
            "de sporter te onthullen.")
    assert all(s != "de identiteit van de sporter" for s, _cue in speakers(text, "nl"))


@pytest.mark.parametrize("lang,text", [
    ("nl", "Koppel veroordeeld voor uitbuiting van illegalen"),
    ("en", "The man was sentenced to five years in prison for fraud."),
])
def test_a_sentencing_is_no_claim(lang, text):
    assert speakers(text, lang) == []


def test_a_condemnation_stays_a_claim():
    text = "De regering veroordeelt de aanslag op het konvooi."
    assert [cue for _s, cue in speakers(text, "nl")] == ["veroordeelt"]
