"""More argument forms read from the parse (issue 11, session 6): meetings, copulas, headline
word order, purpose clauses, passives the parser splits, and nouns that are another verb's
argument. Invented sentences, read end to end as in ``test_event_args``."""

from __future__ import annotations

import pytest

from dateline import Options
from dateline.executors.local import LocalExecutor
from dateline.types import RawPage

FILLER = " Dat meldde de krant vanmorgen op haar website na een lange nacht."


def event(text: str, trigger: str) -> dict:
    raw = RawPage(source="t.txt", content=f"Bericht\n\n{text}{FILLER}\n".encode(), kind="text")
    rec = next(LocalExecutor(Options(language="nl", learn_templates=False)).run([raw]))
    [ev] = [e for e in rec["annotations"]["events"] if e["text"] == trigger]
    return ev["attrs"]


def _text(part):
    return (part or {}).get("text")


def test_a_meeting_with_one_party_named_has_it_as_actor():
    attrs = event("Een bilateraal overleg met de Duitse minister Karl Mertens staat morgen gepland.", "overleg")
    assert "Karl Mertens" in _text(attrs["actor"]) and attrs["target"] is None


def test_the_subject_of_a_copula_did_not_do_the_act_of_its_noun():
    attrs = event("Reden is zijn veroordeling door het hof in Parijs.", "veroordeling")
    assert "hof" in _text(attrs["actor"])


@pytest.mark.parametrize("text, trigger, actor, target", [
    # a headline participle whose noun the tagger reads as an adjective
    ("Verdachte aangehouden na steekpartij in Gent", "aangehouden", None, "Verdachte"),
    # a headline whose parse puts the subject after the verb: the noun before it acts
    ("Politie arresteert Tunesiër die wapens maakte", "arresteert", "Politie", "Tunesiër"),
])
def test_headline_forms(text, trigger, actor, target):
    attrs = event(text, trigger)
    assert (actor in _text(attrs["actor"])) if actor else attrs["actor"] is None
    assert target in _text(attrs["target"])


def test_a_purpose_clause_is_done_by_the_subject_it_serves():
    attrs = event("Duizenden boeren zijn zaterdag in Brussel op straat gekomen om te protesteren tegen de regering.",
                  "protesteren")
    assert _text(attrs["actor"]) == "Duizenden boeren" and "regering" in _text(attrs["target"])


def test_who_stays_locked_up_undergoes_it():
    attrs = event("De Gentse activist Jan Peeters zit opgesloten in een kamp in Syrië.", "opgesloten")
    assert "Jan Peeters" in _text(attrs["target"]) and attrs["actor"] is None


def test_a_passive_auxiliary_far_before_its_participle():
    attrs = event("In totaal werden vier verdachten (drie dealers en één koper) gearresteerd.", "gearresteerd")
    assert attrs["actor"] is None and "verdachten" in _text(attrs["target"])


def test_the_subject_of_the_verb_an_act_noun_hangs_on_is_not_its_actor():
    attrs = event("De politie onderzoekt de moord op journalist Jan Peeters.", "moord")
    assert attrs["actor"] is None  # the police did not murder
    assert _text(attrs["target"]) == "journalist Jan Peeters"  # the role noun and the name are one


def test_a_separable_support_verb_gives_its_subject():
    attrs = event("De familie van het slachtoffer diende gisteren een klacht in bij het Comité P.", "klacht")
    assert "familie" in _text(attrs["actor"])


def test_a_counted_noun_is_not_the_target_when_it_is_the_actor():
    attrs = event("Radicale rebellen die oorlog voeren in Afghanistan, doodden tien mensen.", "doodden")
    actor, target = attrs["actor"], attrs["target"]
    assert not (actor and target and actor["start"] < target["end"] and target["start"] < actor["end"])


def test_an_object_overrules_the_passive_cue_of_the_words():
    from dateline.analyse.events.lexicon import lexicon
    from dateline.analyse.events.parse import passive
    from dateline.analyse.layer import parse

    doc = parse("Honderden boeren zijn zondag massaal de straten ingetrokken.", "nl")
    [verb] = [t for t in doc if t.text == "ingetrokken"]
    assert any(c.dep_ == "obj" for c in verb.children)  # the form this rule is about
    assert not passive(verb, True, lexicon("nl").cues)


