"""Quantities: numbers and ranges with their noun, per language, with offsets into the text."""

import pytest

from dateline.analyse.base import LayerStep
from dateline.analyse.quantities import QuantityStep, find_quantities
from dateline.pipeline import Options
from dateline.types import Article, Doc, RawPage

# (language, text, quantity text, low, best, high, noun)
CASES = [
    ("nl", "Er vielen 40 soldaten.", "40", 40, 40, 40, "soldaten"),
    ("nl", "Ze doodden bijna 200 strijders.", "bijna 200", 180, 199, 199, "strijders"),
    ("nl", "Enkele duizenden betogers kwamen.", "Enkele duizenden", 1000, 1000, 9999, "betogers"),
    ("nl", "Er vielen tientallen doden.", "tientallen", 20, 20, 99, "doden"),
    ("nl", "Honderden mensen vluchtten.", "Honderden", 200, 200, 999, "mensen"),
    ("nl", "Ruim 300 mensen vluchtten.", "Ruim 300", 301, 301, 330, "mensen"),
    ("nl", "Minstens 12 agenten raakten gewond.", "Minstens 12", 12, 12, None, "agenten"),
    ("nl", "Ten minste 12 agenten raakten gewond.", "Ten minste 12", 12, 12, None, "agenten"),
    ("nl", "Het ging om zeventienhonderd man.", "zeventienhonderd", 1700, 1700, 1700, "man"),
    ("nl", "Er zijn 2,5 miljoen mensen op de vlucht.", "2,5 miljoen", 2_500_000, 2_500_000, 2_500_000, "mensen"),
    ("nl", "Zo'n 40 Afghaanse soldaten sneuvelden.", "Zo'n 40", 36, 40, 44, "soldaten"),
    ("nl", "Er waren 1.700 burgers.", "1.700", 1700, 1700, 1700, "burgers"),
    ("nl", "Tussen 20 en 30 doden.", "Tussen 20 en 30", 20, 20, 30, "doden"),
    ("en", "They killed nearly 200 fighters.", "nearly 200", 180, 199, 199, "fighters"),
    ("en", "At least 12 people died.", "At least 12", 12, 12, None, "people"),
    ("en", "More than 300 soldiers fled.", "More than 300", 301, 301, 330, "soldiers"),
    ("en", "Some 40 troops were sent.", "Some 40", 36, 40, 44, "troops"),
    ("en", "Dozens of civilians died.", "Dozens", 24, 24, 99, "civilians"),
    ("en", "About 1,700 protesters marched.", "About 1,700", 1530, 1700, 1870, "protesters"),
    ("en", "2.5 million people fled.", "2.5 million", 2_500_000, 2_500_000, 2_500_000, "people"),
    ("en", "Forty-two hostages were freed.", "Forty-two", 42, 42, 42, "hostages"),
    ("en", "Up to 40 soldiers died.", "Up to 40", None, 40, 40, "soldiers"),
    ("de", "Mindestens 12 Tote und fast 200 Kämpfer.", "Mindestens 12", 12, 12, None, "Tote"),
    ("de", "Es gab Dutzende Verletzte.", "Dutzende", 24, 24, 99, "Verletzte"),
    ("de", "Vierzig Soldaten starben.", "Vierzig", 40, 40, 40, "Soldaten"),
    ("de", "Rund 2,5 Millionen Menschen.", "Rund 2,5 Millionen", 2_250_000, 2_500_000, 2_750_000, "Menschen"),
    ("fr", "Au moins 12 morts.", "Au moins 12", 12, 12, None, "morts"),
    ("fr", "Près de 200 combattants.", "Près de 200", 180, 199, 199, "combattants"),
    ("fr", "Des dizaines de blessés.", "Des dizaines", 20, 20, 99, "blessés"),
    ("fr", "Quarante soldats tués.", "Quarante", 40, 40, 40, "soldats"),
]


@pytest.mark.parametrize("lang,text,qtext,low,best,high,noun", CASES)
def test_quantity_strings(lang, text, qtext, low, best, high, noun):
    spans = [s for s in find_quantities(text, lang) if s.attrs["unit"] == "count"]
    assert spans, f"no count found in {text!r}"
    q = spans[0]
    assert text[q.start:q.end] == qtext
    assert (q.attrs["low"], q.attrs["value"], q.attrs["high"]) == (low, best, high)
    assert q.attrs["noun"] == noun
    assert text[q.attrs["noun_start"]:q.attrs["noun_end"]] == noun
    assert q.attrs["exact"] == (low == best == high and q.attrs["rule"] == "exact")


