"""Attribution shapes PolNeAR counts: a cue interjected inside its clause, and a tagged cue
whose content is the noun phrase it governs. Invented sentences."""

import pytest

from dateline.analyse.claims.model import _content
from dateline.analyse.claims.parse import children_of
from dateline.analyse.claims.text import tokens_from_parse
from dateline.analyse.layer import parse

from test_claims_round2 import summary


def _toks(text):
    toks, _ = tokens_from_parse(parse(text, "en"))
    return toks


@pytest.mark.parametrize("text, content", [
    ("Most of the new bridges, the engineer said, were built with cheap steel.",
     "Most of the new bridges, the engineer said, were built with cheap steel"),
    ("Unless the council finds more money, she says, the library will close in May.",
     "Unless the council finds more money, she says, the library will close in May"),
])
def test_interjected_cue_keeps_the_whole_clause(text, content):
    (got,) = [c for s, cue, c, kind in summary([text], "en") if cue in ("said", "says")]
    assert got == content


@pytest.mark.parametrize("text, content", [
    ("The ferry was late again, he said, and nobody apologised.", "The ferry was late again"),
    ("The ferry was late again, he said, adding that nobody apologised.", "The ferry was late again"),
])
def test_cue_after_a_whole_clause_keeps_the_clause_before_it(text, content):
    got = [c for s, cue, c, kind in summary([text], "en") if cue == "said"]
    assert got == [content]


def _content_of(text, cue_words):
    toks = _toks(text)
    words = [t.text for t in toks]
    first = words.index(cue_words[0])
    cue = (first, first + len(cue_words))
    k = next(i for i in range(*cue) if toks[i].pos == "VERB")
    got = _content(toks, children_of(toks), k, 0, len(toks), None, cue)
    return " ".join(words[got[0]:got[1]]) if got else None


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor has repeatedly supported a ban on diesel buses.", ["supported"], "a ban on diesel buses"),
    ("The minister talked about the harbour expansion.", ["talked", "about"], "the harbour expansion"),
    ("The senator said that the budget is too small.", ["said"], "the budget is too small"),
])
def test_tagged_cue_content_from_the_parse(text, cue, content):
    assert _content_of(text, cue) == content


@pytest.mark.parametrize("text, speaker", [
    ("The plan is costly, said Katie Berg, the city's transport director.",
     "Katie Berg, the city's transport director"),
    ("At the depot, where it is cold, Jan Olsen, the depot's manager, suggested that the buses were too old.",
     "Jan Olsen, the depot's manager"),
    ("The roads are a mess, according to Anna Berg, the head of the drivers' union.",
     "Anna Berg, the head of the drivers' union"),
    ("Berg, a former mayor, also said that the plan was a waste.", "Berg, a former mayor"),
    # a relative clause with a verb is no apposition
    ("Anna Berg, who runs the drivers' union, said the roads are a mess.",
     "Anna Berg, who runs the drivers' union"),
])
def test_speaker_keeps_its_apposition(text, speaker):
    got = summary([text], "en")
    assert got and got[0][0] == speaker


def test_according_to_with_an_apposition_does_not_swallow_it_into_the_content():
    (got,) = summary(["The roads are a mess, according to Anna Berg, the head of the drivers' union."], "en")
    assert got[2] == "The roads are a mess"


def test_subject_before_a_tagged_cue_is_no_content():
    # "…, the governor said." puts the content before the cue; "X, a former mayor, repeated
    # his warning about the dam" does not: the words before the comma are its subject.
    toks = _toks("Berg, a former mayor, repeated his warning about the dam in the hills.")
    k = next(i for i, t in enumerate(toks) if t.text == "repeated")
    assert _content(toks, children_of(toks), k, 0, len(toks), None, (k, k + 1), {"repeat": "say"}) is None
    toks = _toks("The dam will hold, the governor said.")
    k = next(i for i, t in enumerate(toks) if t.text == "said")
    got = _content(toks, children_of(toks), k, 0, len(toks), (k - 2, k), (k, k + 1), {"say": "say"})
    assert " ".join(t.text for t in toks[got[0]:got[1]]) == "The dam will hold"


def test_adverbial_clause_of_time_or_reason_is_no_content():
    assert _content_of("Some clubs have sought bankruptcy protection, while others have closed.",
                       ["sought"]) == "bankruptcy protection"


def _tags(toks, first, last, begin=True):
    """Content tags over toks[first:last] (B on the first), O elsewhere."""
    return {t.start: ("B" if i == first and begin else "I") if first <= i < last else "O"
            for i, t in enumerate(toks)}


def test_content_grows_to_the_tagged_run_and_stops_at_the_cue():
    from dateline.analyse.claims.model import refine_contents
    from dateline.analyse.claims.rules import Found

    toks = _toks("Most of the new bridges, the engineer said, were built with cheap steel.")
    words = [t.text for t in toks]
    said = words.index("said")
    f = Found((0, 3), (said, said + 1), "say", (said - 2, said))  # "Most of the" cut short
    refine_contents(toks, [f], _tags(toks, 0, 5))
    assert " ".join(words[f.content[0]:f.content[1]]) == "Most of the new bridges"
    g = Found((said + 2, len(toks) - 1), (said, said + 1), "say", None)  # tagger agrees on too few words
    refine_contents(toks, [g], _tags(toks, 0, 5))
    assert g.content == (said + 2, len(toks) - 1)


def test_tagged_cue_takes_the_tagged_run_after_it():
    from dateline.analyse.claims.model import _tagged_run

    toks = _toks("The union is demanding higher wages for drivers.")
    words = [t.text for t in toks]
    cue = (words.index("demanding"), words.index("demanding") + 1)
    got = _tagged_run(toks, _tags(toks, cue[1], len(toks) - 1), cue, (0, 2), 0, len(toks))
    assert " ".join(words[got[0]:got[1]]) == "higher wages for drivers"
    assert _tagged_run(toks, _tags(toks, 0, 0), cue, (0, 2), 0, len(toks)) is None
