"""Per-part scoring on synthetic gold/prediction pairs with P/R/F1 worked out by hand."""

from dateline.evaluation.score import (score_article, score_claims, score_entities, score_events,
                                       score_links, score_quantities)


def span(body, text, label, attrs=None, id=None, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    d = {"start": start, "end": start + len(text), "label": label, "text": text, "attrs": attrs or {}}
    if id:
        d["id"] = id
    return d


BODY = "Rebellen claimen op Telegram dat ze bijna 200 strijders in Kabul hebben gedood. Kabul ontkent."


def test_entities_exact_overlap_and_attrs():
    gold = [{"text": "Telegram", "label": "ORG", "kind": "platform"},
            {"text": "Kabul", "label": "LOC", "kind": "place", "country": "AF", "precision": "city"},
            {"text": "Rebellen", "label": "ORG", "kind": "group", "optional": True}]
    pred = [span(BODY, "op Telegram", "ORG"),                       # overlap only
            span(BODY, "Kabul", "LOC", {"kind": "place", "geo": {"country": "AF", "precision": "city"}}),
            span(BODY, "Kabul", "LOC", nth=1),                      # same name again: one item
            span(BODY, "Rebellen", "ORG"),                          # matches an optional item
            span(BODY, "strijders", "MISC")]                        # unasked MISC: not counted
    m, _ = score_entities(gold, BODY, pred)
    ex = m["exact"]
    assert (ex.tp_gold, ex.pred, ex.gold) == (1, 2, 2)  # Kabul; preds: "op Telegram", Kabul
    assert (m["overlap"].tp_gold, m["overlap"].pred) == (2, 2)
    assert m["kind"].accuracy == 1.0 and m["country"].accuracy == 1.0 and m["precision"].accuracy == 1.0


def test_quantities_overlap_and_bounds():
    gold = [{"text": "bijna 200 strijders", "low": 180, "high": 199}]
    pred = [span(BODY, "bijna 200", "QUANTITY", {"low": 180, "high": 200}),
            span(BODY, "Kabul", "QUANTITY")]
    m, misses = score_quantities(gold, BODY, pred)
    assert (m["overlap"].tp_gold, m["overlap"].pred, m["overlap"].gold) == (1, 2, 1)
    assert m["overlap"].precision == 0.5 and m["exact_span"].tp_gold == 0
    assert m["bounds"].accuracy == 0.0 and m["range"].accuracy == 1.0
    assert misses == ["spurious quantity: Kabul"]
    noun = BODY.index("strijders")
    with_noun = [span(BODY, "bijna 200", "QUANTITY", {"low": 180, "high": 199, "noun_start": noun,
                                                       "noun_end": noun + len("strijders")})]
    m, _ = score_quantities(gold, BODY, with_noun)
    assert m["exact_span"].tp_gold == 1 and m["bounds"].accuracy == 1.0  # span + head noun = gold text


def test_claims_fields_and_links():
    body = "„We wonnen”, zegt Jansen op X. Volgens de NOS verloren ze juist. Piet zwijgt."
    gold = [{"id": "c1", "speaker": "Jansen", "cue": "zegt", "content": "We wonnen", "channel": "X",
             "outlet": None, "hedged": False},
            {"id": "c2", "speaker": ["de NOS", "NOS"], "cue": "Volgens", "content": "verloren ze juist",
             "channel": None, "outlet": "NOS", "hedged": False}]
    pred = [span(body, "„We wonnen”", "CLAIM", {"speaker": {"text": "hij", "entity": "e1"},
                                                  "cue": {"text": "zegt"}, "channel": {"text": "X"},
                                                  "hedged": False,
                                                  "links": [{"type": "disputes", "target": "c9"}]}, id="c8"),
            span(body, "verloren ze", "CLAIM", {"speaker": {"text": "NOS"}, "cue": {"text": "Volgens de"},
                                                "hedged": True}, id="c9"),
            span(body, "Piet zwijgt", "CLAIM", {"cue": {"text": "zwijgt"}}, id="c10")]
    ents = [span(body, "Jansen", "PER", id="e1")]
    m, _, pairs = score_claims(gold, body, pred, ents)
    assert pairs == [(0, 0), (1, 1)]  # "verloren ze" vs "verloren ze juist": token F1 .8
    assert (m["content_exact"].tp_gold, m["content_overlap"].tp_gold, m["content_overlap"].pred) == (1, 2, 3)
    assert m["speaker_exact"].tp_gold == 2       # "hij" resolved through entity e1 to Jansen
    assert (m["cue_exact"].tp_gold, m["cue_overlap"].tp_gold, m["cue_exact"].pred) == (1, 2, 3)
    assert (m["channel"].correct, m["channel"].total) == (2, 2)
    assert (m["outlet"].correct, m["hedged"].correct) == (1, 1)  # c2: outlet missed, hedged wrong
    gold_links = [{"from": "c2", "type": "disputes", "to": "c1"}]
    lm, _ = score_links(gold_links, gold, pred, pairs)
    assert (lm["links"].tp_gold, lm["links"].pred, lm["links"].gold) == (1, 1, 1)  # direction ignored
    wrong_type = [dict(p) for p in pred]
    wrong_type[0] = {**pred[0], "attrs": {**pred[0]["attrs"], "links": [{"type": "confirms", "target": "c9"}]}}
    lm, _ = score_links(gold_links, gold, wrong_type, pairs)
    assert lm["links"].tp_gold == 0 and lm["links"].pred == 1


def test_events_typed_and_figures():
    body = "Bij een aanslag in Kabul vielen twaalf doden. Later werden drie mannen gearresteerd."
    gold = [{"type": "ASSAULT", "trigger": "aanslag", "place": "Kabul", "fatalities": {"low": 12, "high": 12}},
            {"type": "COERCE", "trigger": "gearresteerd", "place": None, "arrested": {"low": 3, "high": 3}}]
    pred = [span(body, "aanslag", "ASSAULT", {"place": {"text": "Kabul"},
                                              "fatalities": {"low": 12, "best": 12, "high": 12}}),
            span(body, "gearresteerd", "PROTEST", {"arrested": {"low": 3, "high": 3}})]
    m, _ = score_events(gold, body, pred)
    assert (m["typed"].tp_gold, m["typed"].pred, m["typed"].gold) == (1, 2, 2)
    assert m["trigger"].tp_gold == 2
    assert m["place"].accuracy == 1.0 and m["fatalities"].accuracy == 1.0 and m["arrested"].total == 0


def test_missing_layers_score_zero_recall():
    gold = {"entities": [{"text": "Kabul", "label": "LOC", "kind": "place"}], "quantities": [],
            "claims": [], "links": [], "events": [{"type": "ASSAULT", "trigger": "gedood"}]}
    out = score_article(gold, BODY, {})
    assert out["entities"][0]["exact"].recall == 0 and out["events"][0]["typed"].recall == 0
    assert out["quantities"][0]["overlap"].f1 is None


def test_generic_actors_are_not_counted_against_precision():
    body = "De politie en Hamas zeggen dat soldaten vluchtten."
    gold = [{"text": "Hamas", "label": "ORG", "kind": "group"}]
    pred = [span(body, "Hamas", "ORG", {"kind": "group", "norm": "Hamas"}),
            span(body, "politie", "ORG", {"kind": "group", "norm": "politie"}),      # generic: left out
            span(body, "soldaten", "PER", {"kind": "role", "norm": "soldaten"}),     # generic: left out
            span(body, "dat", "ORG", {"kind": "organisation"})]                      # a plain wrong guess
    m, misses = score_entities(gold, body, pred)
    assert (m["exact"].tp_gold, m["exact"].pred, m["exact"].gold) == (1, 2, 1)
    assert m["generic_unscored"].n == 2
    assert misses == ["spurious entity: dat [ORG]"]


def test_event_type_alternatives():
    body = "De rechtbank heeft hem veroordeeld."
    gold = [{"type": ["COERCE", "ACCUSE"], "trigger": "veroordeeld"}]
    ok, _ = score_events(gold, body, [span(body, "veroordeeld", "ACCUSE")])
    wrong, misses = score_events(gold, body, [span(body, "veroordeeld", "SANCTION")])
    assert ok["typed"].tp_gold == 1 and wrong["typed"].tp_gold == 0 and wrong["trigger"].tp_gold == 1
    assert "missed event: veroordeeld [COERCE/ACCUSE]" in misses
