"""Tokenisation shared by the model, the gazetteers and the patterns.

All recognisers work on the same spaCy ``Doc`` (the language's rule-based tokenizer), so a
listed phrase is split by the same tokenizer as the running text it must match.
"""

from __future__ import annotations

import threading
from functools import lru_cache

SUPPORTED = ("nl", "en", "de", "fr")
_lock = threading.Lock()
_current_lang: list[str] = ["nl"]


@lru_cache(maxsize=None)
def blank(lang: str):
    """A blank spaCy pipeline (tokenizer only) for ``lang``; English rules for others."""
    import spacy

    return adapt_tokenizer(spacy.blank(lang if lang in SUPPORTED else "en"))


def adapt_tokenizer(nlp):
    """News-specific splits: "ANP/Reuters" is two agencies, and "op X." ends with the
    platform X, not with an initial."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[^\W\d_])/(?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp


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
