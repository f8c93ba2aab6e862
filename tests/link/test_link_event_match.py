"""Units: carrier chains, same_as chains, and when two reports are one event."""

from dateline.link.carriers import carrier_chain, publisher_of
from dateline.link.event_match import agreement, best_event, chains, fold_restated, participant_key


def _rep(**kw):
    base = {"id": "x", "type": "ASSAULT", "place": None, "place_key": None, "actor": None, "target": None,
            "actor_key": None, "target_key": None, "time": None, "lang": "nl"}
    base.update(kw)
    for part in ("actor", "target"):
        if base[part] and not base[part + "_key"]:
            base[part + "_key"] = participant_key(base[part], base["lang"])
    return base


def test_carrier_chain_reads_outlet_via_agency_via_publisher():
    assert carrier_chain("BBC", "ANP", "Dagblad Oost") == "BBC via ANP via Dagblad Oost"
    assert carrier_chain(None, None, None) == "unknown outlet"
    assert carrier_chain(None, "ANP", "anp.nl") == "ANP"  # the agency's own site: said once
    assert publisher_of({"source": {"site": "nu.nl", "publisher": "NU.nl"}}) == "NU.nl"
    assert publisher_of({"source": {"site": "nu.nl", "publisher": None}}) == "nu.nl"


def test_same_as_chains_and_a_reference_across_types_stays_apart():
    spans = [{"id": "v1", "label": "ASSAULT", "attrs": {}},
             {"id": "v2", "label": "ASSAULT", "attrs": {"same_as": "v1"}},
             {"id": "v3", "label": "ASSAULT", "attrs": {"same_as": "v2"}},  # a chain of references
             {"id": "v4", "label": "ASSAULT", "attrs": {}},
             {"id": "v5", "label": "PROTEST", "attrs": {"same_as": "v1"}}]
    assert [[s["id"] for s in g] for g in chains(spans)] == [["v1", "v2", "v3"], ["v4"], ["v5"]]


def test_participants_decide_within_a_language_not_across():
    rebels = _rep(actor="De rebellen", target="een legerkonvooi", time="2031-06-03")
    government = _rep(actor="regering", target="strijders", time="2031-06-03")
    assert agreement(government, rebels) is None
    assert agreement(_rep(actor="rebellen", time="2031-06-04"), rebels) == 2  # a day apart still agrees
    assert agreement(_rep(actor="rebellen", time="2031-06-09"), rebels) is None
    # English words for the same participants are not a disagreement (no translation lexicon);
    # "rebels" and "rebellen" share the lemma "rebel" and agree.
    en = _rep(actor="insurgents", target="an army convoy", lang="en")
    assert agreement(en, rebels) == 0 and agreement(_rep(actor="the rebels", lang="en"), rebels) == 1
    # A city and its province: other gazetteer ids, one name.
    city = _rep(place="Kandahār", place_key="geo:1138336")
    assert agreement(_rep(place="Kandahār", place_key="geo:1138335"), city) == 1
    assert agreement(_rep(place="Helmand", place_key="geo:1140043"), city) is None


def test_best_event_prefers_agreement_and_refuses_a_blind_choice():
    a = _rep(id="a", actor="rebellen", place_key="geo:1", place="X")
    b = _rep(id="b", actor="regering", place_key="geo:1", place="X")
    assert best_event(_rep(actor="rebellen"), [a, b], set())["id"] == "a"
    assert best_event(_rep(actor="rebellen"), [a, b], {"a"}) is None  # taken by this article
    assert best_event(_rep(place="X", place_key="geo:1"), [a, b], set())["id"] == "a"  # earliest of equals
    c = _rep(id="c", place_key="geo:2", place="Y")
    # Nothing known about the new report: nothing disagrees, but nothing agrees either.
    assert best_event(_rep(), [a, c], set()) is None
    assert best_event(_rep(), [c], set()) is None


def test_a_restatement_the_layer_missed_is_folded_in():
    reps = [_rep(actor="opstandelingen", time="2031-06-03", place="Kandahār", place_key="geo:1"),
            _rep(actor="regering", target="strijders"),
            _rep(actor="opstandelingen", time="2031-06-03")]  # the same attack, restated in a denial
    assert fold_restated([[], [], []], reps) == [0, 1, 0]
    # The same actor alone (nothing else agreeing) is not enough: another attack by them.
    assert fold_restated([[], []], [reps[0], _rep(actor="opstandelingen")]) == [0, 1]