def test_a_participle_the_parser_hangs_on_its_auxiliary():
    from dateline.analyse.events import find_events

    [ev] = find_events("Rebellen hebben gisteren een legerkazerne aangevallen.", "nl")
    assert _text(ev.attrs["actor"]) == "Rebellen" and "legerkazerne" in _text(ev.attrs["target"])


def test_a_subject_on_the_auxiliary_acts_and_the_one_on_the_verb_undergoes():
    attrs = event("De Gentse correctionele rechtbank heeft woensdag een 21-jarige en een 18-jarige Fransman "
                  "veroordeeld tot een boete.", "veroordeeld")
    assert "rechtbank" in _text(attrs["actor"]) and "Fransman" in _text(attrs["target"])


def test_a_participle_after_its_noun_takes_the_noun_not_an_object():
    attrs = event("De strafrechter in Brugge heeft vrijdag de gewezen wielrenner Jan P. (56) uit Geel veroordeeld "
                  "tot zes maanden celstraf.", "veroordeeld")
    assert "wielrenner Jan P." in _text(attrs["target"])  # not "celstraf", the parse's object


def test_the_undergoer_of_a_bare_participle_is_the_nearest_participant_before_it():
    from dateline.analyse.events import find_events

    evs = find_events("Het leger meldt vier soldaten gedood bij een aanval.", "nl")
    [killed] = [e for e in evs if e.label == "ASSAULT" and e.start == 30]  # "gedood"
    assert _text(killed.attrs["target"]) == "soldaten" and killed.attrs["actor"] is None


def test_a_passive_auxiliary_after_the_participle_of_a_relative_clause():
    from dateline.analyse.events import find_events

    text = "De 30-jarige man die dinsdagavond neergestoken werd in Gent, is aangehouden."
    [stabbed] = [e for e in find_events(text, "nl") if text[e.start:e.end] == "neergestoken"]
    assert stabbed.attrs["actor"] is None and "man" in _text(stabbed.attrs["target"])


def test_a_relative_clause_on_an_apposition_tells_of_the_name():
    attrs = event("Jan Peeters, de Gentse terrorist die drie mensen doodschoot, zit nog altijd vast.", "doodschoot")
    assert _text(attrs["actor"]).startswith("Jan Peeters")


def test_a_pronoun_actor_outside_a_claim_is_kept_as_written():
    # (the filler sentence after it, "Dat meldde de krant ...", names a source after the
    # report: the pronoun is not the paper)
    attrs = event("Hij had gisteren een man zwaar toegetakeld in een café in Gent.", "toegetakeld")
    assert _text(attrs["actor"]) == "Hij"


def test_a_pronoun_in_a_claim_after_its_claimant_is_the_claimant():
    attrs = event("De rebellen claimen dat ze veertig soldaten hebben gedood.", "gedood")
    assert _text(attrs["actor"]) == "De rebellen"


def test_a_participle_the_parser_makes_the_object_of_its_auxiliary_keeps_the_object():
    from dateline.analyse.events import find_events

    [ev] = find_events("Hij had een man zwaar toegetakeld.", "nl")
    assert _text(ev.attrs["actor"]) == "Hij" and "man" in _text(ev.attrs["target"])


@pytest.mark.parametrize("text, trigger, target", [
    ("Hij staat terecht voor verschillende corruptieaffaires in Gent.", "terecht", "Hij"),
    ("Bijna alle verdachten gaan vrijuit door het geknoei van de speurders.", "gaan vrijuit", "verdachten"),
    ("Een Nederlander wordt verdacht van fraude met subsidies.", "verdacht", "Nederlander"),
])
def test_the_subject_of_a_trial_an_acquittal_or_a_suspicion_undergoes_it(text, trigger, target):
    attrs = event(text, trigger)
    assert attrs["actor"] is None and target in _text(attrs["target"])


def test_a_crowd_named_by_its_protest_noun_is_the_actor_of_its_protest():
    from dateline.analyse.events import find_events

    text = "Woensdagavond trokken opnieuw duizenden betogers door de straten van Gent om te protesteren tegen de arrestaties."
    [protest] = [e for e in find_events(text, "nl") if text[e.start:e.end] == "protesteren"]
    assert "betogers" in _text(protest.attrs["actor"])


