"""The Dutch NER model trained by ``training/train_ner_nl.py`` (shipped in models/ner-nl).

Loaded lazily, once per process; ``None`` when the model folder is missing so the rules
still run (and say so through ``source``).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

MODEL_DIRS = {"nl": Path(__file__).resolve().parents[2] / "models" / "ner-nl"}
_lock = threading.Lock()


@lru_cache(maxsize=None)
def load(lang: str):
    path = MODEL_DIRS.get(lang)
    if path is None or not (path / "config.cfg").exists():
        return None
    import spacy

    from .tokenize import adapt_tokenizer

    with _lock:
        return adapt_tokenizer(spacy.load(path))


def has_model(lang: str) -> bool:
    return load(lang) is not None


def annotate(doc, lang: str) -> list[tuple[int, int, str]]:
    """(start token, end token, label) of the model's entities on an already tokenised doc."""
    nlp = load(lang)
    if nlp is None:
        return []
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return [(e.start, e.end, e.label_) for e in doc.ents]


def make_doc(text: str, lang: str):
    """Tokenise with the model's own tokenizer (so its vocab is shared), else a blank one."""
    nlp = load(lang)
    if nlp is not None:
        return nlp.make_doc(text)
    from .tokenize import make_doc as blank_doc

    return blank_doc(text, lang)
