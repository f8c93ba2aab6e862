"""Arguments of act nouns and of protests read from the parse (issue 11, session 7): the *van*
doer of a noun the tagger calls a verb, a counted group, a *door* agent hung on the noun's
patient, a possessive owner, a *tegen* target hung on the doer, a crowd the parser took for an
object, a headline subject parsed as one phrase with its verb, and *verdacht van* naming the
crime. Invented sentences, read end to end as in ``test_event_args``."""

from __future__ import annotations

import pytest

from dateline import Options
from dateline.executors.local import LocalExecutor
from dateline.types import RawPage

from test_event_args_more import FILLER, _text, event


def test_the_van_doer_of_an_act_noun_tagged_as_a_verb():
    attrs = event("In het bergdorp Valmora vielen na luchtaanvallen van het leger veel gewonden.",
                  "luchtaanvallen")
    assert "leger" in _text(attrs["actor"])


def test_a_counted_group_is_a_doer_and_its_tegen_phrase_the_target():
    attrs = event("Na de aanvallen van twee buurlanden tegen haar grondgebied heeft de premier van Ostria gesproken.",
                  "aanvallen")
    assert "buurlanden" in _text(attrs["actor"]) and "grondgebied" in _text(attrs["target"])


def test_a_counted_measure_stays_no_doer():
    attrs = event("De rechter legde Piet Verhaegen een boete van 500 euro op.", "boete")
    assert "euro" not in (_text(attrs["actor"]) or "")


def test_a_door_agent_hung_on_the_patient_of_an_act_noun():
    attrs = event("De ondervraging van Karel Smet door twee speurders duurde de hele nacht.", "ondervraging")
    assert _text(attrs["actor"]) == "twee speurders" or "speurders" in _text(attrs["actor"])
    assert _text(attrs["target"]) == "Karel Smet"


def test_a_possessive_owns_an_act_noun():
    attrs = event("Tegen de burgemeester loopt al maanden hun onderzoek naar fraude.", "onderzoek")
    assert _text(attrs["actor"]) == "hun" and _text(attrs["target"]) == "fraude"


def test_a_meeting_takes_no_possessive_doer():
    attrs = event("De minister zei dat zijn ontmoeting met de Poolse premier Jan Kowal goed verliep.", "ontmoeting")
    assert _text(attrs["actor"]) != "zijn"


@pytest.mark.parametrize("text, trigger, actor", [
    # a headline subject and verb parsed as one phrase: the subject ends before the verb
    ("Tienduizenden protesteren in Lissabon tegen nieuwe belasting", "protesteren", "Tienduizenden"),
    # a crowd the parser took for the object of the protest does it
    ("Zondag hebben tienduizenden Portugezen betoogd in Lissabon.", "betoogd", "Portugezen"),
    ("Vorige week hebben duizenden Belgen betoogd.", "betoogd", "duizenden Belgen"),
])
def test_protest_doers(text, trigger, actor):
    attrs = event(text, trigger)
    assert actor in _text(attrs["actor"]) and attrs["target"] is None


def labelled(text: str, trigger: str) -> tuple[str, dict]:
    raw = RawPage(source="t.txt", content=f"Bericht\n\n{text}{FILLER}\n".encode(), kind="text")
    rec = next(LocalExecutor(Options(language="nl", learn_templates=False)).run([raw]))
    [ev] = [e for e in rec["annotations"]["events"] if e["text"] == trigger]
    return ev["label"], ev["attrs"]


@pytest.mark.parametrize("text", [
    # the verb of intending stands far before its infinitive
    "De Vlaamse minister Jan Peeters wil, naar het voorbeeld van zijn Waalse collega's, de extreemrechtse partij verbieden.",
    # the purpose clause of an order
    "De burgemeester heeft de politie opdracht gegeven om de betoging te verbieden.",
])
def test_a_ban_only_intended_or_ordered_has_not_happened(text):
    label, attrs = labelled(text, "verbieden")
    assert label != "COERCE" and attrs["modality"] == "future"


