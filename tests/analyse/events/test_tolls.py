"""Casualty figures with no trigger word (analyse/events/tolls.py): invented sentences in the
forms of the figure gold's dev half (Dutch wire stories, an English protest report, a French
earthquake report)."""

from __future__ import annotations

import pytest

from dateline.analyse.events import find_events
from dateline.analyse.quantities import find_quantities


def tolls(text: str, lang: str) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for e in find_events(text, lang):
        for role in ("fatalities", "injured", "arrested"):
            for f in (e.attrs.get(role) or {}).get("figures", []):
                out.setdefault(role, []).append(f["value"])
    return out


@pytest.mark.parametrize("lang,text,role,value", [
    ("nl", "Bij de beschietingen in het noorden zijn vrijdag minstens 14 burgers omgekomen.", "fatalities", 14),
    ("nl", "Het leger beschoot de wijk. Daarbij kwamen vijf mensen om het leven.", "fatalities", 5),
    ("nl", "Het leger beschoot de wijk. Zeker 300 mensen raakten gewond.", "injured", 300),
    ("en", "Police fired on the march. Seven people have died since Tuesday.", "fatalities", 7),
])
def test_a_predicate_says_the_counted_people_died_or_were_hurt(lang, text, role, value):
    assert value in tolls(text, lang).get(role, [])


def test_a_casualty_count_far_from_the_attack_is_its_toll():
    text = ("Rebellen vielen zondag een legerpost aan bij de grens. De regering sprak van een laffe daad. "
            "Ze beloofde een onderzoek. Volgens het ziekenhuis staat de teller op 23 doden.")
    assert tolls(text, "nl") == {"fatalities": [23]}


def test_arrests_and_a_disaster_toll_with_no_trigger_are_their_own_events():
    arrests = find_events("Het weekend verliep onrustig, met vertraagde treinen en elf arrestaties.", "nl")
    assert [(e.label, e.attrs["arrested"]["best"]) for e in arrests if e.attrs.get("arrested")] == [("COERCE", 11)]
    quake = find_events("Un séisme a frappé la région dimanche. Le bilan a fait près de 2 300 morts.", "fr")
    assert [(e.label, e.attrs["fatalities"]["best"]) for e in quake if e.attrs.get("fatalities")] == [("DISASTER", 2299)]


def test_no_toll_without_an_event_or_a_disaster_to_bear_it():
    # a count of dead in a story with no attack or disaster stays a count: a gap, not a guess
    assert tolls("Het museum toont de namen van 49 doden uit het dorp.", "nl") == {}


def test_thousands_grouped_by_a_space_are_one_number():
    text = "Il y a eu 12 000 blessés et 1 200 000 habitants."
    assert [q.attrs["value"] for q in find_quantities(text, "fr")] == [12000, 1200000]


def test_a_number_in_commas_after_a_name_is_an_age():
    text = "Police arrested Tom Baker, 47, of Leeds, and 12 others on Sunday."
    units = {text[q.start:q.end]: q.attrs["unit"] for q in find_quantities(text, "en")}
    assert units == {"47": "age", "12": "count"}


def test_the_count_of_a_coordinated_verb_is_not_the_first_verbs_toll():
    # a real wire story: "killed some 1,200 people and kidnapped 240 others" gave 240 dead
    found = tolls("Gunmen stormed the village and killed some 300 people and kidnapped 40 others.", "en")
    assert found == {"fatalities": [300]}


def test_a_bare_count_the_parser_reads_as_a_time_is_still_the_injured():
    text = "Rebellen griffen einen Konvoi an. Mindestens zwölf Menschen kamen ums Leben, 30 wurden verletzt."
    assert tolls(text, "de") == {"fatalities": [12], "injured": [30]}


@pytest.mark.parametrize("lang,text", [
    ("en", "A 23-year-old man was killed in a shooting at 1200 Main Street on Sunday."),
    ("en", "Two people were wounded at 9 p.m. when a gunman opened fire near 45 Elm Avenue."),
    ("nl", "Twee broers van 29 en 26 jaar zijn opgepakt in Antwerpen."),
])
def test_no_toll_from_an_age_a_clock_time_or_a_house_number(lang, text):
    values = [v for vs in tolls(text, lang).values() for v in vs]
    assert not {23, 1200, 9, 45, 29, 26} & set(values)


def test_the_count_in_a_clause_after_the_arrest_is_not_the_arrested():
    # "after three people were shot": the three are the shooting's, not the arrest's
    assert "arrested" not in tolls("Police arrested a man after three people were shot near the station.", "en")


def test_the_agents_of_a_passive_killing_are_not_its_dead():
    found = tolls("Het meisje werd gedood door twee jongens van tien jaar.", "nl")
    assert 2 not in found.get("fatalities", [])


