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
_lock = threading.Lock()


class UnsupportedLanguage(ValueError):
    """Analysis was asked for a language without a pipeline."""


@lru_cache(maxsize=None)
def load(lang: str):
    if lang not in LANGUAGES:
        raise UnsupportedLanguage(f"no language pipeline for {lang!r} (have: {', '.join(LANGUAGES)})")
    import spacy

    with _lock:
        return adapt_tokenizer(spacy.load(locate(f"pipeline-{lang}")))


def adapt_tokenizer(nlp):
    """News-specific splits: "ANP/Reuters" is two agencies, and "op X." ends with the
    platform X, not with an initial."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=[^\W\d_])/(?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.add_special_case("X.", [{"ORTH": "X"}, {"ORTH": "."}])
    return nlp
