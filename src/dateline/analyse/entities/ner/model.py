"""The entity recogniser of each language's pipeline (``models/pipeline-<lang>``, trained by
``training/train_pipeline.py``), read from the linguistic layer.

A document parsed by the layer already carries the model's entities; a bare tokenised doc
(the CoNLL benchmark's sentences) gets them from the pipeline's ``ner`` component, which
holds its own tok2vec.
"""

from __future__ import annotations

from ...layer import LANGUAGES, load, parse


def has_model(lang: str) -> bool:
    return lang in LANGUAGES and "ner" in load(lang).pipe_names


def annotate(doc, lang: str) -> list[tuple[int, int, str]]:
    """(start token, end token, label) of the model's entities on a tokenised doc."""
    if not has_model(lang):
        return []
    if not doc.has_annotation("ENT_IOB"):
        doc = load(lang).get_pipe("ner")(doc)
    return [(e.start, e.end, e.label_) for e in doc.ents]


def make_doc(text: str, lang: str):
    """The layer's parse of ``text`` (tokens, sentences, lemmas, parse, entities)."""
    return parse(text, lang)
