"""The spaCy pipeline of each language, trained by this project and shipped in
``models/pipeline-<lang>/`` (``training/train_pipeline.py``; model cards beside them).

Loaded lazily, once per process. News-specific tokenizer splits are added at load time so the
training data's tokenizer and the run-time one differ only where news text needs it.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from ...models import locate

LANGUAGES = ("nl", "en", "de", "fr")
# Languages whose lemmas take a dictionary's answer first (simplemma's word lists, which ship
# in its PyPI package) and the trained lemmatizer's where the dictionary does not know the word.
# Chosen on the dev parts carved out of the training treebanks (alphabetic tokens, lemma
# accuracy trained / dictionary / dictionary-then-trained): nl .919 / .925 / .932, de .918 / .972
# / .968; en keeps the trained lemmatizer (.978 / .965 / .970). fr follows nl and de.
LEMMA_DICTIONARY = {"nl", "de", "fr"}
_lock = threading.Lock()


@lru_cache(maxsize=400_000)
def _dictionary_lemma(word: str, lang: str) -> str | None:
    import simplemma

    try:
        if simplemma.is_known(word, lang=lang):
            return simplemma.lemmatize(word, lang=lang)
    except Exception:  # odd input: no dictionary answer
        return None
    return None


def dictionary_lemmas(doc, lang: str):
    """Overwrite the trained lemma with the dictionary's where the dictionary knows the word."""
    for tok in doc:
        text = tok.text
        if text[:1].isalpha():
            lem = _dictionary_lemma(text, lang)
            if lem is not None:
                tok.lemma_ = lem
    return doc


class UnsupportedLanguage(ValueError):
    """Analysis was asked for a language without a pipeline."""


@lru_cache(maxsize=None)
def load(lang: str):
    if lang not in LANGUAGES:
        raise UnsupportedLanguage(f"no language pipeline for {lang!r} (have: {', '.join(LANGUAGES)})")
    import spacy

    with _lock:
        nlp = adapt_tokenizer(spacy.load(locate(f"pipeline-{lang}")))
    if lang in LEMMA_DICTIONARY and "dateline_lemma_dictionary" not in nlp.pipe_names:
        _register_dictionary_component()
        nlp.add_pipe("dateline_lemma_dictionary", after="trainable_lemmatizer", config={"lang": lang})
    return nlp


@lru_cache(maxsize=None)
def _register_dictionary_component() -> None:
    from spacy.language import Language

    @Language.factory("dateline_lemma_dictionary", default_config={"lang": "nl"})
    def make(nlp, name: str, lang: str):
        return lambda doc: dictionary_lemmas(doc, lang)


def adapt_tokenizer(nlp):
    """News-specific splits: "ANP/Reuters" is two agencies, and "op X." ends with the
    platform X, not with an initial."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[^\W\d_])/(?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp
