"""The document-level check of event types (Dutch): a type the check rejects loses its mentions
and the record's notes say so. Invented articles and invented model files only."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dateline.analyse.events import doc_filter as df
from dateline.types import Article, Span

TITLE = "Betoging in Zandvoorde verloopt rustig"
LEAD = ("Zo'n tweehonderd mensen hebben zaterdag in Zandvoorde betoogd tegen de sluiting van het "
        "zwembad. De betoging verliep rustig.")
TAIL = "De burgemeester zei later dat hij met de actiegroep zou overleggen."


def article() -> Article:
    art = Article(page_id="p", source="invented.txt", language="nl", title=TITLE, paragraphs=[LEAD, TAIL])
    body = art.body

    def at(word: str, label: str, **attrs) -> Span:
        k = body.index(word)
        return Span(k, k + len(word), label, {"same_as": None, "hedged": False, "negated": False,
                                              "modality": None, "claims": [], **attrs})
    art.layers["events"] = [
        at("betoogd", "PROTEST", target={"text": "de sluiting"}),
        at("betoging", "PROTEST", same_as="v1"),
        at("overleggen", "CONSULT", modality="future", claims=["c1"]),
    ]
    return art


def spec(threshold: float, weights=None) -> dict:
    n = len(df.FEATURE_NAMES) + 1 + len(df.TYPES)
    return {"mean": [0.0] * n, "scale": [1.0] * n, "weights": weights or [0.0] * n, "bias": 0.0,
            "threshold": {"*": threshold}, "words": {}, "prior": 0.75, "smooth": 3.0}


def mentions_of(art: Article, label: str) -> list[dict]:
    return [df._mention(s, art.body, art.title) for s in art.layers["events"] if s.label == label]


def test_features_count_mentions_lead_and_headline():
    art = article()
    row = df.features(mentions_of(art, "PROTEST"), art.body, art.title, len(LEAD), 1)
    named = dict(zip(df.FEATURE_NAMES, row))
    assert named["log_mentions"] == pytest.approx(np.log1p(2))
    assert named["log_heads"] == pytest.approx(np.log1p(1))  # the second refers back (same_as)
    assert named["in_lead"] == 1.0
    assert named["word_in_title"] == 1.0  # "betoging" stands in the headline
    assert named["any_target"] == 1.0
    consult = dict(zip(df.FEATURE_NAMES, df.features(mentions_of(art, "CONSULT"), art.body, art.title, len(LEAD), 1)))
    assert consult["in_lead"] == 0.0 and consult["modal"] == 1.0 and consult["in_claim"] == 1.0
    assert consult["all_irrealis"] == 1.0


def test_a_headline_mention_counts_as_in_the_headline_not_by_its_offset():
    m = [{"start": 0, "end": 8, "text": "Betoging", "attrs": {"part": "title", "same_as": None}}]
    named = dict(zip(df.FEATURE_NAMES, df.features(m, "x" * 500, TITLE, 100, 0)))
    assert named["word_in_title"] == 1.0 and named["in_lead"] == 0.0 and named["first_pos"] == 0.0


def test_reliability_of_trigger_words_is_smoothed_and_takes_the_weakest():
    table = {"PROTEST:betoging": [9, 10], "PROTEST:x": [0, 4]}
    assert df.reliability({"PROTEST:betoging"}, table, 0.75, 3.0) == pytest.approx((9 + 2.25) / 13)
    assert df.reliability({"PROTEST:nieuw"}, table, 0.75, 3.0) == pytest.approx(0.75)  # unseen: the prior
    assert df.reliability({"PROTEST:betoging", "PROTEST:x"}, table, 0.75, 3.0) == pytest.approx(2.25 / 7)


def use_model(monkeypatch, s: dict) -> None:
    monkeypatch.setattr(df, "load_filter", lambda lang: df.DocFilter(s) if lang == "nl" else None)


def test_a_rejected_type_is_dropped_with_a_note(monkeypatch):
    # a model that trusts types with several mentions and distrusts modal ones
    w = [0.0] * (len(df.FEATURE_NAMES) + 1 + len(df.TYPES))
    w[df.FEATURE_NAMES.index("log_mentions")] = 4.0
    w[df.FEATURE_NAMES.index("modal")] = -4.0
    use_model(monkeypatch, spec(0.5, w))
    art = article()
    notes = df.check_article(art, "nl")
    assert [s.label for s in art.layers["events"]] == ["PROTEST", "PROTEST"]
    assert len(notes) == 1 and notes[0].startswith("events-dropped: CONSULT (1 mention")
    assert art.notes == notes


def test_nothing_is_dropped_above_the_threshold_or_for_other_languages(monkeypatch):
    use_model(monkeypatch, spec(0.4))  # every type gets p = .5
    art = article()
    assert df.check_article(art, "nl") == [] and len(art.layers["events"]) == 3
    use_model(monkeypatch, spec(0.9))
    art = article()
    assert df.check_article(art, "en") == [] and len(art.layers["events"]) == 3 and art.notes == []


def test_the_check_can_be_switched_off(monkeypatch):
    use_model(monkeypatch, spec(0.9))
    monkeypatch.setenv("DATELINE_NO_DOC_FILTER", "1")
    art = article()
    assert df.check_article(art, "nl") == [] and len(art.layers["events"]) == 3


def test_the_shipped_model_is_dutch_only_and_well_formed():
    df.load_filter.cache_clear()
    model = df.load_filter("nl")
    assert model is not None and df.load_filter("en") is None
    n = len(df.FEATURE_NAMES) + 1 + len(df.TYPES)
    assert len(model.w) == len(model.mean) == len(model.scale) == n
    assert 0 < model.threshold["*"] < 1
    raw = json.loads((df.locate("events-nl") / df.MODEL_FILE).read_text(encoding="utf-8"))
    assert all(k.split(":", 1)[0] in df.TYPES for k in raw["words"])


def test_a_plain_dutch_protest_story_keeps_its_protest():
    """End to end on an invented article: the well-told protest (lead, headline, several
    mentions) survives the shipped check."""
    from dateline import Options
    from dateline.executors.local import LocalExecutor
    from dateline.types import RawPage

    text = (f"{TITLE}\n\n{LEAD} Ook zondag betoogden opnieuw honderd inwoners voor het gemeentehuis.\n\n"
            "Het actiecomité kondigde nieuwe acties aan.")
    raw = RawPage(source="invented-zandvoorde.txt", content=text.encode(), kind="text")
    r = next(LocalExecutor(Options(language="nl", learn_templates=False)).run([raw]))
    assert "PROTEST" in {e["label"] for e in r["annotations"]["events"]}
    assert not any(n.startswith("events-dropped: PROTEST") for n in r["notes"])