@pytest.mark.parametrize("text, trigger, actor", [
    # a support verb's perfect with "zijn" read as a passive with two subjects
    ("Het arbeidsauditoraat is een onderzoek gestart naar de firma Verbrugge.", "onderzoek", "arbeidsauditoraat"),
    # a support verb the tagger lemmatises wrongly, in a relative clause: the antecedent does it
    ("De VN hekelen de milities die oorlog voeren in het oosten van het land.", "oorlog", "milities"),
    # an acronym the tagger calls a pronoun, after an article it reads as a subject of its own
    ("Het OM had een werkstraf gevorderd.", "gevorderd", "OM"),
])
def test_doers_of_support_verbs_and_acronyms(text, trigger, actor):
    attrs = event(text, trigger)
    assert actor in (_text(attrs["actor"]) or "")


@pytest.mark.parametrize("text, trigger, actor, target", [
    # a relative clause whose object the parser reads as a second subject
    ("De schutter die 9 mensen doodschoot in en rond een winkel in Iowa, kwam zelf om het leven.",
     "doodschoot", "schutter", "mensen"),
    # a participle that shares a passive auxiliary far before it: what it is done to, no doer
    ("In totaal werden zes verdachten (vier dealers en twee koeriers) gearresteerd en voorgeleid.",
     "gearresteerd", None, "verdachten"),
])
def test_objects_the_parser_hung_elsewhere(text, trigger, actor, target):
    attrs = event(text, trigger)
    assert (actor in (_text(attrs["actor"]) or "")) if actor else attrs["actor"] is None
    assert target in (_text(attrs["target"]) or "")


def test_a_perfect_with_hebben_is_active_whatever_the_parse_says():
    # the parser marks both nouns passive subjects; the air force is no target
    attrs = event("De Turkse luchtmacht heeft maandag dorpen van de Koerden gebombardeerd in Syrië.", "gebombardeerd")
    assert "luchtmacht" in _text(attrs["actor"]) and "dorpen" in _text(attrs["target"])


def test_a_participle_read_as_a_conjunct_of_its_auxiliary_takes_the_object_hung_there():
    # (the events layer alone: the document check of a one-line article is not what is tested)
    from dateline.analyse.events.step import find_events

    text = "Het Israëlisch leger heeft donderdag naar eigen zeggen militaire doelwitten van Hezbollah aangevallen in Libanon."
    [ev] = [e for e in find_events(text, "nl") if text[e.start:e.end] == "aangevallen"]
    assert "leger" in _text(ev.attrs["actor"]) and "doelwitten" in _text(ev.attrs["target"])  # not the day


@pytest.mark.parametrize("text, trigger, coerce", [
    # a ban on a thing or a practice is policy, no coercion
    ("De stad verbiedt vuurwerk op oudejaarsavond.", "verbiedt", False),
    ("Volgens de minister werkt een verbod op suikerhoudende frisdrank niet.", "verbod", False),
    # a ban on a group or a gathering restricts people (a compound names its kind last)
    ("De regering verbiedt de oppositiepartij na de rellen.", "verbiedt", True),
    ("Egypte verbiedt de Moslimbroederschap.", "verbiedt", True),
])
def test_a_ban_is_coercion_only_of_people_groups_or_gatherings(text, trigger, coerce):
    from dateline.analyse.events.step import find_events

    found = [e.label for e in find_events(text, "nl") if text[e.start:e.end] == trigger]
    assert (found == ["COERCE"]) if coerce else not found


@pytest.mark.parametrize("text, trigger", [
    # animals attacked or attacking: no event between people
    ("Dit voorjaar zijn al 80 schapen gedood door een wolf in de Kempen.", "gedood"),
    ("De toeriste werd in het park aangevallen door leeuwen.", "aangevallen"),
    # shooting in a price or a plan shoots no one
    ("De koers van het aandeel schoot na de cijfers omhoog.", "schoot"),
    # a milestone is no hijacking; data are misused, not abused
    ("De luchthaven neemt dit jaar de kaap van 30 miljoen reizigers.", "kaap"),
    ("Het bedrijf misbruikte de gegevens van miljoenen klanten.", "misbruikte"),
])
def test_no_assault_outside_people_and_violence(text, trigger):
    from dateline.analyse.events.step import find_events

    assert not [e for e in find_events(text, "nl") if text[e.start:e.end] == trigger]


def test_a_past_tense_in_te_is_no_headline_participle():
    # "misbruikte" is a past tense, not a passive participle: the priest did it, he did not undergo it
    from dateline.analyse.events.step import find_events

    text = "De priester misbruikte jarenlang kinderen."
    [ev] = [e for e in find_events(text, "nl") if text[e.start:e.end] == "misbruikte"]
    assert "priester" in _text(ev.attrs["actor"]) and "priester" not in (_text(ev.attrs["target"]) or "")


