"""Event arguments read from the parse: who acts (actor) and who undergoes the act (target), on
invented sentences of the forms news writes them in (issue 11). Each text is read end to end
(entities, claims and events as the pipeline makes them); a filler sentence makes it an article."""

from __future__ import annotations

import pytest

from dateline import Options
from dateline.executors.local import LocalExecutor
from dateline.types import RawPage

FILLER = {"nl": " Dat meldde de krant vanmorgen op haar website na een lange nacht.",
          "en": " The paper reported this on its website this morning after a long night."}


def event(text: str, trigger: str, lang: str = "nl") -> dict:
    raw = RawPage(source="t.txt", content=f"Bericht\n\n{text}{FILLER[lang]}\n".encode(), kind="text")
    rec = next(LocalExecutor(Options(language=lang, learn_templates=False)).run([raw]))
    [ev] = [e for e in rec["annotations"]["events"] if e["text"] == trigger]
    return ev["attrs"]


def _text(part):
    return (part or {}).get("text")


@pytest.mark.parametrize("lang, text, trigger, actor, target", [
    # the subject hangs on the auxiliary in the parse
    ("nl", "De Gentse politie heeft dinsdag drie jongemannen opgepakt.", "opgepakt", "politie", "jongemannen"),
    # a country as subject is the actor, not the event's place
    ("nl", "Noorwegen heeft twee Russische spionnen opgepakt.", "opgepakt", "Noorwegen", "spionnen"),
    # a headline participle without auxiliary is a passive: its subject undergoes the act
    ("nl", "Jongeman doodgeschoten door politie in Gent.", "doodgeschoten", "politie", "Jongeman"),
    # act nouns: "van" is the doer of an attack but the one arrested of an arrest
    ("nl", "De aanval van de rebellen op het konvooi kostte vier soldaten het leven.", "aanval",
     "rebellen", "konvooi"),
    ("nl", "De arrestatie van de Catalaanse leider Carles Peeters kwam onverwacht.", "arrestatie",
     None, "Carles Peeters"),
    ("en", "The arrest of the opposition leader Tom Harris came as a surprise.", "arrest", None, "Tom Harris"),
    # "naar" / "into" name what an inquiry is about; a support verb's subject opens it
    ("nl", "Het parket heeft een onderzoek geopend naar de fraude bij de voetbalbond.", "onderzoek",
     "parket", None),
    ("en", "Prosecutors opened an investigation into the bank.", "investigation", "Prosecutors", "bank"),
    # the "met" party of a meeting is its other side
    ("nl", "De burgemeester had gisteren een ontmoeting met de Duitse minister Karl Mertens.", "ontmoeting",
     "burgemeester", "Karl Mertens"),
    # the subject of "krijgen" undergoes the penalty; "van veertien dagen" is no participant
    ("nl", "Jan Peeters kreeg een gevangenisstraf van veertien dagen.", "gevangenisstraf", None, "Jan Peeters"),
    # a penalty noun after "tot" takes the arguments of the verb it completes
    ("nl", "Piet Verhulst werd tot tien jaar cel veroordeeld.", "jaar cel", None, "Piet Verhulst"),
])
def test_actor_and_target(lang, text, trigger, actor, target):
    attrs = event(text, trigger, lang)
    assert (actor in _text(attrs["actor"])) if actor else attrs["actor"] is None
    assert (target in _text(attrs["target"])) if target else attrs["target"] is None


def test_both_sides_of_a_meeting_between_two_are_its_actors():
    attrs = event("Morgen vindt de ontmoeting tussen minister Janssens en premier Vermeulen plaats.", "ontmoeting")
    assert "Janssens" in _text(attrs["actor"]) and "Vermeulen" in _text(attrs["actor"])
    attrs = event("The meeting between the two ministers took place in Geneva.", "meeting", "en")
    assert "ministers" in _text(attrs["actor"])


@pytest.mark.parametrize("lang, text, trigger, actor", [
    ("nl", "Duizenden betogers trokken zaterdag door de straten van Gent.", "betogers", "betogers"),
    ("en", "Thousands of protesters marched through the capital on Saturday.", "marched", "protesters"),
])
def test_protesters_are_the_actors_of_their_protest(lang, text, trigger, actor):
    assert actor in _text(event(text, trigger, lang)["actor"])


def test_a_participant_includes_the_name_after_its_noun():
    attrs = event("De politie arresteerde de journalist Piet Verhulst in zijn woning.", "arresteerde")
    assert _text(attrs["target"]) == "de journalist Piet Verhulst"
    assert _text(attrs["actor"]) in ("politie", "De politie")


@pytest.mark.parametrize("lang, text, trigger, actor", [
    ("nl", "Een vrouw die haar buurman neerstak, werd opgepakt.", "neerstak", "Een vrouw"),
    ("en", "The man who shot three people was arrested.", "shot", "The man"),
])
def test_a_relative_pronoun_stands_for_its_noun(lang, text, trigger, actor):
    assert _text(event(text, trigger, lang)["actor"]) == actor  # not the speaker of a claim


def test_a_day_is_no_subject_and_a_crowd_counted_in_words_is():
    attrs = event("Zondag protesteerden honderden mensen aan het station tegen het beleid.", "protesteerden")
    assert _text(attrs["actor"]) == "honderden mensen"


def test_a_role_noun_and_the_name_after_it_are_one_target():
    attrs = event("Het proces tegen oud-president Zuma is gestart.", "proces")
    assert _text(attrs["target"]) == "oud-president Zuma"


def test_word_order_serves_when_the_parse_names_no_usable_participant(monkeypatch):
    """The parse points at words that are no participant (a verb, an adjective): the clause's
    word order is read instead of leaving the event without actor and target."""
    from dateline.analyse.events import find_events, step
    from dateline.analyse.events.parse import head_of

    def verb_only(parsed, start, end=None, passive_cue=False, cues=None, mutual=False):
        t = head_of(parsed, start, end)
        return t, None  # the trigger verb itself: no noun phrase

    monkeypatch.setattr(step, "arguments", verb_only)
    [ev] = find_events("De rebellen hebben gisteren de kazerne aangevallen.", "nl", detector="lexicon")
    assert ev.attrs["actor"]["text"] in ("rebellen", "De rebellen")
