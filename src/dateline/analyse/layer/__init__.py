"""The linguistic layer: one parsed document per article, computed once, read by every
analyser (entities and places, quantities, claims, events, times).

``LayerStep`` parses ``Article.body`` with the language's pipeline (``pipelines.py``) and puts
the spaCy ``Doc`` on ``Article.parsed``; its token offsets are offsets into the body.
"""

from __future__ import annotations

from .parsing import parse
from .pipelines import LANGUAGES, UnsupportedLanguage, load

__all__ = ["parse", "load", "LANGUAGES", "UnsupportedLanguage"]