@pytest.mark.parametrize("text", [
    "The four students were stabbed to death in their house.",
    "Four students were fatally stabbed in the town.",
    "Rebels attacked the base. Four soldiers were fatally wounded.",
])
def test_stabbed_to_death_and_fatally_wounded_are_deaths_not_injuries(text):
    assert tolls(text, "en") == {"fatalities": [4]}


def test_a_mention_of_hostages_is_no_abduction_with_the_sentences_subject_as_actor():
    found = find_events("The minister said the release of the hostages gives hope for peace talks.", "en")
    assert not [e for e in found if e.label == "ASSAULT"]
    [taken] = [e for e in find_events("The two men were taken hostage in 2016.", "en") if e.label == "ASSAULT"]
    assert "men" in taken.attrs["target"]["text"] and taken.attrs["actor"] is None


def counted(text: str, lang: str) -> dict[str, list[int]]:
    """The best figure of each event per role: what a table summing tolls adds up."""
    out: dict[str, list[int]] = {}
    for e in find_events(text, lang):
        for role in ("fatalities", "injured", "arrested"):
            if (e.attrs.get(role) or {}).get("best") is not None:
                out.setdefault(role, []).append(e.attrs[role]["best"])
    return out


@pytest.mark.parametrize("lang,text,expected,restated", [
    ("en", "Three people have died during protests after clashes erupted between supporters and security "
           "forces. In addition to the three fatalities at a fuel plant on Tuesday, officials said another "
           "30 people had been injured in the skirmishes.", {"fatalities": [3], "injured": [30]}, 1),
    ("nl", "Bij de aanval op het dorp kwamen vijf mensen om het leven. De vijf doden waren allemaal burgers, "
           "meldt het leger.", {"fatalities": [5]}, 1),
    # two tolls of the same size, the second not definite: two tolls
    ("en", "Rebels killed three soldiers on Monday. On Tuesday rebels killed three civilians in another attack.",
     {"fatalities": [3, 3]}, 0),
])
def test_a_definite_count_repeating_a_told_figure_is_not_counted_twice(lang, text, expected, restated):
    assert counted(text, lang) == expected
    restating = [f for e in find_events(text, lang) for r in ("fatalities", "injured")
                 for f in (e.attrs.get(r) or {}).get("figures", []) if f.get("restates")]
    assert len(restating) == restated  # the figure stays, marked


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "An earthquake struck the province on Monday. The death toll remained at 113 on Tuesday.", {"fatalities": [113]}),
    ("nl", "Een aardbeving trof het gebied. Het dodental is gestegen tot 45.", {"fatalities": [45]}),
    ("de", "Ein Erdbeben erschütterte die Region. Die Zahl der Toten stieg auf 113.", {"fatalities": [113]}),
    ("nl", "Het aantal arrestaties steeg tot 12 na de rellen.", {"arrested": [12]}),
    ("en", "The number of visitors rose to 782 after the earthquake.", {}),
])
def test_a_bare_count_said_of_a_toll_counts_its_casualties(lang, text, expected):
    assert tolls(text, lang) == expected


def test_a_typhoons_toll_has_a_disaster_to_bear_it_and_an_explosion_stays_an_attack():
    text = ("De taifoen heeft tot dusver veel schade aangericht in het zuiden. "
            "Alleen al in de kustprovincie werden 23 doden gemeld, deelde de rampendienst mee.")
    assert tolls(text, "nl") == {"fatalities": [23]}
    bomb = [e.label for e in find_events("A journalist was killed in a car bomb explosion in Beirut.", "en")]
    assert "DISASTER" not in bomb


def test_a_count_of_places_or_of_animals_is_no_toll():
    assert tolls("At least 106 protesters in 21 cities have been killed, according to Amnesty.", "en") == {"fatalities": [106]}
    assert "fatalities" not in tolls("Wolves killed four sheep near the village last week.", "en")


def test_a_quake_that_kills_is_a_disaster_not_an_assault_by_the_magnitude():
    found = find_events("The magnitude 5.9 quake has killed at least 134 people in the north.", "en")
    assert [e.label for e in found if e.label in ("ASSAULT", "DISASTER")] == ["DISASTER"]
    assert all(e.attrs.get("actor") is None for e in found if e.label == "DISASTER")
    assert tolls("The magnitude 5.9 quake has killed at least 134 people in the north.", "en") == {"fatalities": [134]}


def test_a_back_that_was_injured_is_no_support():
    found = find_events("His father pulled the boy, whose back was slightly injured, out of the rubble.", "en")
    assert "SUPPORT" not in [e.label for e in found]


def test_two_killings_of_people_with_different_tolls_stay_two_events():
    # "people" says nothing about which event; a different toll says they are two
    text = ("An estimated 20,000 people have been killed in Gaza, according to the health ministry. "
            "The war came after Hamas killed 1,200 people and seized about 240 hostages.")
    assert sorted(counted(text, "en").get("fatalities", [])) == [1200, 20000]
