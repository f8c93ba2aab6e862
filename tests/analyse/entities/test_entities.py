"""Entities layer: the worked example (nl + its English twin), per-language sentences,
the step contract and the data files. Uses the shipped model when present (loaded once)."""

from __future__ import annotations

import pytest

from dateline.analyse.base import LayerStep
from dateline.analyse.entities import EntityStep, entity_spans
from dateline.lang import path as data_path
from dateline.types import Article, Doc, RawPage

NL_EXAMPLE = (
    "KABUL (ANP). Rebellen claimen op Telegram dat ze 40 soldaten hebben gedood. Het zou gaan "
    "om een aanval op een legerpost. Afghaanse functionarissen zetten vraagtekens bij de claim, "
    "aldus de BBC.\n\n"
    "Volgens de Britse krant The Times heeft een legerwoordvoerder gezegd dat er hooguit tien "
    "doden zijn gevallen. De regering claimt dat de aanval is afgeslagen.\n\n"
    "De soldaten zouden zijn omgebracht in de provincie Helmand."
)
EN_EXAMPLE = (
    "KABUL (AP) — Rebels said on Telegram that they had killed 40 soldiers in an attack on an "
    "army post. Afghan officials cast doubt on the claim, according to the BBC.\n\n"
    "An army spokesman told The Times that at most ten soldiers died. The government said the "
    "attack was repelled.\n\nThe soldiers were reportedly killed in Helmand province."
)


def by_text(text: str, spans) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for s in spans:
        out.setdefault(text[s.start : s.end], dict(s.attrs, label=s.label))
    return out


@pytest.fixture(scope="module")
def nl_example():
    return by_text(NL_EXAMPLE, entity_spans(NL_EXAMPLE, "nl", "KABUL"))


@pytest.fixture(scope="module")
def en_example():
    return by_text(EN_EXAMPLE, entity_spans(EN_EXAMPLE, "en", "KABUL"))


def test_nl_actors_media_and_platform(nl_example):
    assert nl_example["Rebellen"]["kind"] == "group"
    assert nl_example["Rebellen"]["label"] == "ORG"
    assert nl_example["Telegram"]["kind"] == "platform"
    for outlet in ("BBC", "The Times"):
        assert nl_example[outlet]["kind"] == "media"
        assert nl_example[outlet]["country"] == "GB"


def test_nl_roles_take_country(nl_example):
    officials = nl_example["Afghaanse functionarissen"]
    assert (officials["kind"], officials["label"], officials["country"]) == ("role", "PER", "AF")
    spokesman = nl_example["legerwoordvoerder"]
    assert (spokesman["kind"], spokesman["country"]) == ("role", "AF")
    government = nl_example["regering"]
    assert (government["kind"], government["label"], government["country"]) == ("group", "ORG", "AF")


@pytest.mark.parametrize("example", ["nl_example", "en_example"])
def test_places_geocoded(example, request):
    ents = request.getfixturevalue(example)
    kabul = ents["KABUL"]["geo"]
    assert (kabul["precision"], kabul["country"], kabul["geonames_id"]) == ("city", "AF", 1138958)
    assert abs(kabul["lat"] - 34.53) < 0.1 and abs(kabul["lon"] - 69.17) < 0.1
    helmand = ents["Helmand"]
    assert helmand["label"] == "LOC"
    assert (helmand["geo"]["precision"], helmand["geo"]["country"]) == ("province", "AF")


def test_en_twin(en_example):
    assert en_example["Rebels"]["kind"] == "group"
    assert en_example["Telegram"]["kind"] == "platform"
    assert en_example["BBC"]["kind"] == en_example["The Times"]["kind"] == "media"
    assert en_example["Afghan officials"]["country"] == "AF"
    assert en_example["Afghan officials"]["kind"] == "role"
    assert en_example["army spokesman"]["kind"] == "role"
    assert en_example["government"]["kind"] == "group"


SENTENCES = [
    ("nl", "Premier Mark Rutte sprak in Den Haag met de NAVO over de oorlog.",
     {"Mark Rutte": "person", "Den Haag": "place", "NAVO": "organisation"}),
    ("nl", "Volgens de NOS zijn Russische troepen uit Charkiv vertrokken.",
     {"NOS": "media", "Russische troepen": "group", "Charkiv": "place"}),
    ("en", "President Joe Biden met officials of the Ministry of Defence in London on Monday.",
     {"Joe Biden": "person", "Ministry of Defence": "organisation", "London": "place",
      "officials": "role"}),
    ("en", "Police in Lagos said protesters had posted videos on TikTok, Reuters reported.",
     {"Lagos": "place", "TikTok": "platform", "Reuters": "media", "protesters": "group"}),
    ("de", "Bundeskanzler Olaf Scholz sagte dem Spiegel, die Regierung in Berlin sei besorgt.",
     {"Olaf Scholz": "person", "Spiegel": "media", "Regierung": "group", "Berlin": "place"}),
    ("nl", "UTRECHT - Dat meldt ANP/Reuters. Het gaat om Henk Jansen van Rabobank, zei burgemeester Anna de Vries.",
     {"UTRECHT": "place", "ANP": "media", "Reuters": "media", "Anna de Vries": "person"}),
    ("en", "SAN FRANCISCO (AP) — Chipmaker Novatek Semiconductor told the Chicago Tribune that Detective Inspector Mark Rowe was wrong.",
     {"SAN FRANCISCO": "place", "Novatek Semiconductor": "organisation", "Chicago Tribune": "media",
      "Mark Rowe": "person"}),
    ("fr", "Le président Emmanuel Macron a déclaré à Lyon que les rebelles avaient publié sur X une vidéo.",
     {"Emmanuel Macron": "person", "Lyon": "place", "rebelles": "group", "X": "platform"}),
]


