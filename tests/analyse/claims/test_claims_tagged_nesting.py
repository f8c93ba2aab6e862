"""How the English attribution tagger's cues are combined with the rules' claims (session 7):
a tagged cue's clause may hold a claim the rules found (PolNeAR nests them), a participle
after a comma is its own claim, and a clause that opens on a verb with no speaker is a gap.
Unit tests on ``model`` helpers with invented token ranges."""

from dateline.analyse.claims import model
from dateline.analyse.claims.rules import Found


def test_a_claim_nests_only_when_cue_and_content_lie_inside():
    inner = Found((8, 12), (6, 7), "say", (4, 6))
    assert model._nests((4, 12), [inner])
    assert not model._nests((4, 10), [inner])  # the inner content runs past: overlap, not nesting
    outside_cue = Found((8, 12), (2, 3), "say")
    assert not model._nests((4, 12), [outside_cue])
    assert not model._nests((4, 12), [])


def test_a_participle_after_a_comma_is_not_the_tagged_cues_clause():
    from dateline.analyse.claims.parse import children_of
    from dateline.analyse.claims.text import tokens_from_parse
    from dateline.analyse.layer import parse

    toks, _ = tokens_from_parse(parse("The senator praised the plan, saying the savings would help families.", "en"))
    k = next(t.i for t in toks if t.text == "praised")
    if toks[next(t.i for t in toks if t.text == "saying")].dep != "advcl":
        return  # the parse reads it otherwise: nothing to check
    got = model._content(toks, children_of(toks), k, 0, len(toks), (0, 2), (k, k + 1), {"praise": "object"})
    assert got is None or toks[got[0]].text != "saying"


def _claims(text):
    from dateline.analyse.claims import find_claims
    from dateline.types import Article

    article = Article(page_id="t", source="t", language="en", paragraphs=[text])
    return [((c.attrs["speaker"] or {}).get("text"), c.attrs["cue"]["text"], c.text_in(article.body))
            for c in find_claims(article)]


def test_a_tagged_content_never_repeats_its_cue_words():
    for speaker, cue, content in _claims("The singer is terrified of losing her voice before the tour."):
        assert not content.split()[0] in cue.split(), (cue, content)


def test_according_to_a_study_by_someone_keeps_the_by_phrase_in_the_source():
    got = _claims("According to a 2013 study by two economists, the recession cost millions of jobs.")
    assert got == [("a 2013 study by two economists", "According to", "the recession cost millions of jobs")]
    got = _claims("According to a report by the city's auditor, the budget is short.")
    assert got == [("a report by the city's auditor", "According to", "the budget is short")]


def test_a_content_cut_mid_phrase_runs_on_to_the_phrases_end():
    from dateline.analyse.claims.text import tokens_from_parse
    from dateline.analyse.layer import parse

    toks, _ = tokens_from_parse(parse("City officials balked at the owner's plan to build a hotel on the site.", "en"))
    a = next(t.i for t in toks if t.text == "the")
    by = next(t.i for t in toks if t.text == "on")
    e = len(toks) - 1
    end = model._whole_end(toks, (a, by + 1), e)  # "… a hotel on": ends on a preposition
    assert toks[end - 1].text == "site"
    whole = model._whole_end(toks, (a, e), e)  # a content ending on a word stays
    assert whole == e


def _toks(words):
    from dateline.analyse.claims.text import Tok

    out, pos = [], 0
    for i, w in enumerate(words):
        out.append(Tok(i, w, w.lower(), w.lower(), pos, pos + len(w), pos="PUNCT" if w in ",." else "NOUN"))
        pos += len(w) + 1
    return out


def test_the_taggers_content_run_grows_a_content_but_never_cuts_it():
    words = "Ann said the bridge is shut , the ferry is full and the road is closed .".split()
    toks = _toks(words)
    f = Found((2, 6), (1, 2), "say", (0, 1))  # "the bridge is shut"
    tags = {t.start: ("B" if t.i == 2 else "I") for t in toks[2:16]}  # the tagger reads on to "closed"
    model.refine_contents(toks, [f], tags)
    assert f.content == (2, 16)
    g = Found((2, 16), (1, 2), "say", (0, 1))
    tags = {t.start: ("B" if t.i == 2 else "I") for t in toks[2:14]}  # the tagger stops at "road"
    model.refine_contents(toks, [g], tags)
    assert g.content == (2, 16)
