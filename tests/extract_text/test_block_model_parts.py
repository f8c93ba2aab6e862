"""Parts of the scraped-text block model added for issue 15: language columns, the word lexicon,
per-language score shifts, captions, chrome labels, per-language chrome phrases, template code."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dateline.extract import block_features as bf
from dateline.extract import chrome, segment
from dateline.extract.block_model import (LEXICON_FEATURES, PROB_FEATURES, BlockModel, lexicon_columns,
                                          lexicon_tokens, load, shift_probs, stage_features)

PAGE = ["Startseite", "Die Fähre nach Krabbensand fährt seit Samstag wieder nach dem Fahrplan, teilte die Reederei mit.",
        "Kommentare"]


def test_language_columns_are_one_hot_for_the_page_language():
    col = {name: k for k, name in enumerate(bf.FEATURES)}
    de = bf.page_features(PAGE, "de")
    assert (de[:, col["lang_de"]] == 1).all() and (de[:, col["lang_en"]] == 0).all()
    other = bf.page_features(PAGE, "es")
    assert (other[:, col["lang_de"]] == 0).all() and (other[:, col["lang_en"]] == 0).all()


def test_lexicon_columns_are_mean_min_max_of_word_weights():
    weights = {"fähre": 1.0, "kommentare": -2.0, "reederei": 0.5}
    cols = lexicon_columns(PAGE, weights)
    assert cols.shape == (3, len(LEXICON_FEATURES))
    assert cols[0].tolist() == [0.0, 0.0, 0.0]  # no known word
    n = len(lexicon_tokens(PAGE[1]))
    assert cols[1].tolist() == pytest.approx([1.5 / n, 0.5, 1.0])
    assert cols[2].tolist() == [-2.0, -2.0, -2.0]
    assert lexicon_tokens("Am 12.3.2024 um 9 Uhr") == ["am", "00", "0000", "um", "uhr"]


def _flat_model(lexicon: bool, offsets: dict) -> BlockModel:
    first, second = stage_features(lexicon)
    flat = lambda n: {"mean": [0.0] * n, "scale": [1.0] * n, "w": [0.0] * n}  # noqa: E731 - every score .5
    spec = {"features": first, "stage2_features": second, "stage1": flat(len(first)),
            "stage2": flat(len(second)), "offsets": offsets}
    if lexicon:
        spec["lexicon"] = {"de": {"kommentare": -2.0}}
    return BlockModel(spec)


def test_offsets_shift_scores_of_their_language_only():
    rows = bf.page_features(PAGE, "de")
    m = _flat_model(False, {"en": -1.0})
    assert m.scores(rows, "de") == pytest.approx([0.5] * 3)
    assert m.scores(rows, "en") == pytest.approx([1 / (1 + math.exp(1.0))] * 3)
    assert shift_probs([0.5, 0.9], 0.0) == pytest.approx([0.5, 0.9])


def test_a_lexicon_model_needs_the_blocks_and_rejects_other_features():
    rows = bf.page_features(PAGE, "de")
    m = _flat_model(True, {})
    with pytest.raises(ValueError):
        m.scores(rows, "de")
    assert len(m.scores(rows, "de", PAGE)) == 3
    spec = dict(m.spec, stage2_features=bf.FEATURES + PROB_FEATURES)
    with pytest.raises(ValueError):
        BlockModel(spec)


def test_shipped_model_has_lexicons_and_scores_a_page():
    m = load()
    assert m.lexicon and {"en", "de"} <= set(m.lexicon)
    # no word of one site: every lexicon word was seen on many sites, and the tables stay small
    assert all(len(words) <= 2000 for words in m.lexicon.values())
    scores = m.scores(bf.page_features(PAGE, "de"), "de", PAGE)
    assert len(scores) == 3 and all(0.0 <= s <= 1.0 for s in scores)


@pytest.mark.parametrize("text,lang", [
    ("Abbildung 4: Der Hafen von Salzmeer im Winter.", "de"),
    ("Der Bürgermeister bei der Eröffnung des Radwegs. (Foto: Anna Schmidt)", "de"),
    ("Die neue Fähre am Anleger. © Salzmeerer Bote", "de"),
    ("The mayor opens the new ferry terminal. Photo: Jane Doe", "en"),
    # glued by the scrape (session 5, a tabloid page: the caption was taken for the headline)
    ("A fisherman who caught and ate a rare eel fell illCredit: Harbour Press - Contributor", "en"),
])
def test_captions_are_recognised(text, lang):
    assert segment.is_caption(text, lang, len(text.split()))


@pytest.mark.parametrize("text,lang", [
    ("Die Fähre fährt seit Samstag wieder nach dem Fahrplan, teilte die Reederei mit.", "de"),
    ("The photo shows the mayor, who said the ferry would run again from Saturday.", "en"),
])
def test_prose_is_no_caption(text, lang):
    assert not segment.is_caption(text, lang, len(text.split()))


def test_chrome_label_opens_the_block():
    assert chrome.label("Lesen Sie auch: Neue Fähre für Krabbensand", "de") == "related-links"
    assert chrome.label("Tags: Hafen, Fähre", "en") == "related-links"
    assert chrome.label("Die Leser lesen sie auch gern.", "de") is None


def test_languages_with_own_chrome_phrases_read_only_those():
    assert chrome._chrome_langs("es") == ("es",)
    assert chrome._chrome_langs("pl") == ("pl",)
    assert chrome._chrome_langs("pt") == chrome.SUPPORTED  # no file of its own: the four analysed languages
    assert chrome.match("Le puede interesar", "es")[0] == "related-links"
    assert chrome.label("Dowiedz się więcej: nowy prom", "pl") == "related-links"
    # the stop words of a language without its own list stay those of the analysed four
    assert chrome.stopwords("es") == chrome.stopwords(None)


def test_template_code_blocks():
    page = ["{{ a.titel }}", "{{ a.text }} und mehr", "Ein Satz mit Text.", "<li ng-repeat='x in y'>"]
    assert segment._template_code(page) == [True, True, False, True]
    # one quoted expression in prose is not code; a block that is mostly code is
    assert segment._template_code(["Platzhalter wie {{ termin.datum }} sahen Besucher, wenn das Skript fehlte.",
                                   "{{ seite.fuss }}"]) == [False, True]


def test_lexicon_columns_of_an_empty_page():
    assert lexicon_columns([], {"a": 1.0}).shape == (0, len(LEXICON_FEATURES))
    assert np.asarray(shift_probs([], 1.0)).size == 0
