"""Phantom events and wrong places read on real English pages (issue 11, session 7): contests
on sport pages, a blow taken for a labour strike, a request for comment, a warrant executed, a
battery charged, the trigger's own word as its target, and a country that acts taken for where
the event happened. Invented sentences only."""

from __future__ import annotations

import pytest

from dateline import Options
from dateline.analyse.events import find_events
from dateline.executors.local import LocalExecutor
from dateline.types import RawPage

BOXING = (
    "The heavyweight rankings changed again this season. Kowalski won his last bout by knockout "
    "in the fifth round, landing 40 punches to the body. His next fight is against the champion "
    "in March, a clash the league has wanted for years. The WBC title fight sold out the stadium. "
    "His coach says the opponent has a good jab but few knockouts. The tournament final is a "
    "battle of two unbeaten fighters, and the referee will be Dutch. ")


def events(text: str, lang: str = "en") -> list[tuple[str, str]]:
    return [(e.label, text[e.start:e.end]) for e in find_events(text, lang)]


def test_contests_on_a_sport_page_are_no_violence():
    assert [e for e in events(BOXING) if e[0] == "ASSAULT"] == []


def test_harm_on_a_sport_page_is_still_an_event():
    text = BOXING + "Two fans were killed in a shooting outside the stadium after the bout."
    assert ("ASSAULT", "shooting") in events(text)


def test_a_fight_on_a_page_that_is_not_about_sport_stays():
    assert ("ASSAULT", "fight") in events("A fight broke out between two men on the train near the station.")


@pytest.mark.parametrize("text,gone", [
    ("The cyclist was struck by a delivery van on the ring road.", "struck"),
    ("The city council did not respond to a request for comment on Tuesday.", "request"),
    ("Detectives went to the farm to execute a search warrant on Monday.", "execute"),
    ("The reviewer found that charging the battery took two hours.", "charging"),
])
def test_no_event_in_these_senses(text, gone):
    assert not [e for e in events(text) if e[1] == gone]


def test_workers_who_struck_still_strike():
    assert ("PROTEST", "struck") in events("Dock workers struck for three days over pay at the port.")


FILLER = " The report was published by the local newspaper on its website after a long night of calls."


def record(text: str) -> dict:
    raw = RawPage(source="t.txt", content=f"Report\n\n{text}{FILLER}\n".encode(), kind="text")
    return next(LocalExecutor(Options(language="en", learn_templates=False)).run([raw]))


def _event(rec: dict, trigger: str) -> dict:
    [ev] = [e for e in rec["annotations"]["events"] if e["text"] == trigger]
    return ev["attrs"]


def test_the_words_of_the_trigger_are_not_its_target():
    rec = record("Officers opened fire when the suspect ran towards them outside a bar in Leeds, a spokesman said.")
    attrs = _event(rec, "opened fire")
    assert (attrs["target"] or {}).get("text") != "fire"


def test_a_country_that_acts_is_not_where_the_event_happened():
    rec = record("Norway's foreign minister accused the rebels of breaking the truce during talks on Monday.")
    assert _event(rec, "accused")["place"] is None


def test_a_country_owning_the_target_is_still_the_place():
    rec = record("The army asked Gaza's civilians to leave their homes before the raid on Monday.")
    assert (_event(rec, "asked")["place"] or {}).get("text") == "Gaza"


# German (real pages of session 7): every noun is capitalised, so "in Millionenhöhe" or "im
# Gang" had become event places; campaigns and help with a form had become assaults and aid.
def test_a_german_noun_after_in_is_no_place():
    text = "Die Partei erhielt Spenden in Millionenhöhe und bat um Hilfe bei der Polizei."
    [ev] = [e for e in find_events(text, "de") if text[e.start:e.end] == "Hilfe"]
    assert ev.attrs["place"] is None


def test_a_german_town_after_in_is_still_the_place():
    text = "Bei einem Angriff in Kleinmachnow wurden zwei Männer verletzt."
    [ev] = [e for e in find_events(text, "de") if text[e.start:e.end] == "Angriff"]
    assert ev.attrs["place"]["text"] == "Kleinmachnow"


