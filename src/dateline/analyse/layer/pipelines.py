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
# How the trained lemmatizer and a dictionary (simplemma's word lists, which ship in its PyPI
# package) combine, per language. Chosen on the dev parts carved out of the training treebanks
# (alphabetic tokens, lemma accuracy): nl trained .919 / dictionary .925 / dictionary first
# .932; de .918 / .972 / .968; en trained .978, "check" .980; fr trained .973, "check" .973,
# "check-verbs" .978 (en "check-verbs" .977).
#   "first": the dictionary's lemma wherever it knows the word, else the trained one;
#   "check": the trained lemma, unless the dictionary does not know it but knows the word;
#   "check-verbs": also where the trained lemmatizer left a verb as it stood ("contestent").
LEMMA_DICTIONARY = {"nl": "first", "de": "first", "fr": "check-verbs", "en": "check"}
_lock = threading.Lock()


class UnsupportedLanguage(ValueError):
    """Analysis was asked for a language without a pipeline."""


@lru_cache(maxsize=400_000)
def _known(word: str, lang: str) -> bool:
    import simplemma

    try:
        return simplemma.is_known(word, lang=lang)
    except Exception:  # odd input: the dictionary does not know it
        return False


@lru_cache(maxsize=400_000)
def _dictionary_lemma(word: str, lang: str) -> str | None:
    if not _known(word, lang):
        return None
    import simplemma

    return simplemma.lemmatize(word, lang=lang)


def dictionary_lemmas(doc, lang: str, mode: str = "first"):
    """Combine the trained lemma with the dictionary's (see LEMMA_DICTIONARY)."""
    for tok in doc:
        text = tok.text
        if not text[:1].isalpha():
            continue
        if mode.startswith("check") and _known(tok.lemma_.lower(), lang) and not (
                mode == "check-verbs" and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() == text.lower()):
            continue
        lem = _dictionary_lemma(text, lang)
        if lem is not None:
            tok.lemma_ = lem
    return doc


@lru_cache(maxsize=None)
def load(lang: str):
    if lang not in LANGUAGES:
        raise UnsupportedLanguage(f"no language pipeline for {lang!r} (have: {', '.join(LANGUAGES)})")
    with _lock:
        return load_dir(locate(f"pipeline-{lang}"), lang)


def load_dir(path, lang: str):
    """The pipeline in folder ``path`` as the layer runs it (storage.load_pipeline, the news
    tokenizer splits, the dictionary lemmas); ``load`` is this for the shipped folder."""
    from .storage import load_pipeline

    nlp = adapt_tokenizer(load_pipeline(path))
    if lang in LEMMA_DICTIONARY and "dateline_lemma_dictionary" not in nlp.pipe_names:
        _register_dictionary_component()
        nlp.add_pipe("dateline_lemma_dictionary", after="trainable_lemmatizer",
                     config={"lang": lang, "mode": LEMMA_DICTIONARY[lang]})
    return nlp


@lru_cache(maxsize=None)
def _register_dictionary_component() -> None:
    from spacy.language import Language

    @Language.factory("dateline_lemma_dictionary", default_config={"lang": "nl", "mode": "first"})
    def make(nlp, name: str, lang: str, mode: str):
        return lambda doc: dictionary_lemmas(doc, lang, mode)


def adapt_tokenizer(nlp):
    """News-specific splits: "ANP/Reuters" is two agencies, and "op X." ends with the
    platform X, not with an initial."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[^\W\d_])/(?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp
