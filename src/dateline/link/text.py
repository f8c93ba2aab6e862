"""Words for comparing texts: tokens, lemmas (simplemma), stopwords per language.

Linking compares articles and claims by their content words.  Lemmas make inflected forms
meet ("executies" / "executie", "geëxecuteerd" / "executeren"); stopword lists are language
data files (``lang/<code>/claims/link_stopwords.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import load_list

WORD = re.compile(r"\w+", re.UNICODE)
LEMMA_LANGS = ("nl", "en", "de", "fr")


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower())


@lru_cache(maxsize=300_000)
def lemma(word: str, lang: str | None) -> str:
    """The lemma of a lower-cased word; the word itself for languages simplemma lacks."""
    if lang not in LEMMA_LANGS or word.isdigit():
        return word
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=lang).lower()
    except Exception:  # simplemma raises on odd input; the word itself still compares
        return word


@lru_cache(maxsize=None)
def stopwords(lang: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in load_list(lang, "link_stopwords.txt")) if lang else frozenset()


@lru_cache(maxsize=None)
def cue_lemmas(lang: str | None, kind: str) -> frozenset[str]:
    """Lemmas from ``link_dispute_cues.txt`` / ``link_confirm_cues.txt`` for one language."""
    if not lang:
        return frozenset()
    return frozenset(w.lower() for w in load_list(lang, f"link_{kind}_cues.txt"))


def content_lemmas(text: str, lang: str | None) -> list[str]:
    """Lemmas of the content words (no stopwords, no 1–2 letter words, no bare numbers)."""
    stop = stopwords(lang)
    out = []
    for w in tokens(text):
        if len(w) < 3 or w.isdigit() or w in stop:
            continue
        lem = lemma(w, lang)
        if lem not in stop:
            out.append(lem)
    return out


def numbers(text: str) -> frozenset[str]:
    """Numerals written as digits ("12", "1.200" -> "1200"), to tell claims about counts apart."""
    return frozenset(re.sub(r"[.,](?=\d{3}\b)", "", n) for n in re.findall(r"\d[\d.,]*\d|\d", text))
