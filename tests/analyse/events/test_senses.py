"""Trigger words in a sense that is no event (analyse/events/senses.py): invented sentences in
the forms read on real pages (a culture interview, a tax story, a Dutch referendum)."""

from __future__ import annotations

import pytest

from dateline.analyse.events import find_events


def events(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.label, text[e.start:e.end]) for e in find_events(text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The singer flew to London to shoot a commercial for a soft drink."),
    ("en", "Next month she will release her debut album."),
    ("en", "The streets of the capital felt free and happy."),
    ("en", "Fans came back to the club every night."),
    ("nl", "Het verboden referendum ging toch door."),
])
def test_no_event(lang, text):
    assert events(text, lang) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Soldiers shot three protesters near the border.", ("ASSAULT", "shot")),
    ("en", "Police released the detained journalist on Friday.", ("RETREAT", "released")),
    ("nl", "De regering verbood de betoging.", ("COERCE", "verbood")),
])
def test_the_event_sense_stays(lang, text, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un troisième Français a été tué dans le séisme au Népal, emporté par une avalanche."),
    ("en", "Twelve people were killed in a landslide near Lahore."),
    ("nl", "Bij de aardbeving kwamen twintig mensen om het leven."),
    ("de", "Bei dem Erdbeben wurden zwölf Menschen getötet."),
])
def test_deaths_in_a_disaster_are_no_assault(lang, text):
    assert [label for label, _ in events(text, lang) if label == "ASSAULT"] == []


def test_an_attack_with_an_attacker_after_a_disaster_stays():
    assert ("ASSAULT", "killed") in events("Rebels killed twelve soldiers after the earthquake.", "en")


def test_a_weekday_is_never_an_actor():
    text = "Zondag protesteerden honderden mensen aan het station tegen het asielbeleid."
    found = find_events(text, "nl")
    assert found and all((e.attrs["actor"] or {}).get("text") != "Zondag" for e in found)


def test_an_idiom_with_an_oblique_is_no_event():
    assert events("Motorrijder voorkomt gewonden bij op hol geslagen aanhangwagen", "nl") == []


def test_actor_and_target_are_never_the_same_phrase():
    for e in find_events("Greet De Keyser terug naar plek van aanslag", "nl"):
        actor, target = e.attrs["actor"], e.attrs["target"]
        assert not (actor and target and actor["start"] < target["end"] and target["start"] < actor["end"])


@pytest.mark.parametrize("lang,text,gone", [
    ("nl", "Rusland eist excuses van Londen in de zaak van de vergiftigde dubbelspion.", "excuses"),
    ("en", "The rebels demanded the release of 91 prisoners.", "release"),
])
def test_what_is_demanded_has_not_happened(lang, text, gone):
    found = events(text, lang)
    assert "REQUEST" in {label for label, _trigger in found}
    assert all(trigger != gone for _label, trigger in found)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un séisme a frappé le Népal samedi. L'avion s'est posé avec 206 passagers, dont 12 enfants et 26 blessés."),
    ("nl", "Een zware aardbeving trof zaterdag het noorden van het land. Het ziekenhuis telde later 300 gewonden."),
    ("fr", "L'avion devait ramener des Français éprouvés par la catastrophe et les plus vulnérables "
           "(blessés, familles avec enfants), selon le ministère."),
])
def test_a_casualty_noun_after_a_disaster_is_no_assault(lang, text):
    assert [e for e in events(text, lang) if e[0] == "ASSAULT"] == []


def test_a_casualty_noun_after_an_attack_stays():
    assert ("ASSAULT", "vielen") in events("Rebellen vielen het dorp aan. Er vielen 40 gewonden.", "nl")


# event_needs.tsv: a trigger word that is an event only with the right arguments (session 5,
# from a tennis report, a market report, a trade story and a utility's power cut read by hand).
@pytest.mark.parametrize("text,word", [
    ("Portugal beat Norway 3-1 in the opening match on Friday.", "beat"),
    ("Ramirez rallied from a set down to win the final.", "rallied"),
    ("The storm should ease by Saturday morning.", "ease"),
    ("The new rule, allowing the firm to raise its prices, was extended.", "allowing"),
    ("Her reluctance to roll back the tariffs worried farmers.", "back"),
    ("The Dax index declined 0.4% in early trading.", "declined"),
    ("Traders waited for the latest data releases from the central bank.", "releases"),
    ("The two officers said they will fight the charges in court.", "fight"),
    ("The hosts took a 2-0 lead before half-time.", "hosts"),
])
def test_no_event_without_the_arguments_it_needs(text, word):
    assert not [e for e in events(text, "en") if e[1] == word]


@pytest.mark.parametrize("text,expected", [
    ("Guards beat the prisoners with sticks on Tuesday.", ("ASSAULT", "beat")),
    ("The farmer was beaten to death by a mob.", ("ASSAULT", "beaten to death")),
    ("Thousands of supporters rallied outside the court.", ("PROTEST", "rallied")),
    ("The government will ease the curbs on travel to the north.", ("CONCEDE", "ease")),
    ("The rebels released twelve hostages on Monday.", ("RETREAT", "released")),
    ("The minister declined to comment on the report.", ("REJECT", "declined")),
    ("Heavy fighting broke out in the eastern districts.", ("ASSAULT", "fighting")),
    ("The army will allow access to the city for aid workers.", ("CONCEDE", "allow")),
])
def test_the_event_with_its_arguments_stays(text, expected):
    assert expected in events(text, "en")