def test_the_perfect_auxiliary_hung_on_the_subject_makes_no_headline_participle():
    # "hebben" hung on the subject after a fronted object: active, its subject acts
    from dateline.analyse.events.lexicon import lexicon
    from dateline.analyse.events.parse import arguments
    from dateline.analyse.layer import parse

    text = "Precies 80 raketten hebben Amerikanen, Britten en Fransen afgevuurd op Libië."
    k = text.index("afgevuurd")
    actor, target = arguments(parse(text, "nl"), k, k + len("afgevuurd"), cues=lexicon("nl").cues)
    assert actor.text == "Amerikanen" and target.text == "Libië"


@pytest.mark.parametrize("text, trigger, actor", [
    # a headline's subject and verb however the two words are parsed
    ("Chilenen protesteren tegen verhoging ticketprijs: 'Piñera moet zijn woord houden'", "protesteren", "Chilenen"),
])
def test_subjects_the_parser_lost(text, trigger, actor):
    from dateline.analyse.events.step import find_events

    [ev] = [e for e in find_events(text, "nl") if text[e.start:e.end] == trigger]
    assert _text(ev.attrs["actor"]) == actor


def test_a_headline_ban_of_gatherings_stays_a_ban():
    from dateline.analyse.events.step import find_events

    text = "Betogingen verboden in hoofdstad"
    assert [e.label for e in find_events(text, "nl") if text[e.start:e.end] == "verboden"] == ["COERCE"]


def _args(text: str, trigger: str) -> dict:
    from dateline.analyse.events.step import find_events

    [ev] = [e for e in find_events(text, "nl") if text[e.start:e.end] == trigger]
    return ev.attrs


def _doc(rows):
    """A parse built by hand, as the small parser gave it on real sentences: rows of (word, lemma,
    pos, dep, head index, morph)."""
    import spacy
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    doc = Doc(spacy.blank("nl").vocab, words=words, spaces=[True] * len(words), lemmas=[r[1] for r in rows],
              pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows],
              morphs=[r[5] for r in rows])
    return doc


def _arguments_of(doc, i):
    from dateline.analyse.events.lexicon import lexicon
    from dateline.analyse.events.parse import arguments

    t = doc[i]
    return arguments(doc, t.idx, t.idx + len(t.text), cues=lexicon("nl").cues)


def test_a_passive_subject_hung_on_an_adverb():
    # "Pieter Claes werd gisteren door het hof vrijgesproken" with the subject under "gisteren"
    doc = _doc([("Pieter", "Pieter", "PROPN", "nsubj:pass", 3, ""), ("Claes", "Claes", "PROPN", "flat", 0, ""),
                ("werd", "worden", "AUX", "aux:pass", 3, ""), ("gisteren", "gisteren", "ADV", "advmod", 7, ""),
                ("door", "door", "ADP", "case", 6, ""), ("het", "het", "DET", "det", 6, ""),
                ("hof", "hof", "NOUN", "obl:agent", 7, ""), ("vrijgesproken", "vrijspreken", "VERB", "ROOT", 7, "VerbForm=Part"),
                (".", ".", "PUNCT", "punct", 7, "")])
    actor, target = _arguments_of(doc, 7)
    assert actor.text == "hof" and target.text == "Pieter"


def test_a_multiword_preposition_marks_no_target():
    # "X is gearresteerd op verdenking van fraude": "op verdenking van" is no "op" of a target
    doc = _doc([("is", "zijn", "AUX", "aux:pass", 1, ""),
                ("gearresteerd", "arresteren", "VERB", "ROOT", 1, "VerbForm=Part"), ("op", "op", "ADP", "case", 5, ""),
                ("verdenking", "verdenking", "NOUN", "fixed", 2, ""), ("van", "van", "ADP", "fixed", 2, ""),
                ("fraude", "fraude", "NOUN", "obl:arg", 1, ""), (".", ".", "PUNCT", "punct", 1, "")])
    assert _arguments_of(doc, 1) == (None, None)


def test_a_multiword_preposition_marks_no_target_end_to_end():
    attrs = _args("Zhang Wei, de topman van de Chinese webwinkel Taomai, is vrijdag in de Amerikaanse staat Ohio "
                  "gearresteerd op verdenking van fraude.", "gearresteerd")
    assert "Zhang Wei" in _text(attrs["target"]) and "fraude" not in _text(attrs["target"])


