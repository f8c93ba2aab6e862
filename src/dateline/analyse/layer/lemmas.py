"""Lemmas for word lists (lexicon entries), from the same lemmatizer as the running text.

Running text gets its lemmas from the parse (``token.lemma_``). Lexicon files list words out
of context; they are lemmatised here by the layer's own lemmatizer, one batch per list, so
a word list written in base forms matches inflected text and the two sides agree.
"""

from __future__ import annotations

from functools import lru_cache

from .pipelines import LANGUAGES, load

_NEEDED = ("tok2vec", "morphologizer", "trainable_lemmatizer", "dateline_lemma_dictionary")


def lemmas(words: list[str], lang: str) -> list[str]:
    """Lower-cased lemma of each single word (the word itself for a language without a
    pipeline or a token that is not a word)."""
    if lang not in LANGUAGES or not words:
        return [w.lower() for w in words]
    nlp = load(lang)
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=list(words), spaces=[True] * len(words))
    for name, proc in nlp.pipeline:
        if name in _NEEDED:
            doc = proc(doc)
    out = []
    for w, t in zip(words, doc):
        lem = (t.lemma_ or w).lower()
        out.append(lem if w[:1].isalpha() else w.lower())
    return out


@lru_cache(maxsize=100_000)
def lemma(word: str, lang: str) -> str:
    """The lemma of one listed word (cached; prefer ``lemmas`` for a whole list)."""
    return lemmas([word], lang)[0] if word.strip() and " " not in word else word.lower()