@pytest.mark.parametrize("text", [
    "Die Wahlkämpfe in Bayern waren lang und teuer.",
    "Der Verein bot eine Ausfüllhilfe für die Anträge an.",
    "Die Partei bekam Wahlkampfhilfe von einem Verein aus Zürich.",
])
def test_german_compounds_that_are_no_event(text):
    assert events(text, "de") == []


def test_a_bout_between_boxers_is_no_meeting():
    text = BOXING + "Kowalski meets the Ukrainian champion in the main event next month."
    assert not [e for e in events(text) if e[0] == "CONSULT"]


def _args(text: str, trigger: str) -> tuple:
    [ev] = [e for e in find_events(text, "en") if text[e.start:e.end] == trigger]
    return (ev.attrs["actor"] or {}).get("text"), (ev.attrs["target"] or {}).get("text")


@pytest.mark.parametrize("text,trigger,target", [
    ("Two reporters arrested in the capital after the march", "arrested", "reporters"),
    ("Cyclist stabbed to death on night bus in the suburbs", "stabbed to death", "Cyclist"),
])
def test_a_headline_participle_has_its_subject_as_undergoer(text, trigger, target):
    actor, got = _args(text, trigger)
    assert actor is None and target in (got or "")


def test_an_active_verb_with_its_object_keeps_its_subject_as_actor():
    assert _args("Police arrested two men outside the stadium.", "arrested") == ("Police", "men")


@pytest.mark.parametrize("text,trigger", [
    ("Days later, facing criticism from his own party, the senator apologised.", "criticism"),
    ("The riot prompted an emergency council meeting Thursday evening in the town hall.", "meeting"),
])
def test_a_time_is_no_participant(text, trigger):
    actor, target = _args(text, trigger)
    assert "Days" not in (target or "") and "Thursday" not in (actor or "") and "Days" not in (actor or "")


def test_a_country_after_by_is_the_agent_not_the_place():
    rec = record("Dozens of fishermen were detained by Iceland near the coast of the islands last week.")
    attrs = _event(rec, "detained")
    assert (attrs["place"] or {}).get("text") != "Iceland"


def test_the_speaker_after_the_event_is_not_its_target():
    rec = record("Canada blames the rebels for the attack in the north of Mali, a minister said.")
    assert "minister" not in ((_event(rec, "attack")["target"] or {}).get("text") or "")


PHONE = ("The new phone has a brighter display and a faster processor. The battery lasts two days, "
         "and the USB-C charger is in the box. Wifi and bluetooth are quicker, the apps open fast, "
         "and the smartphone's screen is sharp. ")
PORTRAITS = ("She works with an old camera and a manual lens. The aperture and shutter matter less to "
             "her now; her portraits use a tripod and long exposure. The photographer likes selfies too. ")


@pytest.mark.parametrize("text,gone", [
    (PHONE + "It took two hours to charge the phone fully.", "charge"),
    (PHONE + "I shot most pictures with the main camera.", "shot"),
    (PORTRAITS + "On Sundays she is shooting self-portraits in the forest.", "shooting"),
])
def test_a_domain_act_on_its_page_is_no_event(text, gone):
    assert not [e for e in events(text) if e[1] == gone]


def test_a_court_on_a_gadget_page_keeps_the_charge():
    text = PHONE + "Prosecutors charged the company's former boss with fraud in March."
    assert ("ACCUSE", "charged") in events(text)


def test_a_shot_on_goal_in_a_french_match_report_is_no_strike():
    text = ("Le match reprend après la mi-temps. Le gardien repousse le ballon en corner. L'attaquant "
            "lyonnais obtient un penalty, l'arbitre hésite, puis le défenseur dégage. Le championnat "
            "reprend la saison prochaine au stade. Une frappe du milieu est cadrée mais sans danger.")
    assert not [e for e in events(text, "fr") if e[1] == "frappe"]
