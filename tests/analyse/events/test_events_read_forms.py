"""Forms read on real English pages (session 4) that gave wrong events; invented articles of
the same shape, read end to end (entities, claims and events as the pipeline makes them)."""

from __future__ import annotations

import pytest

from dateline import Options
from dateline.executors.local import LocalExecutor
from dateline.types import RawPage


def events(text: str, lang: str = "en") -> list[dict]:
    raw = RawPage(source="t.txt", content=text.encode(), kind="text")
    rec = next(LocalExecutor(Options(language=lang, learn_templates=False)).run([raw]))
    return [e for e in rec["annotations"]["events"] if e["attrs"].get("part") != "title"]


def _text(part):
    return (part or {}).get("text")


def test_a_month_is_no_place():
    [ev] = [e for e in events("Accounts closed\n\nPolice have shut down 3,400 online accounts in April, "
                              "the ministry said.\n") if e["label"] == "COERCE"]
    assert ev["attrs"]["place"] is None and "April" in _text(ev["attrs"]["time"])


def test_a_demonym_and_its_noun_are_one_participant():
    evs = events("Soldier in court\n\nA former Colombian soldier attended a secret meeting in Haiti "
                 "before the raid.\n")
    [meeting] = [e for e in evs if e["text"] == "meeting"]
    # the subject of "attended" takes part in the meeting (a support verb), as one participant
    assert _text(meeting["attrs"]["actor"]).endswith("Colombian soldier")
    assert meeting["attrs"]["target"] is None
    assert _text(meeting["attrs"]["place"]) == "Haiti"


@pytest.mark.parametrize("text", [
    "The former soldier pleaded guilty on Friday in a federal court.",
    "The judge set a hearing for March.",
])
def test_no_event_in_court_procedure_words(text):
    assert events("Court\n\n" + text + "\n") == []


def test_a_disaster_toll_is_kept_on_a_disaster_event_and_a_later_attack_stays_an_assault():
    evs = events("Quake in the north\n\nA magnitude 5.9 earthquake killed at least 134 people on Friday in the "
                 "north of the country. Another 200 people were injured in the aftershock.\n\n"
                 "Rebels attacked a convoy near the border on Saturday, killing three soldiers.\n")
    by_trigger = {e["text"]: e for e in evs}
    quake = by_trigger["killed"]
    assert quake["label"] == "DISASTER" and quake["attrs"]["actor"] is None
    assert quake["attrs"]["fatalities"]["low"] == 134
    assert [f["value"] for f in quake["attrs"]["fatalities"]["figures"]] == [134]  # not the 5.9
    assert by_trigger["injured"]["label"] == "DISASTER" and by_trigger["injured"]["attrs"]["injured"]["low"] == 200
    assert by_trigger["attacked"]["label"] == "ASSAULT"
    assert by_trigger["killing"]["label"] == "ASSAULT" and by_trigger["killing"]["attrs"]["fatalities"]["low"] == 3


def test_a_demonym_of_a_thing_is_no_participant():
    [ev] = [e for e in events("Shooting\n\nThe shooting began shortly after the student arrived to sit an "
                              "Albanian language exam.\n") if e["text"] == "shooting"]
    assert ev["attrs"]["target"] is None and ev["attrs"]["actor"] is None


@pytest.mark.parametrize("lang,text,victims", [
    ("en", "Four soldiers killed in clashes with rebels near a gold mine", "soldiers"),
    ("nl", "Vier soldaten gedood bij rellen in de haven", "soldaten"),
])
def test_a_bare_participle_is_passive_its_noun_the_victim(lang, text, victims):
    """Headline passives (session 5: "3 pro-Morales demonstrators killed in clashes" gave the
    dead as the killers): the noun before a participle with no auxiliary is its target."""
    from dateline.analyse.events import find_events
    [ev] = [e for e in find_events(text, lang) if e.label == "ASSAULT" and e.attrs.get("fatalities")]
    assert _text(ev.attrs["target"]).endswith(victims) and ev.attrs["actor"] is None
    assert ev.attrs["fatalities"]["best"] == 4
