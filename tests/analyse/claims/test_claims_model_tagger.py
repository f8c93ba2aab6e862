"""The English attribution tagger: its span tagger reads only the sentences the rules left
open, as pieces of the one doc whose token vectors the content tagger read (invented text)."""

from __future__ import annotations

import numpy
import pytest

from dateline.analyse.claims import model
from dateline.analyse.claims.text import tokens_from_parse
from dateline.analyse.layer import parse

TEXT = ("The mayor said on Tuesday that the bridge would stay closed until March. "
        "Traffic was diverted through the old town.\n\n"
        "Residents complained about the noise, according to a local newspaper. "
        "A spokeswoman for the council denied that the works were late. "
        "The river rose by a metre overnight.")


@pytest.fixture(scope="module")
def tagger():
    nlp = model.tagger("en")
    if nlp is None or "content" not in nlp.pipe_names:
        pytest.skip("no English attribution tagger with content tags")
    return nlp


def _setting():
    toks, _ = tokens_from_parse(parse(TEXT, "en"))
    sents, s = [], 0
    for t in toks:
        if t.text == ".":
            sents.append((s, t.i + 1))
            s = t.i + 1
    covered = set(range(*sents[0]))  # as if a rule had read the first sentence's claim
    return toks, sents, covered


def test_span_tagger_on_open_sentences_finds_what_it_finds_reading_everything(tagger, monkeypatch):
    toks, sents, covered = _setting()
    open_only = model._tagged_spans(tagger, TEXT, toks, sents, covered)
    monkeypatch.setattr(model, "CUES_IN_OPEN_ONLY", False)
    everything = model._tagged_spans(tagger, TEXT, toks, sents, covered)
    assert open_only == everything
    spans, tags = open_only
    first_end = toks[sents[0][1] - 1].end
    assert spans and all(a >= first_end for a, _, _ in spans), "no span from the covered sentence"
    assert any(label == "CUE" and "denied" in TEXT[a:b] for a, b, label in spans)
    assert {t.start for t in toks} <= set(tags), "every token has a content tag"


def test_a_piece_keeps_the_vectors_of_the_doc_it_was_cut_from(tagger):
    doc = tagger("The mayor said the bridge would stay closed. Residents complained.")
    span = doc[3:8]
    piece = model._piece(span)
    assert piece.text == span.text
    assert numpy.array_equal(piece.tensor, doc.tensor[3:8])