@pytest.mark.parametrize("lang,text,expected", SENTENCES, ids=[f"{s[0]}-{i}" for i, s in enumerate(SENTENCES)])
def test_sentences_per_language(lang, text, expected):
    ents = by_text(text, entity_spans(text, lang))
    for name, kind in expected.items():
        assert name in ents, f"{name!r} not found in {sorted(ents)}"
        assert ents[name]["kind"] == kind, (name, ents[name])


def test_platform_x_needs_a_preposition():
    text = "Het X-team won. Zij schreven op X dat het klaar was."
    found = [(text[s.start:s.end], s.attrs["kind"]) for s in entity_spans(text, "nl")]
    assert ("X", "platform") in found
    assert sum(1 for t, k in found if k == "platform") == 1


def test_step_adds_non_overlapping_layer():
    article = Article(page_id="p1", source="t", language="nl", dateline_place="KABUL",
                      paragraphs=NL_EXAMPLE.split("\n\n"))
    doc = Doc(page=RawPage(source="t", content=b""), article=article)
    step = EntityStep()
    out = step.guarded(LayerStep().guarded(doc))
    assert out.ok
    spans = out.article.layers["entities"]
    assert [s.id for s in spans] == [f"e{i}" for i in range(1, len(spans) + 1)]
    body = out.article.body
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
    for s in spans:
        assert s.label in {"PER", "ORG", "LOC", "MISC"}
        assert body[s.start : s.end].strip() == body[s.start : s.end]
        assert s.attrs["source"] in {"model", "gazetteer", "pattern"}
    record = out.article.to_record()
    assert record["annotations"]["entities"][0]["text"] == "KABUL"


@pytest.mark.parametrize("lang", [None, "es", "nl"])
def test_step_copes_with_odd_input(lang):
    for paragraphs in ([], ["   "], ["!!! ??? ..."], ["Ω" * 50], ["\x00\ufffd" * 20, "KABUL"]):
        article = Article(page_id="p", source="t", language=lang, paragraphs=paragraphs)
        out = EntityStep().guarded(LayerStep().guarded(Doc(page=RawPage(source="t", content=b""), article=article)))
        assert out.ok
        if lang not in ("nl", "en", "de", "fr"):  # no pipeline: not analysed, and the record says so
            assert "entities" not in out.article.layers
            continue
        spans = out.article.layers["entities"]
        if "".join(paragraphs).strip(" !?.") == "":
            assert spans == []
        assert all(0 <= s.start < s.end <= len(out.article.body) for s in spans)


DATA_FILES = {
    "xx": ["media.tsv", "platforms.tsv", "platforms.txt", "organisations.tsv", "particles.txt",
           "countries.tsv", "regions.tsv", "place_aliases.tsv", "compass_words.txt",
           "acronyms_not_org.txt"],
    **{lang: ["titles.txt", "actor_roles.tsv", "demonyms.tsv", "place_cues.tsv", "org_suffixes.txt",
              "locative_preps.txt"]
       for lang in ("nl", "en", "de", "fr")},
}


@pytest.mark.parametrize("lang,name", [(l, n) for l, ns in DATA_FILES.items() for n in ns])
def test_data_file_loads(lang, name):
    from dateline.lang import load_list, load_table

    path = data_path(lang, name)
    assert path.read_text(encoding="utf-8").startswith("#"), "data files open with a comment"
    rows = load_table(lang, name) if name.endswith(".tsv") else load_list(lang, name)
    assert len(rows) >= 3
    if name == "actor_roles.tsv":
        assert {r[1] for r in rows} <= {"role", "group"}
    if name == "demonyms.tsv":
        assert all(len(r) == 3 and r[2] in ("adj", "noun") for r in rows)
    if name == "media.tsv":
        assert all(len(r[1]) == 2 for r in rows)


@pytest.mark.parametrize("lang", ["nl", "en", "de", "fr"])
def test_lexicon_builds(lang):
    from dateline.analyse.entities.ner.lexicon import lexicon

    lex = lexicon(lang)
    assert lex.names and lex.roles and lex.demonyms and lex.titles


def test_very_long_body_is_read_in_chunks(monkeypatch):
    import dateline.analyse.entities as ent
    import dateline.analyse.layer.parsing as layer_parse

    monkeypatch.setattr(layer_parse, "CHUNK_CHARS", 300)
    text = "\n\n".join(["Volgens de BBC sprak premier Mark Rutte in Den Haag met de NAVO."] * 12)
    spans = ent.entity_spans(text, "nl")
    assert [s.id for s in spans] == [f"e{i}" for i in range(1, len(spans) + 1)]
    assert sum(1 for s in spans if text[s.start:s.end] == "BBC") == 12
    assert sum(1 for s in spans if text[s.start:s.end] == "Mark Rutte") == 12


def test_the_bare_surname_of_a_person_named_in_full_is_that_person():
    # read on a real politics page: the tagger made a lone "Trump" a place
    text = ("Donald Trump, under fire over his taxes, is casting himself as a champion of workers. "
            "Trump would raise taxes on eight million families, one study found. In the wake of "
            "the report, Trump has portrayed himself as an expert.")
    spans = entity_spans(text, "en")
    lone = [s for s in spans if text[s.start:s.end] == "Trump"]
    assert lone and all(s.label == "PER" for s in lone)


def test_a_name_ending_in_an_organisation_word_is_an_organisation():
    # read on a real page: the tagger made "Arena Group" a person
    text = "The parent company, Arena Group, said the vendor had told them the articles were written by people."
    spans = [s for s in entity_spans(text, "en") if text[s.start:s.end] == "Arena Group"]
    assert spans and all(s.label == "ORG" for s in spans)
