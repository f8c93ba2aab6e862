"""Tokenisation shared by the model, the gazetteers and the patterns.

All recognisers work on the layer's spaCy ``Doc``, and listed phrases are split by the same
tokenizer (the language pipeline's), so a phrase matches the running text it names.
"""

from __future__ import annotations

import threading

SUPPORTED = ("nl", "en", "de", "fr")
_lock = threading.Lock()
_current_lang: list[str] = ["nl"]


def blank(lang: str):
    """The language pipeline, whose tokenizer is the layer's (English for other languages)."""
    from ...layer import load

    return load(lang if lang in SUPPORTED else "en")


def make_doc(text: str, lang: str):
    return blank(lang).make_doc(text)


def split_phrase(phrase: str, lang: str | None = None) -> tuple[str, ...]:
    lang = lang or _current_lang[0]
    return tuple(t.text for t in blank(lang).make_doc(phrase))


class building:
    """Context: phrases split while building ``lang``'s lexicon use ``lang``'s tokenizer."""

    def __init__(self, lang: str):
        self.lang = lang

    def __enter__(self):
        _lock.acquire()
        _current_lang[0] = self.lang

    def __exit__(self, *exc):
        _lock.release()
