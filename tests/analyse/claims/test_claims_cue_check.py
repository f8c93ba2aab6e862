"""A cue the tagger proposes is a claim only when people report with it; what drones did or a
person found is no claim (invented sentences, in the forms real pages showed)."""

from __future__ import annotations

import pytest

from dateline.analyse.claims.cue_check import plausible_cue
from dateline.analyse.claims.lexicon import lexicon
from dateline.analyse.claims.text import tokens_from_parse
from dateline.analyse.layer import parse

from test_claims_round2 import summary


def _cue(text, words):
    toks, _ = tokens_from_parse(parse(text, "en"))
    first = words.split()[0]
    i = next(t.i for t in toks if t.text == first)
    return toks, (i, i + len(words.split()))


@pytest.mark.parametrize("text,cue", [
    ("The senator backed the plan, noting the costs.", "noting"),
    ("The minister urged the unions to return.", "urged"),
    ("Union leaders have long asked where the money went.", "have long asked"),
])
def test_reporting_words_pass(text, cue):
    toks, span = _cue(text, cue)
    assert plausible_cue(toks, span, "en", lexicon("en").verbs)


@pytest.mark.parametrize("text,cue", [
    ("The drones have inflicted heavy damage on the harbour.", "have inflicted"),
    ("The makers are now delivering forty drones a month.", "are now delivering"),
    ("The officers, having inspected the room, left.", "having inspected"),
])
def test_words_nobody_reports_with_fail(text, cue):
    toks, span = _cue(text, cue)
    assert not plausible_cue(toks, span, "en", lexicon("en").verbs)


@pytest.mark.parametrize("text", [
    "The cheap drones have inflicted heavy damage on the harbour city, although most are shot down.",
    "Under a new contract, the makers are now delivering forty drones a month to the navy.",
    "The two candidates sidestepped tricky questions about their own budgets in the debate.",
])
def test_no_claim_from_what_someone_did(text):
    assert summary([text], "en") == []


@pytest.mark.parametrize("text", [
    "Cheap drones often find their targets, though, with jam-resistant antennas.",
    "The officers boarded the train and found a passenger bleeding on the floor.",
])
def test_finding_a_thing_is_no_claim(text):
    assert not [c for c in summary([text], "en") if c[1] in ("find", "found")]


def test_a_video_still_shows_what_it_shows():
    got = summary(["A video shows the rescue of the girl from the hotel room."], "en")
    assert [(s, c) for s, c, _, _ in got] == [("A video", "shows")]


def test_the_latest_is_a_label_not_a_speaker():
    got = summary(["The Latest: Man stabbed on a commuter train near the harbour"], "en")
    assert not [c for c in got if c[0] == "The Latest"]


def test_a_capitalised_adverb_before_a_colon_is_no_speaker():
    # German capitalises a sentence's first word: "Allerdings:" had spoken a whole paragraph
    got = summary(["Allerdings: In diesem Streifen liegen bedeutende Städte wie Kobane und Qamishli."], "de")
    assert not [c for c in got if c[3] == "colon"]
    assert summary(["Scholz: „Wir werden die Steuern nicht erhöhen.“"], "de")[0][0] == "Scholz"


@pytest.mark.parametrize("lang,text,speaker", [
    ("nl", "Er zijn 555 doden gevallen. Dat zegt de woordvoerder van het agentschap, Sutopo Nugroho, vrijdag.",
     "de woordvoerder van het agentschap, Sutopo Nugroho"),
    ("en", "The toll rose to 555, said the agency's spokesman, Sutopo Nugroho, on Friday.",
     "the agency's spokesman, Sutopo Nugroho"),
])
def test_the_day_after_a_speaker_is_not_the_speaker(lang, text, speaker):
    assert [c[0] for c in summary([text], lang)] == [speaker]


def test_a_report_inside_a_report_keeps_its_own_speaker():
    got = summary(["The minister said the rebels claimed that they had taken the town."], "en")
    assert ("the rebels", "claimed") in [(c[0], c[1]) for c in got]
    got = summary(["De minister zei dat de rebellen beweren dat ze de stad hebben ingenomen."], "nl")
    assert ("de rebellen", "beweren") in [(c[0], c[1]) for c in got]


