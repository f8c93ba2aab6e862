"""The worked example of the claims brief (Dutch and its English twin), item by item."""

import pytest

from dateline.analyse.base import LayerStep
from dateline.analyse.claims import ClaimStep
from dateline.types import Article, Doc, RawPage

NL = [
    "KABUL (ANP). Rebellen claimen op Telegram dat ze 40 soldaten hebben gedood. Het is niet "
    "duidelijk waar en wanneer de aanval plaatsvond. Afghaanse functionarissen zetten vraagtekens "
    "bij de claim, aldus de BBC.",
    "Volgens de Britse krant The Times heeft een legerwoordvoerder gezegd dat de aanval wel heeft "
    "plaatsgevonden. De regering claimt dat ze binnen 24 uur bijna 200 strijders heeft gedood. "
    "De soldaten zouden zijn omgebracht in de provincie Helmand.",
]
EN = [
    "KABUL (AP) — Rebels said on Telegram that they killed 40 soldiers. It is unclear where and "
    "when the attack took place. Afghan officials cast doubt on the claim, according to the BBC.",
    "An army spokesman told The Times that the attack did take place. The government claims it "
    "killed nearly 200 fighters within 24 hours. The soldiers were allegedly killed in Helmand province.",
]

# (speaker, cue, channel, outlet, content, hedge, links) per claim, per language
EXPECTED = {
    "nl": [
        ("Rebellen", "claimen", "Telegram", None, "ze 40 soldaten hebben gedood", None, []),
        ("Afghaanse functionarissen", "zetten vraagtekens bij", None, "BBC", "de claim", None,
         [("disputes", "c1")]),
        ("een legerwoordvoerder", "gezegd", None, "The Times", "de aanval wel heeft plaatsgevonden",
         None, [("confirms", "c1")]),
        ("De regering", "claimt", None, None, "ze binnen 24 uur bijna 200 strijders heeft gedood",
         None, []),
        (None, "zouden", None, None, "De soldaten zouden zijn omgebracht in de provincie Helmand",
         "zouden", []),
    ],
    "en": [
        ("Rebels", "said", "Telegram", None, "they killed 40 soldiers", None, []),
        ("Afghan officials", "cast doubt on", None, "BBC", "the claim", None, [("disputes", "c1")]),
        ("An army spokesman", "told", None, "The Times", "the attack did take place", None,
         [("confirms", "c1")]),
        ("The government", "claims", None, None, "it killed nearly 200 fighters within 24 hours",
         None, []),
        (None, "allegedly", None, None, "The soldiers were allegedly killed in Helmand province",
         "allegedly", []),
    ],
}


def run_claims(paragraphs, lang):
    article = Article(page_id="t", source="t", language=lang, paragraphs=paragraphs)
    doc = Doc(RawPage("t", b""), article=article)
    try:  # use the entity layer when that step exists in this checkout
        from dateline.analyse.entities import EntityStep

        doc = EntityStep().guarded(LayerStep().guarded(doc))
    except ImportError:
        pass
    doc = ClaimStep().guarded(doc)
    assert doc.ok, doc.error
    return article, article.layers["claims"]


def _text(part):
    return part["text"] if part else None


@pytest.mark.parametrize("lang,paragraphs", [("nl", NL), ("en", EN)])
def test_worked_example(lang, paragraphs):
    article, claims = run_claims(paragraphs, lang)
    body = article.body
    got = [(_text(c.attrs["speaker"]), _text(c.attrs["cue"]), _text(c.attrs["channel"]),
            _text(c.attrs["outlet"]), c.text_in(body), _text(c.attrs["hedge"]),
            [(l["type"], l["target"]) for l in c.attrs["links"]]) for c in claims]
    assert got == EXPECTED[lang]
    assert [c.id for c in claims] == ["c1", "c2", "c3", "c4", "c5"]
    assert [c.attrs["hedged"] for c in claims] == [False, False, False, False, True]


def test_discontinuous_cue_lists_its_parts():
    article, claims = run_claims(NL, "nl")
    c3 = claims[2]
    assert [p["text"] for p in c3.attrs["cue_parts"]] == ["Volgens"]
    assert c3.attrs["cue"]["text"] == "gezegd"


@pytest.mark.parametrize("lang,paragraphs", [("nl", NL), ("en", EN)])
def test_every_span_points_into_the_body(lang, paragraphs):
    article, claims = run_claims(paragraphs, lang)
    body = article.body
    for c in claims:
        assert c.label == "CLAIM"
        parts = [c.attrs[k] for k in ("speaker", "cue", "channel", "outlet", "hedge")]
        parts += c.attrs.get("cue_parts", [])
        for p in parts:
            if p:
                assert body[p["start"]:p["end"]] == p["text"]
    # the record carries the layer with texts that equal the body slices
    rec = article.to_record()
    for c in rec["annotations"]["claims"]:
        assert c["text"] == body[c["start"]:c["end"]]


@pytest.mark.parametrize("lang,paragraphs", [("nl", NL), ("en", EN)])
def test_entity_ids_point_at_overlapping_entities(lang, paragraphs):
    article, claims = run_claims(paragraphs, lang)
    entities = {e.id: e for e in article.layers.get("entities", [])}
    if not entities:
        pytest.skip("EntityStep not in this checkout")
    linked = 0
    for c in claims:
        for key in ("speaker", "channel", "outlet"):
            part = c.attrs[key]
            if part and part.get("entity"):
                e = entities[part["entity"]]
                assert e.start < part["end"] and part["start"] < e.end
                linked += 1
    assert linked >= 5  # speakers, Telegram, the BBC, The Times