def test_a_headline_verb_read_as_a_plural_noun_keeps_its_subject():
    from dateline.analyse.events import find_events

    [ev] = find_events("Boeren protesteren tegen nieuwe regels", "nl")
    assert _text(ev.attrs["actor"]) == "Boeren" and "regels" in _text(ev.attrs["target"])


def test_the_agent_after_door_and_an_article_is_the_actor():
    from dateline.analyse.events import find_events

    text = "Betogers tijdens een protest werden door het leger beschoten."
    [shot] = [e for e in find_events(text, "nl") if e.label == "ASSAULT"]
    assert "leger" in _text(shot.attrs["actor"]) and _text(shot.attrs["target"]) == "Betogers"


def test_a_span_of_time_is_no_participant():
    attrs = event("Enkele dagen voor de verkiezingen heeft de politie drie activisten opgepakt.", "opgepakt")
    assert "dagen" not in (_text(attrs["actor"]) or "") and "activisten" in _text(attrs["target"])


def test_an_impersonal_pronoun_names_no_participant():
    from dateline.analyse.events.step import _parse_ref
    from dateline.analyse.events.lexicon import lexicon
    from dateline.analyse.layer import parse

    text = "Het had iedereen verrast."
    doc = parse(text, "nl")
    ref = _parse_ref(text, doc[0], [], [], lexicon("nl").cues)
    assert ref is not None and ref["kind"] == "pronoun" and not ref["personal"]
    ref = _parse_ref("Hij lachte.", parse("Hij lachte.", "nl")[0], [], [], lexicon("nl").cues)
    assert ref["personal"]


def test_the_subject_on_the_auxiliary_comes_before_an_op_phrase():
    attrs = event("Jan Peeters, de topman van een Gentse webwinkel, is vrijdag in Parijs gearresteerd op "
                  "verdenking van fraude.", "gearresteerd")
    assert _text(attrs["target"]).startswith("Jan Peeters")


@pytest.mark.parametrize("text, trigger, target", [
    ("Doodstraf voor Belgische IS-strijder in Irak", "Doodstraf", "Belgische IS-strijder"),
    ("De minister vroeg zijn Iraakse collega om de doodstraf voor de Belgische IS-strijder Jan Claes om te "
     "zetten.", "doodstraf", "Belgische IS-strijder Jan Claes"),
])
def test_a_demonym_its_noun_and_the_name_after_it_are_one_participant(text, trigger, target):
    assert _text(event(text, trigger)["target"]) == target  # not the demonym "Belgische" alone


def test_the_passive_of_a_fixed_phrase_is_the_acts_passive():
    attrs = event("Zijn voormalige adviseur Jan Claes is door aanklager Piet Mertens in staat van beschuldiging "
                  "gesteld.", "beschuldiging")
    assert "Piet Mertens" in _text(attrs["actor"]) and "Jan Claes" in _text(attrs["target"])


@pytest.mark.parametrize("lang,text,victims", [
    ("en", "Two soldiers were wounded in the attack.", "soldiers"),
    ("nl", "Twee soldaten raakten gewond bij de aanval.", "soldaten"),
])
def test_those_hurt_in_an_attack_are_not_its_attackers(lang, text, victims):
    from dateline.analyse.events import find_events

    [attack] = [e for e in find_events(text, lang) if text[e.start:e.end] in ("attack", "aanval")]
    assert attack.attrs["actor"] is None and victims in attack.attrs["target"]["text"]


def test_a_pronoun_after_a_nearer_name_is_not_the_claimant():
    import dateline
    from dateline.pipeline import Options

    text = ("Headline about the war\n\nThe government says it has the right to defend itself after the "
            "rampage by the Northern Front, in which it killed 1,200 people. Officials said talks would "
            "continue next week in the capital.")
    rec = dateline.read(text, kind="text", options=Options(language="en", learn_templates=False))
    [killed] = [e for e in rec["annotations"]["events"] if e["text"] == "killed"]
    assert (killed["attrs"]["actor"] or {}).get("text") != "The government"
