"""Attribution patterns per language (nl, en, de, fr), negatives and offsets."""

import pytest

from dateline.analyse.claims import find_claims
from dateline.types import Article


def claims_of(text, lang):
    article = Article(page_id="t", source="t", language=lang, paragraphs=[text])
    return article.body, find_claims(article)


def _t(part):
    return part["text"] if part else None


# (lang, sentence, speaker, cue, content)
PATTERNS = [
    ("nl", "De minister zegt dat de belasting omhoog gaat.", "De minister", "zegt",
     "de belasting omhoog gaat"),
    ("nl", "„We gaan door met de aanval”, zegt de woordvoerder van het leger.",
     "de woordvoerder van het leger", "zegt", "We gaan door met de aanval"),
    ("nl", 'Hij zei: "We trekken ons niet terug uit de stad."', "Hij", "zei",
     "We trekken ons niet terug uit de stad."),
    ("nl", "Volgens de politie zijn er drie mensen opgepakt.", "de politie", "Volgens",
     "zijn er drie mensen opgepakt"),
    ("nl", "De burgemeester laat weten dat het festival doorgaat.", "De burgemeester", "laat",
     "het festival doorgaat"),
    ("nl", "Er zijn drie doden gevallen, aldus een woordvoerder.", "een woordvoerder", "aldus",
     "Er zijn drie doden gevallen"),
    ("nl", "De minister ontkent de beschuldigingen.", "De minister", "ontkent", "de beschuldigingen"),
    ("en", '"We will not back down," said the mayor.', "the mayor", "said", "We will not back down"),
    ("en", '"We will not back down," the mayor said.', "the mayor", "said", "We will not back down"),
    ("en", "According to the police, three people were arrested.", "the police", "According to",
     "three people were arrested"),
    ("en", "The minister denied that the army had fired on protesters.", "The minister", "denied",
     "the army had fired on protesters"),
    ("en", "The mayor said in a statement that the bridge would reopen.", "The mayor", "said",
     "the bridge would reopen"),
    ("de", "Der Sprecher sagte, dass die Armee abgezogen sei.", "Der Sprecher", "sagte",
     "die Armee abgezogen sei"),
    ("de", "Laut der Polizei wurden drei Menschen festgenommen.", "der Polizei", "Laut",
     "wurden drei Menschen festgenommen"),
    ("de", "„Wir ziehen uns nicht zurück“, sagte der Minister.", "der Minister", "sagte",
     "Wir ziehen uns nicht zurück"),
    ("fr", "Le ministre a déclaré que la frontière était fermée.", "Le ministre", "déclaré",
     "la frontière était fermée"),
    ("fr", "Selon la police, trois personnes ont été arrêtées.", "la police", "Selon",
     "trois personnes ont été arrêtées"),
    ("fr", "« Nous ne reculerons pas », a déclaré le maire.", "le maire", "déclaré",
     "Nous ne reculerons pas"),
]


@pytest.mark.parametrize("lang,text,speaker,cue,content", PATTERNS)
def test_pattern(lang, text, speaker, cue, content):
    body, claims = claims_of(text, lang)
    assert len(claims) == 1
    c = claims[0]
    assert (_t(c.attrs["speaker"]), _t(c.attrs["cue"]), c.text_in(body)) == (speaker, cue, content)
    assert c.attrs["hedged"] is False


# (lang, sentence, hedge word, content)
HEDGED = [
    ("nl", "De soldaten zouden zijn omgebracht in de provincie Helmand.", "zouden",
     "De soldaten zouden zijn omgebracht in de provincie Helmand"),
    ("nl", "De verdachte heeft naar verluidt het land verlaten.", "naar verluidt",
     "De verdachte heeft naar verluidt het land verlaten"),
    ("en", "The soldiers were allegedly killed in Helmand province.", "allegedly",
     "The soldiers were allegedly killed in Helmand province"),
    ("de", "Die Rebellen sollen 40 Soldaten getötet haben.", "sollen",
     "Die Rebellen sollen 40 Soldaten getötet haben"),
    ("fr", "Les rebelles auraient tué 40 soldats.", "auraient", "Les rebelles auraient tué 40 soldats"),
]