@pytest.mark.parametrize("text,word", [
    ("A judge signed an arrest warrant for the former mayor.", "arrest"),
    ("Experts on jail suicide said the rules were clear.", "jail"),
])
def test_a_trigger_noun_qualifying_another_noun_is_no_event(text, word):
    assert not [e for e in events(text, "en") if e[1] == word]


@pytest.mark.parametrize("text,word", [
    ("Trust is the key building block of the new software.", "block"),
    ("The app blocked more than 9,000 accounts in a month.", "blocked"),
    ("The singer demonstrated her vocal control on the show.", "demonstrated"),
    ("In this shot we see what is left of the old pier.", "shot"),
    ("The search for the missing particle goes on.", "search"),
    ("The new cooling fan does not restrict airflow.", "restrict"),
    ("The railing prevents visitors from falling.", "prevents"),
    ("The phone maker killed off the headphone jack.", "killed"),
    ("The club struck a deal with a new sponsor.", "struck"),
])
def test_soft_news_senses_are_no_events(text, word):
    assert not [e for e in events(text, "en") if e[1] == word]


@pytest.mark.parametrize("text,expected", [
    ("Farmers blocked the main road to the port on Monday.", ("PROTEST", "blocked")),
    ("Thousands demonstrated in the capital on Sunday.", ("PROTEST", "demonstrated")),
    ("Police searched the house of the suspect.", ("COERCE", "searched")),
    ("The union called a strike at the port.", ("PROTEST", "strike")),
    ("Soldiers shot three protesters near the border.", ("ASSAULT", "shot")),
])
def test_their_event_senses_stay(text, expected):
    assert expected in events(text, "en")


@pytest.mark.parametrize("text,word", [
    ("Prosecutors asked for the stabbing suspect's trial to take place in summer.", "stabbing"),
    ("The murder suspect was arrested on Friday.", "murder"),
])
def test_a_trigger_qualifying_a_suspect_or_a_trial_is_no_event(text, word):
    assert all(text[e.start:e.end] != word for e in find_events(text, "en"))


def test_former_is_no_rejection():
    """*gewezen* (former) before a noun, whatever the tagger calls it, is no *afwijzen*."""
    from dateline.analyse.events import find_events

    evs = find_events("De strafrechter in Brugge heeft vrijdag de gewezen wielrenner Jan P. veroordeeld.", "nl")
    assert all(e.label != "REJECT" for e in evs)


@pytest.mark.parametrize("text, trigger", [
    ("Trump valt zijn bondgenoten aan op Twitter.", "valt"),
    ("De minister kreeg kritiek na zijn openlijke aanval op de Spaanse regering.", "aanval"),
])
def test_an_attack_of_words_is_an_accusation(text, trigger):
    from dateline.analyse.events import find_events

    evs = find_events(text, "nl")
    assert [e.label for e in evs if text[e.start:e.end] == trigger] == ["ACCUSE"]
    assert all(e.label != "ASSAULT" for e in evs)


def test_an_attack_on_a_barracks_stays_an_assault():
    from dateline.analyse.events import find_events

    [ev] = find_events("Rebellen hebben gisteren een legerkazerne aangevallen.", "nl")
    assert ev.label == "ASSAULT"


@pytest.mark.parametrize("text, kept", [
    ("Jan P. werd al verdacht van twee moorden in Gent.", "ACCUSE"),
    ("De strafrechter heeft een 43-jarige man vrijgesproken van een steekpartij in een carwash.", "CONCEDE"),
])
def test_a_crime_only_alleged_or_acquitted_of_is_no_assault(text, kept):
    from dateline.analyse.events import find_events

    labels = [e.label for e in find_events(text, "nl")]
    assert kept in labels and "ASSAULT" not in labels


def test_the_suspect_of_a_shooting_keeps_the_shooting():
    from dateline.analyse.events import find_events

    assert "ASSAULT" in [e.label for e in find_events(
        "De verdachte van de dodelijke schietpartij in Texas is een oud-soldaat.", "nl")]


def test_a_ban_called_for_in_a_purpose_clause_has_not_happened():
    from dateline.analyse.events import find_events

    labels = [e.label for e in find_events("De vereniging roept op om de verkoop aan particulieren te verbieden.", "nl")]
    assert labels == ["REQUEST"]


@pytest.mark.parametrize("text", [
    "The surgeon treats walking wounded in a school near the front.",
    "The wounded were taken to hospital in the city.",
])
def test_the_wounded_named_as_people_are_no_assault(text):
    assert "ASSAULT" not in [e.label for e in find_events(text, "en")]


def test_wounded_soldiers_still_tell_an_assault():
    assert "ASSAULT" in [e.label for e in find_events("The wounded soldiers were taken to hospital.", "en")]