@pytest.mark.parametrize("lang,text,qtext,unit", [
    ("nl", "In 2023 kwamen zij terug.", "2023", "year"),
    ("nl", "De prijs steeg met 15 procent.", "15 procent", "percent"),
    ("nl", "Het kostte 2,5 miljoen euro.", "2,5 miljoen euro", "currency"),
    ("nl", "Binnen 24 uur was het voorbij.", "24", "duration"),
    ("nl", "Op 3 maart viel de stad.", "3", "date"),
    ("nl", "Om 10.30 uur begon het.", "10.30", "time"),
    ("en", "Since 2019 prices rose 15 percent.", "2019", "year"),
    ("en", "It happened at 10:30 on Monday.", "10:30", "time"),
    ("en", "Prices rose 15 percent.", "15 percent", "percent"),
    ("de", "Die Preise stiegen um 15 Prozent.", "15 Prozent", "percent"),
    ("fr", "Les prix ont augmenté de 15 %.", "15 %", "percent"),
    # session 6: clock times, ages and house numbers are never counts of people
    ("en", "It happened at 9 p.m. on Friday.", "9", "time"),
    ("en", "A 23-year-old man was arrested.", "23", "age"),
    ("en", "Police detained a man aged 34 on Friday.", "34", "age"),
    ("en", "A woman, 20, was hurt.", "20", "age"),
    ("en", "He was killed at 1200 Main Street.", "1200", "address"),
    ("en", "The shooting was in the 1400 block of Royal Street.", "1400", "address"),
    ("en", "The crash closed Route 9 for hours.", "9", "address"),
    ("nl", "Peter Janssen (46) werd opgepakt.", "46", "age"),
    ("nl", "Zijn broers van 29 en 26 jaar zijn opgepakt.", "29", "duration"),
    ("nl", "Het gebeurde op de Kerkstraat 12 in Gent.", "12", "address"),
    ("de", "Der Unfall geschah in der Hauptstraße 5 in Berlin.", "5", "address"),
    ("fr", "Il habitait au 12 rue de Rivoli.", "12", "address"),
    ("fr", "Un homme âgé de 23 ans a été arrêté.", "23", "age"),
])
def test_non_counts_keep_a_unit(lang, text, qtext, unit):
    q = find_quantities(text, lang)[0]
    assert text[q.start:q.end] == qtext
    assert q.attrs["unit"] == unit


def test_a_bare_colon_is_no_clock_time():
    # session 7: "targets: command centres" had given quantities with no value
    text = "Most drones will attack fixed targets: command centres and fuel dumps. It began at 6:38 p.m."
    assert [text[q.start:q.end] for q in find_quantities(text, "en")] == ["6:38"]


def test_a_phone_number_is_no_amount():
    text = "Police urged witnesses to call the unit on 01622 798538, quoting 130 cases."
    assert [q.attrs["value"] for q in find_quantities(text, "en")] == [130]


def test_noun_classes_say_what_a_count_is():
    text = "Er vielen 12 doden, 30 gewonden en 5 arrestanten."
    classes = [q.attrs["noun_class"] for q in find_quantities(text, "nl")]
    assert classes == ["dead", "injured", "arrested"]


def test_articles_are_not_counts():
    assert find_quantities("Een aanval op een dorp.", "nl") == []
    assert find_quantities("One of them said a word.", "en") == []


def test_step_sets_the_layer_with_ids_and_exact_offsets():
    body_paras = ["KABUL (ANP). Rebellen claimen dat ze 40 soldaten hebben gedood.",
                  "De regering claimt dat ze binnen 24 uur bijna 200 strijders heeft gedood."]
    art = Article(page_id="x", source="t", language="nl", paragraphs=body_paras)
    doc = Doc(page=RawPage(source="t", content=b""), article=art)
    QuantityStep(Options()).guarded(LayerStep(Options()).guarded(doc))
    assert doc.ok
    spans = art.layers["quantities"]
    assert [s.id for s in spans] == [f"q{i}" for i in range(1, len(spans) + 1)]
    body = art.body
    for s in spans:
        assert 0 <= s.start < s.end <= len(body)
    counts = [(body[s.start:s.end], s.attrs["value"]) for s in spans if s.attrs["unit"] == "count"]
    assert counts == [("40", 40), ("bijna 200", 199)]


def test_unsupported_language_is_not_analysed_and_says_so():
    art = Article(page_id="x", source="t", language="sw", paragraphs=["Watu 40 waliuawa."])
    doc = Doc(page=RawPage(source="t", content=b""), article=art)
    QuantityStep(Options()).guarded(LayerStep(Options()).guarded(doc))
    assert doc.ok and "quantities" not in art.layers and art.parsed is None
    from dateline.language_gate import LanguageGate

    LanguageGate(Options()).guarded(doc)
    assert any(n.startswith("analysis-skipped") and "'sw'" in n for n in art.notes)


def test_a_magnitude_is_a_measure_not_a_count():
    from dateline.analyse.quantities import find_quantities

    for text, lang in [("A magnitude 5.9 earthquake killed at least 134 people.", "en"),
                       ("Ein Erdbeben der Stärke 5,9 erschütterte die Region.", "de")]:
        units = {text[q.start:q.end]: q.attrs["unit"] for q in find_quantities(text, lang)}
        assert units.get("5.9", units.get("5,9")) == "measure"