def test_a_cue_inside_a_report_does_not_say_the_report_s_source():
    # "annoncée" had made a claim whose content was "Selon le ministre"
    got = summary(["Selon le ministre, la fermeture des frontières sera annoncée mardi."], "fr")
    assert [(c[0], c[1]) for c in got] == [("le ministre", "Selon")]


# Session 7: a wish, a plan or a deed the tagger tags as a cue is no claim unless a stated
# clause follows it (invented sentences, in the forms real pages showed).
@pytest.mark.parametrize("text", [
    "The city council is planning to buy the old depot from the railway company next spring.",
    "The ministry intended the new levy to serve as compensation for the fishing fleet.",
    "The bakery boasts a turnover of around four million euros, compared to its rival's ten.",
    "I wanted to buy a second copy of the novel, but it was out of print.",
    "The club has also quietly encouraged members to share their training results online.",
])
def test_no_claim_from_a_wish_or_a_deed(text):
    assert summary([text], "en") == []


def test_a_stated_clause_after_a_rarer_verb_stays():
    got = summary(["The coach hinted that the team would sign a new goalkeeper before the summer."], "en")
    assert got and "goalkeeper" in got[0][2]


def test_a_comment_header_is_no_claim():
    got = summary(["Maria on March 3, 2021 at 9:15 am said:", "Thanks for the clear review of the new tram line."], "en")
    assert not [c for c in got if "March" in c[2]]


@pytest.mark.parametrize("lang,text", [
    ("de", "Auf dem roten Teppich zeigte sich, dass die Stars gut gelaunt waren."),
    ("fr", "Rien ne montre que la loi sera votée."),
])
def test_no_speaker_from_a_dative_phrase_or_nobody(lang, text):
    assert not [c for c in summary([text], lang) if c[0] in ("dem roten Teppich", "Rien")]


def test_a_topic_before_a_headline_colon_is_no_speaker():
    from dateline import Options
    from dateline.executors.local import LocalExecutor
    from dateline.types import RawPage
    page = ("Glyphosate: radiographie d'une intoxication collective\n\n"
            "Le glyphosate est utilisé depuis quarante ans en France, selon les agriculteurs.\n")
    rec = next(LocalExecutor(Options(language="fr", learn_templates=False)).run(
        [RawPage(source="t.txt", content=page.encode(), kind="text")]))
    speakers = [(c["attrs"]["speaker"] or {}).get("text") for c in rec["annotations"]["claims"]]
    assert "Glyphosate" not in speakers and "les agriculteurs" in speakers


def test_the_agency_is_no_news_outlet():
    from test_claims_round2 import claims_of
    _, claims = claims_of(["« Il n’est pas cancérogène », écrit l’agence."], "fr")
    assert [c.attrs.get("outlet") for c in claims] == [None]


def test_a_french_forceful_verb_after_a_quote_speaks():
    got = summary(["« Les études du biologiste sont à mettre à la poubelle », assène Antony Fastier, "
                   "qui a participé à l’expertise."], "fr")
    assert [(c[0], c[1]) for c in got] == [("Antony Fastier", "assène")]


def test_dutch_pointer_with_a_name_the_parse_lost():
    got = summary(["Turkije heeft een nieuwe democratische test doorstaan en stelt daarmee een voorbeeld. "
                   "Dat heeft Recep Tayyip Erdogan gezegd nadat de kiescommissie bekendmaakte dat het "
                   "staatshoofd de verkiezingen had gewonnen."], "nl")
    assert ("Recep Tayyip Erdogan", "gezegd") in [(c[0], c[1]) for c in got]


def test_an_object_verb_after_a_subject_and_its_apposition():
    got = summary(["De oppositie, de partij CHP, noemt de uitslag manipulatie."], "nl")
    assert [(c[0], c[1], c[2]) for c in got] == [("De oppositie, de partij CHP", "noemt", "de uitslag manipulatie")]


def test_first_person_words_told_by_aldus_are_the_named_person_s_claim():
    # a real Flemish article: "Ik hoop dat er nooit nog een wapen …, aldus Scott-Dani die …" gave no claim
    got = summary(["Ik hoop dat het snel voorbij is, aldus Jan Peeters."], "nl")
    assert got == [("Jan Peeters", "aldus", "Ik hoop dat het snel voorbij is", "according")]