@pytest.mark.parametrize("lang,text,hedge,content", HEDGED)
def test_hedged_report_without_speaker(lang, text, hedge, content):
    body, claims = claims_of(text, lang)
    assert len(claims) == 1
    c = claims[0]
    assert c.attrs["speaker"] is None
    assert c.attrs["hedged"] is True and c.attrs["hedge"]["text"] == hedge
    assert c.text_in(body) == content


def test_reported_future_is_not_a_hedge():
    body, claims = claims_of("De minister zei dat hij volgende week zou aftreden.", "nl")
    assert len(claims) == 1 and claims[0].attrs["hedged"] is False


def test_hedge_inside_attributed_claim_marks_it():
    body, claims = claims_of("Rebels reportedly said that they had captured the airport.", "en")
    assert len(claims) == 1
    assert claims[0].attrs["hedge"]["text"] == "reportedly"
    assert claims[0].attrs["speaker"]["text"] == "Rebels"


@pytest.mark.parametrize("lang,text", [
    ("nl", "De zon scheen."),
    ("nl", "De claim werd later ingetrokken."),
    ("en", "The sun was shining over the city."),
    ("en", "The company reported a loss of 3 million."),
    ("de", "Die Sonne schien über der Stadt."),
    ("fr", "Le soleil brillait sur la ville."),
    ("fr", "Il a mangé une pomme."),
])
def test_no_claim(lang, text):
    assert claims_of(text, lang)[1] == []


def test_channel_and_outlet():
    body, claims = claims_of("De premier zei in een verklaring tegen de NOS dat de grens dicht gaat.", "nl")
    c = claims[0]
    assert _t(c.attrs["channel"]) == "een verklaring"
    assert _t(c.attrs["outlet"]) == "NOS"
    assert c.text_in(body) == "de grens dicht gaat"


def test_aldus_person_is_speaker_media_is_outlet():
    _, person = claims_of("Er vielen drie doden, aldus de burgemeester.", "nl")
    _, media = claims_of("Er vielen drie doden, aldus de BBC.", "nl")
    assert _t(person[0].attrs["speaker"]) == "de burgemeester" and person[0].attrs["outlet"] is None
    assert _t(media[0].attrs["outlet"]) == "BBC"


def test_conflicting_figures_dispute_but_other_nouns_do_not():
    text = ("The army said that 12 soldiers were killed. The rebels said that 40 soldiers were "
            "killed. The rebels also said that 200 fighters were killed.")
    body, claims = claims_of(text, "en")
    assert len(claims) == 3
    assert [l["target"] for l in claims[1].attrs["links"]] == ["c1"]
    assert claims[1].attrs["links"][0]["type"] == "disputes"
    assert claims[2].attrs["links"] == []


def test_denial_links_by_shared_content():
    text = ("The ministry said that troops had shelled the village. "
            "The army denied that troops shelled the village.")
    body, claims = claims_of(text, "en")
    assert claims[1].attrs["links"] == [{"type": "disputes", "target": "c1", "cue": "denied"}]


@pytest.mark.parametrize("lang", ["nl", "en", "de", "fr"])
def test_spans_point_into_body_with_several_paragraphs(lang):
    paragraphs = {
        "nl": ["Titel zonder claim.", "De minister zegt dat de belasting omhoog gaat.",
               "„Dit klopt niet”, zegt de oppositie."],
        "en": ["A title.", "The minister says that taxes will rise.", '"That is wrong," the opposition said.'],
        "de": ["Titel.", "Der Minister sagte, dass die Steuern steigen.", "„Das stimmt nicht“, sagte sie."],
        "fr": ["Titre.", "Le ministre a déclaré que les impôts augmenteront.", "« C'est faux », a dit elle."],
    }[lang]
    article = Article(page_id="t", source="t", language=lang, paragraphs=paragraphs)
    body = article.body
    claims = find_claims(article)
    assert len(claims) >= 2
    for c in claims:
        assert body[c.start:c.end] == c.text_in(body) and c.end > c.start
        for key in ("speaker", "cue", "channel", "outlet", "hedge"):
            part = c.attrs[key]
            if part:
                assert body[part["start"]:part["end"]] == part["text"]


def test_unsupported_language_gives_no_claims():
    assert claims_of("Il presidente ha detto che la guerra è finita.", "it")[1] == []
