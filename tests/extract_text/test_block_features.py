"""Block features computed page-wide must equal their plain per-block definitions."""

import math

import pytest

from dateline.extract import block_features as bf
from dateline.extract import segment
from dateline.metadata.dateline import parse_dateline

PAGE = [
    "Home", "Politics", "Sport", "Weather",
    "Council votes to close the old ferry",
    "By Anna Smith",
    "The city council voted on Tuesday to close the old ferry across the river, after forty years of service and two years of losses.",
    "Photo: the ferry at its quay in 2019.",
    "Ferry staff will move to the new bridge office, the council said.",
    "Sign up for our newsletter",
    "Home",
]


def test_char_counts_agree_with_str_methods():
    for text in ["Plain ASCII 123 Text", "Café in Zürich: 2³ Ümlaute ½", "ÉLYSÉE 14h30", ""]:
        assert bf._char_counts(text) == (sum(map(str.isalpha, text)), sum(map(str.isdigit, text)),
                                         sum(map(str.isupper, text)))


def test_short_runs_and_repeats():
    rows = bf.page_features(PAGE, "en")
    assert rows.shape == (len(PAGE), len(bf.FEATURES))
    col = {name: k for k, name in enumerate(bf.FEATURES)}
    # the four one-word menu items form one run of four; the lone "Home" at the end a run of one
    assert [round(math.expm1(x)) for x in rows[:5, col["short_run"]]] == [4, 4, 4, 4, 0]
    assert round(math.expm1(rows[-1, col["short_run"]])) == 1
    assert rows[0, col["repeated"]] == 1.0 and rows[-1, col["repeated"]] == 1.0
    assert rows[1, col["repeated"]] == 0.0


def test_context_columns_match_their_definition():
    rows = bf.page_features(PAGE, "en")
    col = {name: k for k, name in enumerate(bf.FEATURES)}
    nwords = [math.expm1(r[col["log_words"]]) for r in rows]
    longest = max(range(len(PAGE)), key=lambda i: nwords[i])
    for i in range(len(PAGE)):
        a, b = max(0, i - 1), min(len(PAGE), i + 2)
        mean1 = sum(rows[k, col["log_words"]] for k in range(a, b)) / (b - a)
        assert rows[i, col["ctx1_log_words"]] == pytest.approx(mean1, rel=1e-12)
        assert rows[i, col["dist_longest"]] == math.log1p(abs(i - longest))
        assert rows[i, col["before_longest"]] == float(i < longest)


def test_cue_features():
    rows = bf.page_features(PAGE, "en")
    col = {name: k for k, name in enumerate(bf.FEATURES)}
    assert rows[7, col["caption_cue"]] == 1.0  # "Photo: ..."
    assert rows[6, col["caption_cue"]] == 0.0
    assert bf._cues("Anna Smith is a reporter who writes about cities.", "en")[1] == 1.0
    assert bf._title_case("Council Votes To Close The Old Ferry".split()) == 1.0
    assert bf._title_case("The council voted to close the ferry".split()) == 0.0


def test_dateline_prefilter_keeps_the_parser_answer():
    for text in ["ROTTERDAM (ANP) - De haven ging dinsdag dicht, zei het havenbedrijf vanochtend.",
                 "Advertisement", "Read more", "PARIS — The strike went on for a third day in the city."]:
        assert segment.parse_dateline(text) == parse_dateline(text)
