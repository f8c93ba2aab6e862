"""The linguistic layer, per language: one parse whose offsets are body offsets, sentences
that start at every paragraph, lemmas, a dependency parse and entities (invented sentences)."""

from __future__ import annotations

import pytest

from dateline.analyse.layer import LANGUAGES, UnsupportedLanguage, load, parse
from dateline.analyse.layer.parsing import chunks

# (text, a verb form and its lemma, the subject's head word of that verb, an entity text)
EXAMPLES = {
    "nl": ("De minister zei dinsdag in Utrecht dat de brug veilig is.\n\nDe gemeente sluit de weg.",
           ("zei", "zeggen"), "minister", "Utrecht"),
    "en": ("The minister said on Tuesday in Chicago that the bridge is safe.\n\nThe city closed the road.",
           ("said", "say"), "minister", "Chicago"),
    "de": ("Der Minister sagte am Dienstag in München, die Brücke sei sicher.\n\nDie Stadt sperrt die Straße.",
           ("sagte", "sagen"), "Minister", "München"),
    "fr": ("Le ministre a déclaré mardi à Lyon que le pont est sûr.\n\nLa ville ferme la route.",
           ("déclaré", "déclarer"), "ministre", "Lyon"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pipeline_ships_every_component(lang):
    nlp = load(lang)
    for name in ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names, f"{lang}: {name} missing"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_offsets_sentences_lemmas_parse_entities(lang):
    text, (form, lemma), subject, entity = EXAMPLES[lang]
    doc = parse(text, lang)
    assert doc.text == text
    for t in doc:
        assert text[t.idx:t.idx + len(t.text)] == t.text
    second = text.index("\n\n") + 2
    starts = [s.start_char for s in doc.sents if s.text.strip()]
    assert second in starts, "a paragraph starts a sentence"
    verb = next(t for t in doc if t.text == form)
    assert verb.lemma_.lower() == lemma
    subj = [c.text for c in verb.children if c.dep_.startswith("nsubj")]
    if not subj and verb.dep_.startswith("aux"):
        subj = [c.text for c in verb.head.children if c.dep_.startswith("nsubj")]
    assert subj == [subject], f"{lang}: subject of {form!r} read as {subj}"
    assert entity in [e.text for e in doc.ents]


def test_long_text_is_cut_at_paragraphs_and_joined_back_exactly():
    paragraph = "De minister zei dat de brug veilig is. " * 40
    text = "\n\n".join([paragraph.strip()] * 30)
    pieces = chunks(text, size=5_000)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    doc = parse(text, "nl")
    assert doc.text == text


def test_unsupported_language_is_refused_by_name():
    with pytest.raises(UnsupportedLanguage):
        load("es")