def test_the_agent_of_a_phrase_verb_however_deep_the_noun_hangs():
    attrs = _args("Zijn voormalige adviseur Jan Mertens is door onderzoeksrechter Karin Goossens in staat van "
                  "beschuldiging gesteld in verband met de fraudezaak.", "beschuldiging")
    assert "Goossens" in _text(attrs["actor"]) and "Mertens" in _text(attrs["target"])


def test_a_headline_participle_undergoer_opens_its_segment():
    # "Onrust in X: oud-premier en generaals opgepakt in Fiji", with the people hung on X
    doc = _doc([("Onrust", "onrust", "NOUN", "obl", 8, ""), ("in", "in", "ADP", "case", 3, ""),
                ("het", "het", "DET", "det", 3, ""), ("eilandrijk", "eilandrijk", "NOUN", "obl", 8, ""),
                (":", ":", "PUNCT", "punct", 5, ""), ("oud-premier", "oud-premier", "NOUN", "appos", 3, ""),
                ("en", "en", "CCONJ", "cc", 7, ""), ("generaals", "generaal", "NOUN", "conj", 5, ""),
                ("opgepakt", "op_pakken", "VERB", "ROOT", 8, "VerbForm=Part"), ("in", "in", "ADP", "case", 10, ""),
                ("Fiji", "Fiji", "PROPN", "obl", 8, "")])
    assert _arguments_of(doc, 8) == (None, doc[5])


def test_an_adjective_heading_a_noun_is_the_object():
    # "Turkije pakt hooggeplaatste PKK-leider op" with the object read as an adjective complement
    doc = _doc([("Turkije", "Turkije", "PROPN", "nsubj", 1, ""), ("pakt", "pakken", "VERB", "ROOT", 1, "VerbForm=Fin"),
                ("hooggeplaatste", "hooggeplaatst", "ADJ", "xcomp", 1, ""), ("PKK-leider", "PKK-leider", "NOUN", "flat", 2, ""),
                ("op", "op", "ADP", "compound:prt", 1, "")])
    assert _arguments_of(doc, 1) == (doc[0], doc[2])


def test_the_tussen_parties_hung_on_the_topic_of_a_meeting_noun():
    # "de onderhandelingen over de handel tussen Canada en Mexico", "tussen" hung on the topic
    doc = _doc([("de", "de", "DET", "det", 1, ""), ("onderhandelingen", "onderhandeling", "NOUN", "ROOT", 1, ""),
                ("over", "over", "ADP", "case", 4, ""), ("de", "de", "DET", "det", 4, ""),
                ("handel", "handel", "NOUN", "nmod", 1, ""), ("tussen", "tussen", "ADP", "case", 6, ""),
                ("Canada", "Canada", "PROPN", "nmod", 4, ""), ("en", "en", "CCONJ", "cc", 8, ""),
                ("Mexico", "Mexico", "PROPN", "conj", 6, "")])
    from dateline.analyse.events.lexicon import lexicon
    from dateline.analyse.events.parse import arguments

    t = doc[1]
    actor, _ = arguments(doc, t.idx, t.idx + len(t.text), cues=lexicon("nl").cues, mutual=True)
    assert actor.text == "Canada"


def test_the_tussen_parties_hung_on_the_verb_of_a_meeting_noun():
    # "Vandaag vindt topontmoeting tussen Macron en Scholz plaats", "tussen" hung on "vindt"
    doc = _doc([("Vandaag", "vandaag", "ADV", "advmod", 1, ""), ("vindt", "vinden", "VERB", "ROOT", 1, "VerbForm=Fin"),
                ("topontmoeting", "topontmoeting", "NOUN", "obj", 1, ""), ("tussen", "tussen", "ADP", "case", 4, ""),
                ("Macron", "Macron", "PROPN", "obl", 1, ""), ("en", "en", "CCONJ", "cc", 6, ""),
                ("Scholz", "Scholz", "PROPN", "conj", 4, ""), ("plaats", "plaats", "NOUN", "compound:prt", 1, "")])
    from dateline.analyse.events.lexicon import lexicon
    from dateline.analyse.events.parse import arguments

    t = doc[2]
    actor, _ = arguments(doc, t.idx, t.idx + len(t.text), cues=lexicon("nl").cues, mutual=True)
    assert actor.text == "Macron"
